using System.Globalization;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// The cost directives of the IBM GraphQL Cost Directives specification, as HotChocolate declares them:
/// <c>@cost(weight:)</c> and <c>@listSize(...)</c>. Fields carry them as <see cref="FieldCost"/> and
/// <see cref="ListSize"/> metadata; <see cref="Validation.Limits.OperationMeasurer"/> reads them to compute an
/// operation's field cost before it runs.
/// </summary>
public static class CostDirectives
{
    public const string CostKey = "cost";
    public const string ListSizeKey = "listSize";

    public static DirectiveDefinition CostDirective { get; } = new DirectiveDefinition("cost", DirectiveLocation.FIELD_DEFINITION)
        {
            Description = "The `@cost` directive defines the cost of resolving a field, added to the operation's field cost for every " +
                "appearance, or possible appearance, of the field.",
        }
        .AddArgument(new InputValueDefinition("weight", new NonNullType(Scalars.String))
        {
            Description = "The cost of one resolution of the field, a non-negative number written as a string (e.g. \"10\").",
        });

    public static DirectiveDefinition ListSizeDirective { get; } = new DirectiveDefinition("listSize", DirectiveLocation.FIELD_DEFINITION)
        {
            Description = "The `@listSize` directive tells cost analysis how many items a list field returns.",
        }
        .AddArgument(new InputValueDefinition("assumedSize", Scalars.Int)
        {
            Description = "The size assumed for the list when no slicing argument says otherwise.",
        })
        .AddArgument(new InputValueDefinition("slicingArguments", new ListType(new NonNullType(Scalars.String)))
        {
            Description = "Integer arguments of the field whose value is the size of the list, e.g. `first` and `last`.",
        })
        .AddArgument(new InputValueDefinition("slicingArgumentDefaultValue", Scalars.Int)
        {
            Description = "The size when none of the slicing arguments is given, e.g. a connection's default page size.",
        })
        .AddArgument(new InputValueDefinition("sizedFields", new ListType(new NonNullType(Scalars.String)))
        {
            Description = "Sub-fields whose lists have the size, rather than the field itself, e.g. a connection's `edges` and `nodes`.",
        })
        .AddArgument(new InputValueDefinition("requireOneSlicingArgument", new NonNullType(Scalars.Boolean))
        {
            Description = "Whether exactly one slicing argument must be given.",
            DefaultValue = true,
        });

    /// <summary>Both directives, for <see cref="SchemaBuilder.Directive"/> or <see cref="SchemaOptions.Directives"/>.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = Freeze([CostDirective, ListSizeDirective]);

    private static DirectiveDefinition[] Freeze(DirectiveDefinition[] directives)
    {
        foreach (var d in directives) d.Freeze();
        return directives;
    }

    internal static ArgumentNode Argument(string name, ValueNode value) => new() { Name = new NameNode { Value = name }, Value = value };

    internal static ValueNode Strings(IReadOnlyList<string> values) =>
        new ListValueNode { Values = values.Select(v => (ValueNode)new StringValueNode { Value = v }).ToList() };

    internal static ValueNode Int(int value) => new IntValueNode { Value = value.ToString(CultureInfo.InvariantCulture) };
}

/// <summary><c>@cost(weight:)</c> of a field: what one resolution of it adds to an operation's field cost.</summary>
public sealed record FieldCost(double Weight) : IAppliedDirective
{
    public DirectiveNode ToSyntax() => new()
    {
        Name = new NameNode { Value = CostDirectives.CostDirective.Name },
        Arguments = [CostDirectives.Argument("weight", new StringValueNode { Value = Weight.ToString("0.###", CultureInfo.InvariantCulture) })],
    };
}

/// <summary><c>@listSize(...)</c> of a field: how many items its list (or its <see cref="SizedFields"/>' lists) hold.</summary>
public sealed record ListSize : IAppliedDirective
{
    public int? AssumedSize { get; init; }
    public IReadOnlyList<string> SlicingArguments { get; init; } = [];
    public int? SlicingArgumentDefaultValue { get; init; }
    public IReadOnlyList<string> SizedFields { get; init; } = [];
    public bool RequireOneSlicingArgument { get; init; } = true;

    public DirectiveNode ToSyntax()
    {
        var arguments = new List<ArgumentNode>();
        if (AssumedSize is { } assumed) arguments.Add(CostDirectives.Argument("assumedSize", CostDirectives.Int(assumed)));
        if (SlicingArguments.Count > 0) arguments.Add(CostDirectives.Argument("slicingArguments", CostDirectives.Strings(SlicingArguments)));
        if (SlicingArgumentDefaultValue is { } d) arguments.Add(CostDirectives.Argument("slicingArgumentDefaultValue", CostDirectives.Int(d)));
        if (SizedFields.Count > 0) arguments.Add(CostDirectives.Argument("sizedFields", CostDirectives.Strings(SizedFields)));
        if (!RequireOneSlicingArgument) arguments.Add(CostDirectives.Argument("requireOneSlicingArgument", new BooleanValueNode { Value = false }));
        return new DirectiveNode { Name = new NameNode { Value = CostDirectives.ListSizeDirective.Name }, Arguments = arguments };
    }
}
