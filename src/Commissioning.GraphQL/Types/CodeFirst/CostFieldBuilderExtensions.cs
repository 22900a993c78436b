namespace Commissioning.GraphQL.Types;

/// <summary>Declares <c>@cost</c> and <c>@listSize</c> on code-first fields (see <see cref="CostDirectives"/>).</summary>
public static class CostFieldBuilderExtensions
{
    /// <summary>Adds the definitions of <c>@cost</c> and <c>@listSize</c>, so the printed SDL declares what its fields apply.</summary>
    public static SchemaBuilder AddCostDirectives(this SchemaBuilder schema)
    {
        foreach (var directive in CostDirectives.All) schema.Directive(directive);
        return schema;
    }

    /// <summary><c>@cost(weight:)</c>: what one resolution of the field adds to an operation's field cost.</summary>
    public static FieldBuilder Cost(this FieldBuilder field, double weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        return field.Metadata(CostDirectives.CostKey, new FieldCost(weight));
    }

    /// <summary><c>@listSize(...)</c>: how many items the field's list, or its sized sub-fields' lists, hold.</summary>
    public static FieldBuilder ListSize(this FieldBuilder field, ListSize listSize) =>
        field.Metadata(CostDirectives.ListSizeKey, listSize ?? throw new ArgumentNullException(nameof(listSize)));
}
