using System.Collections;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.Reporting;

/// <summary>
/// Relay paging, <c>where:</c> and <c>order:</c> over a list computed in memory. The conventions
/// translate these to SQL for tables; exception lines are not rows but the exception engine's
/// output for an as-of date (DOMAIN.md "Exception reporting"), so they can only be filtered and
/// sorted after the engine has run. The same filter inputs, sort inputs and keyset cursors are used,
/// so clients cannot tell the difference.
/// </summary>
internal static class InMemoryPaging
{
    /// <param name="sourceInKeyOrder">
    /// The source lists its items in ascending order of the type's key already (the exception engine's report order,
    /// numbered by rank), so a request without <c>order:</c> needs no sort: at 500 providers sorting 12,000 lines
    /// per request was most of the exceptions page's time once the engine's result was cached (bench/README.md).
    /// </param>
    public static Connection<T> Create<T>(IResolveFieldContext context, QueryableType<T> type, Func<Task<IReadOnlyList<T>>> source, ConnectionOptions options,
        bool sourceInKeyOrder = false)
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
        var predicate = context.Arguments.TryGetValue("where", out var where) && where is IReadOnlyDictionary<string, object?> map
            ? FilterTranslator.ToPredicate(type, map).Compile()
            : null;
        var keys = Ordering.From(type, context.Arguments.GetValueOrDefault("order") as IEnumerable);
        var signature = Ordering.Signature(keys);
        var after = context.GetArgument<string?>("after") is { } a ? KeysetCursor.Decode(a, signature, keys) : null;
        var before = context.GetArgument<string?>("before") is { } b ? KeysetCursor.Decode(b, signature, keys) : null;
        var backward = last is not null;
        var size = first ?? last ?? options.DefaultPageSize;
        var comparer = new KeyComparer(keys);

        var ordered = new Lazy<Task<IReadOnlyList<(T Item, object?[] Key)>>>(async () =>
        {
            var items = await source().ConfigureAwait(false);
            // Only the key, ascending (Ordering always ends with it), over the source's own order when it is already
            // that: nothing to sort, and with no filter nothing to copy; keys are read only for the lines looked at.
            var inOrder = sourceInKeyOrder && keys.Count == 1;
            if (inOrder && predicate is null) return new KeyedInOrder<T>(items, keys);
            var keyed = items.Where(i => predicate is null || predicate(i))
                .Select(i => (Item: i, Key: keys.Select(k => k.Read(i!)).ToArray()));
            return inOrder ? keyed.ToList() : keyed.OrderBy(e => e.Key, comparer).ToList();
        });

        return new Connection<T>(
            async () =>
            {
                var all = await SharedTask.Follow(ordered.Value).ConfigureAwait(false);
                // The list is in key order, so a cursor's place is found by bisection.
                var start = after is null ? 0 : FirstIndex(all, e => comparer.Compare(e.Key, after) > 0);
                var end = before is null ? all.Count : FirstIndex(all, e => comparer.Compare(e.Key, before) >= 0);
                var count = Math.Max(0, end - start);
                var more = count > size;
                var taken = Math.Min(size, count);
                var first = backward ? start + count - taken : start;
                var rows = Enumerable.Range(first, taken).Select(i => all[i]).ToList();
                var hasNext = backward ? before is not null && end < all.Count : more;
                var hasPrevious = backward ? more : after is not null && start > 0;
                var edges = rows.Select(r => new Edge<T>(KeysetCursor.Encode(signature, keys, r.Item!), r.Item)).ToList();
                return new ConnectionPage<T>(edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
            },
            async () => (await SharedTask.Follow(ordered.Value).ConfigureAwait(false)).Count);
    }

    private static GraphQLError Error(string message, string code) => new(message, extensions: NodeId.Code(code));

    /// <summary>The first index whose entry satisfies <paramref name="test"/>, which holds from some index on; the count when none does.</summary>
    private static int FirstIndex<T>(IReadOnlyList<(T Item, object?[] Key)> all, Func<(T Item, object?[] Key), bool> test)
    {
        int low = 0, high = all.Count;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (test(all[middle])) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    /// <summary>A source already in key order, its keys read when an entry is looked at.</summary>
    private sealed class KeyedInOrder<T>(IReadOnlyList<T> items, IReadOnlyList<SortKey> keys) : IReadOnlyList<(T Item, object?[] Key)>
    {
        public (T Item, object?[] Key) this[int index] => (items[index], keys.Select(k => k.Read(items[index]!)).ToArray());

        public int Count => items.Count;

        public IEnumerator<(T Item, object?[] Key)> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Compares key tuples as the ordering does: strings ordinally, nulls first, descending keys reversed.</summary>
    private sealed class KeyComparer(IReadOnlyList<SortKey> keys) : IComparer<object?[]>
    {
        public int Compare(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                var order = CompareValues(x![i], y![i]);
                if (order != 0) return keys[i].Descending ? -order : order;
            }
            return 0;
        }

        private static int CompareValues(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string s, string t) => string.CompareOrdinal(s, t),
            _ => Comparer<object>.Default.Compare(x, y),
        };
    }
}
