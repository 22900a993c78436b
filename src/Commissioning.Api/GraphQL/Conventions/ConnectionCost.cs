using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// Gives every connection field of the schema its <c>@cost</c> and <c>@listSize</c>, as HotChocolate does for
/// its connections, so cost analysis sizes <c>edges</c> and <c>nodes</c> by <c>first</c>/<c>last</c> (or the
/// default page) and clients see the figures in the SDL. A field is a connection when it returns a
/// <c>…Connection</c> object with <c>edges</c> and <c>nodes</c> and takes <c>first</c> and <c>last</c>, however it
/// was declared (the conventions' <c>Connection</c>, a nested in-memory connection, or a report's own paging).
/// </summary>
public static class ConnectionCost
{
    /// <summary>A connection runs a query for its page (and one for its count): ten times a plain object field.</summary>
    public const double Weight = 10;

    public static SchemaBuilder AddConnectionCosts(this SchemaBuilder schema, ConnectionOptions options)
    {
        var listSize = new ListSize
        {
            AssumedSize = options.MaxPageSize,
            SlicingArguments = ["first", "last"],
            SlicingArgumentDefaultValue = options.DefaultPageSize,
            SizedFields = ["edges", "nodes"],
            // Neither is required: without them a connection returns its default page.
            RequireOneSlicingArgument = false,
        };
        var cost = new FieldCost(Weight);
        return schema.AddCostDirectives().ConfigureFields((_, field) =>
        {
            if (!IsConnection(field)) return;
            if (!field.Metadata.ContainsKey(CostDirectives.CostKey)) field.Metadata[CostDirectives.CostKey] = cost;
            if (!field.Metadata.ContainsKey(CostDirectives.ListSizeKey)) field.Metadata[CostDirectives.ListSizeKey] = listSize;
        });
    }

    private static bool IsConnection(FieldDefinition field) =>
        TypePredicates.GetNamedType(field.Type) is ObjectType { } type
        && type.Name.EndsWith("Connection", StringComparison.Ordinal)
        && type.Fields.Contains("edges") && type.Fields.Contains("nodes")
        && field.Arguments.Contains("first") && field.Arguments.Contains("last");
}
