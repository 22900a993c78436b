using System.Runtime.CompilerServices;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation.Limits;

/// <summary>
/// Measures a valid operation before it runs: depth, aliases, root fields and field cost, with fragments
/// expanded where they are spread. Results per fragment are memoised, so a document that spreads fragments
/// exponentially often is measured in time linear in its size.
/// <para>
/// Field cost follows the IBM GraphQL Cost Directives specification in HotChocolate's style. Each field costs
/// <c>size × (weight + cost of its selections)</c>, where
/// <list type="bullet">
/// <item><c>weight</c> is the field's <c>@cost(weight:)</c>, else 1 for a field returning an object, interface
/// or union and 0 for a scalar or enum (<see cref="OperationLimits"/>);</item>
/// <item><c>size</c> is 1 for a field that does not return a list. For a list it is the size its parent's
/// <c>@listSize</c> gives its <c>sizedFields</c> (a connection's <c>edges</c> and <c>nodes</c>), else its own
/// <c>@listSize</c>: the largest slicing argument given (literal or variable), else
/// <c>slicingArgumentDefaultValue</c>, else <c>assumedSize</c>, else <see cref="OperationLimits.DefaultListSize"/>.</item>
/// </list>
/// Every field is counted, whatever <c>@skip</c>/<c>@include</c> say, and the selections of every type
/// condition add up: the measure is an upper bound of what may run.
/// </para>
/// <para>
/// Introspection (<c>__schema</c>, <c>__type</c>, <c>__typename</c> and all beneath them) is not counted in depth,
/// cost or root fields: <see cref="Rules.MaxIntrospectionDepthRule"/> bounds its nesting and
/// <see cref="IntrospectionGuard"/> decides who may use it. Aliases are counted everywhere, introspection included,
/// because each alias is another resolution.
/// </para>
/// </summary>
public sealed class OperationMeasurer
{
    private readonly Schema _schema;
    private readonly OperationLimits _limits;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _fragmentAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fragment, Sized? Sized), double> _fragmentCosts = [];
    private readonly List<GraphQLError> _errors = [];

    public OperationMeasurer(Schema schema, DocumentNode document, OperationLimits limits, IReadOnlyDictionary<string, object?> variables)
    {
        _schema = schema;
        _limits = limits;
        _variables = variables;
        foreach (var definition in document.Definitions)
            if (definition is FragmentDefinitionNode fragment) _fragments.TryAdd(fragment.Name!.Value, fragment);
    }

    public OperationMeasure Measure(OperationDefinitionNode operation)
    {
        var root = _schema.GetRootType(operation.Operation)
            ?? throw new ArgumentException($"The schema has no {operation.Operation} root type.", nameof(operation));
        var rootKeys = new HashSet<string>(StringComparer.Ordinal);
        CollectRootKeys(operation.SelectionSet, rootKeys, new HashSet<string>(StringComparer.Ordinal));
        return new OperationMeasure(
            Depth(operation.SelectionSet),
            Aliases(operation.SelectionSet),
            rootKeys.Count,
            Cost(operation.SelectionSet, root, null),
            _errors);
    }

    private static bool IsIntrospection(FieldNode field) => field.Name.Value.StartsWith("__", StringComparison.Ordinal);

    private int Depth(SelectionSetNode selectionSet)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode field when IsIntrospection(field) => 0,
                FieldNode field => 1 + (field.SelectionSet is { } s ? Depth(s) : 0),
                InlineFragmentNode inline => Depth(inline.SelectionSet),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    private int FragmentDepth(string name)
    {
        if (_fragmentDepths.TryGetValue(name, out var depth)) return depth;
        depth = _fragments.TryGetValue(name, out var fragment) ? Depth(fragment.SelectionSet) : 0;
        _fragmentDepths[name] = depth;
        return depth;
    }

    private double Aliases(SelectionSetNode selectionSet)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        double count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            count += selection switch
            {
                FieldNode field => (field.Alias is null ? 0 : 1) + (field.SelectionSet is { } s ? Aliases(s) : 0),
                InlineFragmentNode inline => Aliases(inline.SelectionSet),
                FragmentSpreadNode spread => FragmentAliases(spread.Name.Value),
                _ => 0,
            };
        }
        return count;
    }

    private double FragmentAliases(string name)
    {
        if (_fragmentAliases.TryGetValue(name, out var count)) return count;
        count = _fragments.TryGetValue(name, out var fragment) ? Aliases(fragment.SelectionSet) : 0;
        _fragmentAliases[name] = count;
        return count;
    }

    /// <summary>The response keys CollectFields (§6.3.2) would give the root, each fragment visited once.</summary>
    private void CollectRootKeys(SelectionSetNode selectionSet, HashSet<string> keys, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when !IsIntrospection(field):
                    keys.Add(field.ResponseKey);
                    break;
                case InlineFragmentNode inline:
                    CollectRootKeys(inline.SelectionSet, keys, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && _fragments.TryGetValue(spread.Name.Value, out var fragment):
                    CollectRootKeys(fragment.SelectionSet, keys, visited);
                    break;
            }
        }
    }

    private double Cost(SelectionSetNode selectionSet, INamedType parentType, Sized? sized)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        double cost = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when !IsIntrospection(field):
                    cost += FieldCost(field, parentType, sized);
                    break;
                case InlineFragmentNode inline:
                    cost += Cost(inline.SelectionSet, TypeCondition(inline.TypeCondition) ?? parentType, sized);
                    break;
                case FragmentSpreadNode spread:
                    cost += FragmentCost(spread.Name.Value, sized);
                    break;
            }
        }
        return cost;
    }

    private double FragmentCost(string name, Sized? sized)
    {
        if (_fragmentCosts.TryGetValue((name, sized), out var cost)) return cost;
        cost = _fragments.TryGetValue(name, out var fragment) && TypeCondition(fragment.TypeCondition) is { } type
            ? Cost(fragment.SelectionSet, type, sized)
            : 0;
        _fragmentCosts[(name, sized)] = cost;
        return cost;
    }

    private INamedType? TypeCondition(NamedTypeNode? condition) => condition is null ? null : _schema.GetType(condition.Name.Value);

    private double FieldCost(FieldNode field, INamedType parentType, Sized? sized)
    {
        // A valid document only selects fields its parent type has; anything else costs nothing here.
        if (parentType is not IComplexType complex || complex.Fields[field.Name.Value] is not { } definition) return 0;

        var namedType = TypePredicates.GetNamedType(definition.Type)!;
        var weight = definition.Metadata[CostDirectives.CostKey] is FieldCost declared
            ? declared.Weight
            : TypePredicates.IsCompositeType(namedType) ? _limits.DefaultCompositeFieldWeight : _limits.DefaultLeafFieldWeight;
        var listSize = definition.Metadata[CostDirectives.ListSizeKey] as ListSize;
        var isList = TypePredicates.GetNullableType(definition.Type) is ListType;

        double size = 1;
        Sized? childSized = null;
        if (sized is not null && sized.Fields.Contains(field.Name.Value, StringComparer.Ordinal))
        {
            size = sized.Size;
        }
        else if (listSize is not null)
        {
            var resolved = ResolveSize(field, definition, listSize);
            if (listSize.SizedFields.Count > 0) childSized = new Sized(listSize.SizedFields, resolved);
            if (isList) size = listSize.SizedFields.Count > 0 ? _limits.DefaultListSize : resolved;
        }
        else if (isList)
        {
            size = _limits.DefaultListSize;
        }

        var children = field.SelectionSet is { } selections ? Cost(selections, namedType, childSized) : 0;
        return size * (weight + children);
    }

    /// <summary>The list size a field's <c>@listSize</c> gives for the arguments of this selection.</summary>
    private double ResolveSize(FieldNode field, FieldDefinition definition, ListSize listSize)
    {
        var given = new List<double>();
        foreach (var name in listSize.SlicingArguments)
        {
            if (definition.Arguments[name] is not { } argument) continue;
            var node = field.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;
            var value = node is null ? ValueFromAst.Invalid : ValueFromAst.Convert(node, argument.Type, _variables);
            if (value == ValueFromAst.Invalid && argument.HasDefaultValue) value = argument.DefaultValue;
            if (value is int or long or double) given.Add(Math.Max(0, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (listSize.RequireOneSlicingArgument && listSize.SlicingArguments.Count > 0 && given.Count != 1)
        {
            _errors.Add(new GraphQLError(
                $"Field \"{definition.Name}\" needs exactly one of the slicing arguments {string.Join(", ", listSize.SlicingArguments.Select(a => $"\"{a}\""))}.",
                [field], extensions: new Dictionary<string, object?> { ["code"] = OperationLimitCodes.SlicingArgumentRequired }));
        }

        if (given.Count > 0) return given.Max();
        return listSize.SlicingArgumentDefaultValue ?? listSize.AssumedSize ?? _limits.DefaultListSize;
    }

    /// <summary>The size a parent's <c>@listSize</c> gives to its sized sub-fields.</summary>
    private sealed record Sized(IReadOnlyList<string> Fields, double Size);
}
