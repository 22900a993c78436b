using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>Declares Relay connection fields: <c>things(first after last before where order): ThingConnection!</c>.</summary>
public static class ConnectionConventions
{
    public static FieldBuilder Connection<TSource, T>(this ComplexTypeBuilder<TSource> owner, string name, GraphQLConventions conventions,
        QueryableType<T> type, Func<TSource, IResolveFieldContext, IQueryable<T>> query, ConnectionOptions? options = null)
    {
        var field = owner.Field(name, (source, context) =>
                Paging.Create(context, type, query(source, context), options ?? conventions.ConnectionOptions))
            .Type(TypeReference.Named(type.Name + "Connection").NonNull())
            .Argument("first", Scalars.Int, a => a.Description("Returns the first n elements from the list."))
            .Argument("after", Scalars.String, a => a.Description("Returns the elements in the list that come after the specified cursor."))
            .Argument("last", Scalars.Int, a => a.Description("Returns the last n elements from the list."))
            .Argument("before", Scalars.String, a => a.Description("Returns the elements in the list that come before the specified cursor."));
        if (type.Filters.Count > 0)
            field.Argument("where", TypeReference.Named(type.FilterInputName), a => a.Description("Keep only the records matching this filter."));
        if (type.Sorts.Count > 0)
            field.Argument("order", TypeReference.Named(type.SortInputName).NonNull().List(),
                a => a.Description("Sort by these fields in turn; without it, the list's default order."));
        return field;
    }

    internal static void DeclareTypes<T>(SchemaBuilder schema, QueryableType<T> type)
    {
        var edgeName = type.Name + "Edge";
        schema.Object<Connection<T>>(type.Name + "Connection", c =>
        {
            c.Description("A connection to a list of items.");
            c.FieldAsync("edges", async (connection, _) => (await connection.GetPageAsync().ConfigureAwait(false)).Edges)
                .Type(TypeReference.Named(edgeName).NonNull().List()).Description("A list of edges.");
            c.FieldAsync("nodes", async (connection, _) => (await connection.GetPageAsync().ConfigureAwait(false)).Edges.Select(e => e.Node).ToList())
                .Type(TypeReference.Named(type.Name).NonNull().List()).Description("A flattened list of the nodes.");
            c.FieldAsync("pageInfo", async (connection, _) => (await connection.GetPageAsync().ConfigureAwait(false)).PageInfo)
                .Type(TypeReference.Named("PageInfo").NonNull()).Description("Information to aid in pagination.");
            c.FieldAsync("totalCount", (connection, _) => connection.GetTotalCountAsync())
                .Description("Identifies the total count of items in the connection.");
        });
        schema.Object<Edge<T>>(edgeName, e =>
        {
            e.Description("An edge in a connection.");
            e.Field("cursor", x => x.Cursor).Description("A cursor for use in pagination.");
            e.Field("node", x => x.Node).Type(TypeReference.Named(type.Name).NonNull()).Description("The item at the end of the edge.");
        });
    }

    internal static void DeclarePageInfo(SchemaBuilder schema) =>
        schema.Object<PageInfo>("PageInfo", p =>
        {
            p.Description("Information about pagination in a connection.");
            p.Field("hasNextPage", x => x.HasNextPage).Description("Indicates whether more edges exist following the set defined by the clients arguments.");
            p.Field("hasPreviousPage", x => x.HasPreviousPage).Description("Indicates whether more edges exist prior the set defined by the clients arguments.");
            p.Field("startCursor", x => x.StartCursor).Description("When paginating backwards, the cursor to continue.");
            p.Field("endCursor", x => x.EndCursor).Description("When paginating forwards, the cursor to continue.");
        });
}
