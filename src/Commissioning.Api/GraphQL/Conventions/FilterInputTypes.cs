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

    private static (string, Action<SchemaBuilder>) Declare(string name, Type valueType, string[] operations) =>
        Declare(name, TypeReference.Clr(valueType).Nullable(), operations);

    private static (string, Action<SchemaBuilder>) Declare(string name, TypeReference valueType, string[] operations) =>
        (name, builder => builder.InputObject<object>(name, input =>
        {
            foreach (var op in operations)
            {
                var item = valueType;
                input.Field(op, ListOperations.Contains(op) ? item.NonNull().List() : item);
            }
        }));
}
