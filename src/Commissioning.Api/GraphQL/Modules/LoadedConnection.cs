using Commissioning.Api.GraphQL.Conventions;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// A Relay connection over a list its owner already holds (a plan's progress updates arrive with the
/// plan), paged without another query. A nested connection that asked the database per owner would make
/// a page of plans cost one statement per plan; this costs none. Cursors name an item by its id, so a
/// cursor stays valid when revisions are added elsewhere in the list.
/// </summary>
internal static class LoadedConnection
{
    private const string CursorType = "cursor";

    public static FieldBuilder NestedConnection<TSource, T>(this ComplexTypeBuilder<TSource> owner, string name, string nodeType,
        Func<TSource, IResolveFieldContext, IReadOnlyList<T>> items, Func<T, Guid> key, ConnectionOptions options) =>
        owner.Field(name, (source, context) => Create(context, items(source, context), key, options))
            .Type(TypeReference.Named(nodeType + "Connection").NonNull())
            .Argument("first", Scalars.Int, a => a.Description("Returns the first n elements from the list."))
            .Argument("after", Scalars.String, a => a.Description("Returns the elements in the list that come after the specified cursor."))
            .Argument("last", Scalars.Int, a => a.Description("Returns the last n elements from the list."))
            .Argument("before", Scalars.String, a => a.Description("Returns the elements in the list that come before the specified cursor."));

    private static Connection<T> Create<T>(IResolveFieldContext context, IReadOnlyList<T> items, Func<T, Guid> key, ConnectionOptions options)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
            throw Error("Passing both `first` and `last` to paginate a connection is not supported.", ConventionErrorCodes.FirstAndLast);
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value < 0) throw Error($"`{name}` must not be negative; it was {value}.", ConventionErrorCodes.NegativePageSize);
            if (value > options.MaxPageSize)
                throw Error($"`{name}` must not exceed the maximum page size of {options.MaxPageSize}; it was {value}.", ConventionErrorCodes.MaxPageSizeExceeded);
        }
        var start = context.GetArgument<string?>("after") is { } after ? Position(items, key, after) + 1 : 0;
        var end = context.GetArgument<string?>("before") is { } before ? Position(items, key, before) : items.Count;
        end = Math.Max(start, end);
        var size = first ?? last ?? options.DefaultPageSize;
        var (from, to) = last is not null ? (Math.Max(start, end - size), end) : (start, Math.Min(end, start + size));
        var edges = items.Skip(from).Take(to - from).Select(i => new Edge<T>(NodeId.Encode(CursorType, key(i)), i)).ToList();
        var page = new ConnectionPage<T>(edges, new PageInfo(to < items.Count, from > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
        return new Connection<T>(() => Task.FromResult(page), () => Task.FromResult(items.Count));
    }

    private static int Position<T>(IReadOnlyList<T> items, Func<T, Guid> key, string cursor)
    {
        var id = NodeId.Decode<Guid>(cursor, CursorType);
        for (var i = 0; i < items.Count; i++)
            if (key(items[i]) == id) return i;
        throw Error($"The cursor \"{cursor}\" does not belong to this list.", ConventionErrorCodes.InvalidCursor);
    }

    private static GraphQLError Error(string message, string code) => new(message, extensions: NodeId.Code(code));
}
