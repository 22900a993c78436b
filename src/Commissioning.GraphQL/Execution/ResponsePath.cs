namespace Commissioning.GraphQL.Execution;

/// <summary>
/// A response position (spec §7.1.2 "path"): a linked list from the leaf back to the root, so a child
/// position costs one small node and shares its parent's. <see cref="Order"/> is the position's rank among
/// its siblings (the field's index in its collected fields, or the list index); comparing ranks from the
/// root gives the depth-first order in which a serial executor would reach the position, which is how
/// errors are ordered no matter when asynchronous fields finish.
/// </summary>
internal sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? key, int order)
    {
        Parent = parent;
        Key = key;
        Order = order;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The response key for a field position; null for a list item.</summary>
    public string? Key { get; }

    /// <summary>The sibling rank: field index for a field position, list index for an item.</summary>
    public int Order { get; }

    public int Depth { get; }

    public static ResponsePath Field(ResponsePath? parent, string key, int fieldIndex) => new(parent, key, fieldIndex);

    public static ResponsePath Item(ResponsePath parent, int index) => new(parent, null, index);

    /// <summary>The path as spec §7.1.2 writes it: strings for keys, ints for list indices.</summary>
    public object[] ToArray()
    {
        var segments = new object[Depth];
        for (var node = this; node is not null; node = node.Parent)
            segments[node.Depth - 1] = node.Key is { } key ? key : node.Order;
        return segments;
    }

    /// <summary>Depth-first order: ancestors before descendants, then by sibling rank.</summary>
    public static int Compare(ResponsePath? a, ResponsePath? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var x = Ranks(a);
        var y = Ranks(b);
        var common = Math.Min(x.Length, y.Length);
        for (var i = 0; i < common; i++)
        {
            var c = x[i].CompareTo(y[i]);
            if (c != 0) return c;
        }
        return x.Length.CompareTo(y.Length);
    }

    private static int[] Ranks(ResponsePath path)
    {
        var ranks = new int[path.Depth];
        for (var node = path; node is not null; node = node.Parent) ranks[node.Depth - 1] = node.Order;
        return ranks;
    }
}
