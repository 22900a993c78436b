using Commissioning.GraphQL.DataLoader;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// A Relay connection (Cursor Connections Specification). The page and the count are each fetched the
/// first time a selected field needs them, so a query selecting only <c>totalCount</c> runs only the
/// count, and one selecting no <c>totalCount</c> never counts.
/// </summary>
public sealed class Connection<T>
{
    private readonly Lazy<Task<ConnectionPage<T>>> _page;
    private readonly Lazy<Task<int>> _totalCount;

    internal Connection(Func<Task<ConnectionPage<T>>> page, Func<Task<int>> totalCount)
    {
        _page = new Lazy<Task<ConnectionPage<T>>>(page);
        _totalCount = new Lazy<Task<int>>(totalCount);
    }

    /// <summary>A connection whose page and count are already known (or failed): a list loaded before its owner's fields resolved.</summary>
    internal Connection(Task<ConnectionPage<T>> page, Task<int> totalCount)
    {
        _page = new Lazy<Task<ConnectionPage<T>>>(page);
        _totalCount = new Lazy<Task<int>>(totalCount);
    }

    public Task<ConnectionPage<T>> GetPageAsync() => OwnTask(_page.Value);

    public Task<int> GetTotalCountAsync() => OwnTask(_totalCount.Value);

    /// <summary>Several fields (edges, nodes, pageInfo) await the same page: each gets a task of its own (SharedTask).</summary>
    private static Task<TValue> OwnTask<TValue>(Task<TValue> shared) => SharedTask.Follow(shared);
}

public sealed record ConnectionPage<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo);

public sealed record Edge<T>
{
    private readonly Func<T, string>? _cursorOf;
    private string? _cursor;

    public Edge(string cursor, T node)
    {
        _cursor = cursor;
        Node = node;
    }

    /// <summary>An edge whose cursor is made when first read: most queries select only the nodes, and a
    /// keyset cursor is a JSON document in base64, costly across a page of a hundred.</summary>
    public Edge(T node, Func<T, string> cursorOf)
    {
        Node = node;
        _cursorOf = cursorOf;
    }

    public string Cursor
    {
        get => _cursor ??= _cursorOf!(Node);
        init => _cursor = value;
    }

    public T Node { get; init; }
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Page sizes of a connection field (ENGINEERING.md: default 20, max 100).</summary>
public sealed record ConnectionOptions
{
    public int DefaultPageSize { get; init; } = 20;
    public int MaxPageSize { get; init; } = 100;
}
