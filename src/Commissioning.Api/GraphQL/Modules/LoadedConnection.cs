using Commissioning.Api.GraphQL.Conventions;
using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// A Relay connection over a short list loaded whole for its owner (a plan's revisions: with the plan,
/// or for a whole page of plans in one statement) and paged in memory. A nested connection that asked
/// the database per owner would make a page of plans cost one statement per plan. Cursors name an item
/// by its id, so a cursor stays valid when revisions are added elsewhere in the list.
/// </summary>
internal static class LoadedConnection
{
    private const string CursorType = "cursor";

    /// <param name="items">The whole list in the connection's order. Usually it is at hand (read with the owner's page, or with
    /// the owner itself) and the connection is made at once; otherwise it is awaited when a selected field needs it.</param>
    /// <param name="where">Which items the field's arguments keep: null when they keep every item.</param>
    public static FieldBuilder NestedConnection<TSource, T>(this ComplexTypeBuilder<TSource> owner, string name, string nodeType,
        Func<TSource, IResolveFieldContext, ValueTask<IReadOnlyList<T>>> items, Func<T, Guid> key, ConnectionOptions options,
        Func<IResolveFieldContext, Func<T, bool>?>? where = null) =>
        owner.Field(name, (source, context) => Create(context, items(source, context), key, options, where))
            .Type(TypeReference.Named(nodeType + "Connection").NonNull())
            .Argument("first", Scalars.Int, a => a.Description("Returns the first n elements from the list."))
            .Argument("after", Scalars.String, a => a.Description("Returns the elements in the list that come after the specified cursor."))
            .Argument("last", Scalars.Int, a => a.Description("Returns the last n elements from the list."))
            .Argument("before", Scalars.String, a => a.Description("Returns the elements in the list that come before the specified cursor."));

    private static Connection<T> Create<T>(IResolveFieldContext context, ValueTask<IReadOnlyList<T>> items, Func<T, Guid> key, ConnectionOptions options,
        Func<IResolveFieldContext, Func<T, bool>?>? where)
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
        var after = context.GetArgument<string?>("after") is { } a ? NodeId.Decode<Guid>(a, CursorType) : (Guid?)null;
        var before = context.GetArgument<string?>("before") is { } b ? NodeId.Decode<Guid>(b, CursorType) : (Guid?)null;
        var size = first ?? last ?? options.DefaultPageSize;

        // The cursors must name items of this list even when only totalCount is selected; an error here is the error
        // of the connection's fields (its page and its count), as for a connection read from the database.
        ConnectionPage<T> Page(IReadOnlyList<T> all)
        {
            var start = after is { } x ? Position(all, key, x, context.GetArgument<string>("after")) + 1 : 0;
            var end = Math.Max(start, before is { } y ? Position(all, key, y, context.GetArgument<string>("before")) : all.Count);
            var (from, to) = last is not null ? (Math.Max(start, end - size), end) : (start, Math.Min(end, start + size));
            var edges = new List<Edge<T>>(to - from);
            for (var i = from; i < to; i++) edges.Add(new Edge<T>(all[i], item => NodeId.Encode(CursorType, key(item))));
            return new ConnectionPage<T>(edges, new PageInfo(to < all.Count, from > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
        }
        var keep = where?.Invoke(context);
        IReadOnlyList<T> Kept(IReadOnlyList<T> all) => keep is null ? all : [.. all.Where(keep)];

        if (items.IsCompletedSuccessfully)
        {
            var all = Kept(items.Result);
            Task<ConnectionPage<T>> page;
            try
            {
                page = Task.FromResult(Page(all));
            }
            catch (Exception e) when (e is GraphQLError)
            {
                page = Task.FromException<ConnectionPage<T>>(e);
            }
            return new Connection<T>(page, page.IsCompletedSuccessfully ? Task.FromResult(all.Count) : Task.FromException<int>(page.Exception!.InnerException!));
        }
        // The page and the count both wait for the list: each through a task of its own (SharedTask), or the second
        // would resume on the thread pool and queue its nodes' keys after the next batch had gone.
        var loaded = new Lazy<Task<IReadOnlyList<T>>>(async () => Kept(await items.ConfigureAwait(false)));
        return new Connection<T>(async () => Page(await SharedTask.Follow(loaded.Value).ConfigureAwait(false)), async () =>
        {
            var all = await SharedTask.Follow(loaded.Value).ConfigureAwait(false);
            Page(all);
            return all.Count;
        });
    }

    private static int Position<T>(IReadOnlyList<T> items, Func<T, Guid> key, Guid id, string cursor)
    {
        for (var i = 0; i < items.Count; i++)
            if (key(items[i]) == id) return i;
        throw Error($"The cursor \"{cursor}\" does not belong to this list.", ConventionErrorCodes.InvalidCursor);
    }

    private static GraphQLError Error(string message, string code) => new(message, extensions: NodeId.Code(code));
}
