using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// The <c>where:</c> input types, named as HotChocolate names them: one operation input per property
/// type (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, ...) and one
/// <c>XFilterInput</c> per entity with <c>and</c>/<c>or</c> and a field per declared property.
/// </summary>
internal static class FilterInputTypes
{
    public static readonly string[] EqualityOperations = ["eq", "neq"];
    public static readonly string[] ListOperations = ["in", "nin"];
    public static readonly string[] ComparisonOperations = ["gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
    public static readonly string[] StringOperations = ["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    /// <summary>The operation input's name for a property type, and how to declare it.</summary>
    public static (string Name, Action<SchemaBuilder> Declare) OperationInput(QueryableField field)
    {
        if (field.DecodeId is not null) return Declare("IdOperationFilterInput", Scalars.ID, [.. EqualityOperations, .. ListOperations]);
        var propertyType = field.Type;
        var type = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        if (type == typeof(string)) return Declare("StringOperationFilterInput", typeof(string), [.. EqualityOperations, .. ListOperations, .. StringOperations]);
        if (type == typeof(bool)) return Declare("BooleanOperationFilterInput", type, EqualityOperations);
        if (type.IsEnum) return Declare(type.Name + "OperationFilterInput", type, [.. EqualityOperations, .. ListOperations]);
        var scalar = type == typeof(int) ? "Int"
            : type == typeof(long) ? "Long"
            : type == typeof(decimal) ? "Decimal"
            : type == typeof(DateTimeOffset) ? "DateTime"
            : type == typeof(DateOnly) ? "Date"
            : type == typeof(Guid) ? "Uuid"
            : type == typeof(Domain.FinancialQuarter) ? "FinancialQuarter"
            : throw new InvalidOperationException($"Properties of type {type.Name} cannot be filtered; map them to a supported type.");
        return Declare(scalar + "OperationFilterInput", type, [.. EqualityOperations, .. ListOperations, .. ComparisonOperations]);
    }

    /// <summary>What an entity filter's field compares, for the people writing <c>where:</c>.</summary>
    public static string FieldDescription(QueryableField field) => field.NodeType is { } nodeType
        ? $"Conditions on `{field.Name}`, compared by the `id` of the {nodeType} as this API gives it out."
        : $"Conditions on `{field.Name}`.";

    private static (string, Action<SchemaBuilder>) Declare(string name, Type valueType, string[] operations) =>
        Declare(name, TypeReference.Clr(valueType).Nullable(), operations);

    private static (string, Action<SchemaBuilder>) Declare(string name, TypeReference valueType, string[] operations) =>
        (name, builder => builder.InputObject<object>(name, input =>
        {
            var of = name[..^"OperationFilterInput".Length];
            input.Description(of == "Id"
                ? "Conditions on an id. A value matches when every condition given holds."
                : $"Conditions on a {of} value. A value matches when every condition given holds.");
            foreach (var op in operations)
            {
                var item = valueType;
                input.Field(op, ListOperations.Contains(op) ? item.NonNull().List() : item).Description(Operations[op]);
            }
        }));

    private static readonly Dictionary<string, string> Operations = new(StringComparer.Ordinal)
    {
        ["eq"] = "Equal to this value.",
        ["neq"] = "Not equal to this value.",
        ["in"] = "Equal to one of these values.",
        ["nin"] = "Equal to none of these values.",
        ["gt"] = "Greater (later) than this value.",
        ["ngt"] = "Not greater (later) than this value.",
        ["gte"] = "Greater (later) than or equal to this value.",
        ["ngte"] = "Not greater (later) than or equal to this value.",
        ["lt"] = "Less (earlier) than this value.",
        ["nlt"] = "Not less (earlier) than this value.",
        ["lte"] = "Less (earlier) than or equal to this value.",
        ["nlte"] = "Not less (earlier) than or equal to this value.",
        ["contains"] = "Contains this text.",
        ["ncontains"] = "Does not contain this text.",
        ["startsWith"] = "Starts with this text.",
        ["nstartsWith"] = "Does not start with this text.",
        ["endsWith"] = "Ends with this text.",
        ["nendsWith"] = "Does not end with this text.",
    };
}
