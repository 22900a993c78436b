using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Execution;

/// <summary>
/// A bounded least-recently-used cache of parsed, valid documents keyed by query text. The key is the full
/// text, so equality is exact (no hash collisions can serve the wrong document); the dictionary hashes it.
/// Clients send the same few documents over and over, so parse and validation are paid once per text.
/// </summary>
internal sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<Entry>> _map;
    private readonly LinkedList<Entry> _order = new();
    private readonly object _gate = new();

    public DocumentCache(int capacity)
    {
        _capacity = capacity;
        _map = new Dictionary<string, LinkedListNode<Entry>>(Math.Min(Math.Max(capacity, 0), 1024), StringComparer.Ordinal);
    }

    public int Count
    {
        get { lock (_gate) return _map.Count; }
    }

    public bool TryGet(string query, out DocumentNode document)
    {
        lock (_gate)
        {
            if (_map.TryGetValue(query, out var node))
            {
                // Move to the front only when not already there: the common hit costs one lookup.
                if (node != _order.First)
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                }
                document = node.Value.Document;
                return true;
            }
        }
        document = null!;
        return false;
    }

    public void Add(string query, DocumentNode document)
    {
        if (_capacity <= 0) return;
        lock (_gate)
        {
            if (_map.TryGetValue(query, out var existing))
            {
                existing.Value = new Entry(query, document);
                return;
            }
            if (_map.Count >= _capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Query);
            }
            _map[query] = _order.AddFirst(new Entry(query, document));
        }
    }

    private readonly record struct Entry(string Query, DocumentNode Document);
}
