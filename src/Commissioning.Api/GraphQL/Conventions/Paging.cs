using System.Collections;
using System.Linq.Expressions;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// Keyset pagination of an <see cref="IQueryable{T}"/> from the Relay arguments (Cursor Connections
/// Specification §4.3): filter, order by the sort keys and the primary key, seek past the cursors,
/// take one more row than asked to learn whether another page exists. Everything runs in SQL.
/// </summary>
internal static class Paging
{
    public static Connection<T> Create<T>(IResolveFieldContext context, QueryableType<T> type, IQueryable<T> source, ConnectionOptions options)
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

        var filtered = context.Arguments.TryGetValue("where", out var where) && where is IReadOnlyDictionary<string, object?> map
            ? source.Where(FilterTranslator.ToPredicate(type, map, context))
            : source;
        var keys = Ordering.From(type, context.Arguments.GetValueOrDefault("order") as IEnumerable);
        var signature = Ordering.Signature(keys);
        // Cursors are checked now, so a bad cursor is an error even when only totalCount is selected.
        var after = context.GetArgument<string?>("after") is { } a ? KeysetCursor.Decode(a, signature, keys) : null;
        var before = context.GetArgument<string?>("before") is { } b ? KeysetCursor.Decode(b, signature, keys) : null;
        var backward = last is not null;
        var size = first ?? last ?? options.DefaultPageSize;

        // A page read without cursors that ends before its size holds every row, so it is the count: when the selection
        // reads the page anyway, totalCount waits for it and counts in SQL only when the page is not the whole list.
        var counted = after is null && before is null && SelectedFields.Of(context).Any(f => f.Name.Value is "nodes" or "edges" or "pageInfo");
        Connection<T> connection = null!;
        connection = new Connection<T>(
            () => SerializedQueries.RunAsync(context, async ct =>
            {
                var window = filtered;
                if (after is not null) window = window.Where(KeysetCursor.Beyond<T>(keys, after, after: true));
                if (before is not null) window = window.Where(KeysetCursor.Beyond<T>(keys, before, after: false));
                var page = Ordering.Apply(window, keys, reverse: backward).Take(size + 1);
                var rows = await (type.PageReader is { } read ? read(context, page, ct) : page.ToListAsync(ct)).ConfigureAwait(false);
                var more = rows.Count > size;
                if (more) rows.RemoveAt(size);
                if (backward) rows.Reverse();
                if (type.PageLoaded is { } loaded) await loaded(context, rows, ct).ConfigureAwait(false);

                // The far side of a cursor is probed only when a cursor was given on that side (one cheap EXISTS).
                var hasNext = backward ? before is not null && await AnyOutside(filtered, keys, before, after: false, ct).ConfigureAwait(false) : more;
                var hasPrevious = backward ? more : after is not null && await AnyOutside(filtered, keys, after, after: true, ct).ConfigureAwait(false);
                var edges = rows.Select(r => new Edge<T>(r, row => KeysetCursor.Encode(signature, keys, row!))).ToList();
                return new ConnectionPage<T>(edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
            }),
            async () =>
            {
                if (counted && await connection.GetPageAsync().ConfigureAwait(false) is { PageInfo: { HasNextPage: false, HasPreviousPage: false } } whole)
                    return whole.Edges.Count;
                return await SerializedQueries.RunAsync(context, ct => filtered.CountAsync(ct)).ConfigureAwait(false);
            });
        return connection;
    }

    /// <summary>Whether any row lies at or beyond the cursor on the side the page does not cover.</summary>
    private static Task<bool> AnyOutside<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, object?[] cursor, bool after, CancellationToken ct)
    {
        var inside = KeysetCursor.Beyond<T>(keys, cursor, after);
        var outside = Expression.Lambda<Func<T, bool>>(Expression.Not(inside.Body), inside.Parameters);
        return query.AnyAsync(outside, ct);
    }

    private static GraphQLError Error(string message, string code) => new(message, extensions: NodeId.Code(code));
}
