using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Commissioning.GraphQL.Types;

/// <summary>Anything a <see cref="DefinitionCollection{T}"/> can index by name.</summary>
public interface INamedDefinition
{
    string Name { get; }
}

/// <summary>
/// Fields, arguments, input fields and enum values: kept in definition order (introspection and the
/// printer list them that way) and indexed by name for constant-time lookups during execution.
/// Mutable until the owning schema freezes it.
/// </summary>
public sealed class DefinitionCollection<T> : IReadOnlyList<T> where T : class, INamedDefinition
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);
    private T[] _frozen = [];
    private bool _isFrozen;

    public int Count => _isFrozen ? _frozen.Length : _items.Count;
    public T this[int index] => _isFrozen ? _frozen[index] : _items[index];
    public T? this[string name] => _byName.GetValueOrDefault(name);
    public bool IsFrozen => _isFrozen;

    public bool TryGetValue(string name, [MaybeNullWhen(false)] out T item) => _byName.TryGetValue(name, out item);
    public bool Contains(string name) => _byName.ContainsKey(name);

    public void Add(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ThrowIfFrozen();
        if (!_byName.TryAdd(item.Name, item))
            throw new ArgumentException($"\"{item.Name}\" is defined more than once.", nameof(item));
        _items.Add(item);
    }

    internal void Freeze()
    {
        if (_isFrozen) return;
        _frozen = [.. _items];
        _isFrozen = true;
    }

    private void ThrowIfFrozen()
    {
        if (_isFrozen) throw new InvalidOperationException("The schema this definition belongs to is built; its definitions can no longer change.");
    }

    /// <summary>Allocation-free enumeration over the backing array once frozen.</summary>
    public ReadOnlySpan<T> AsSpan() => _isFrozen ? _frozen : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_items);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_isFrozen ? _frozen : _items)).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Free-form data attached to a definition for later layers (authorization, cost). Read-only once frozen.</summary>
public sealed class MetadataMap : IReadOnlyDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private bool _isFrozen;

    public object? this[string key]
    {
        get => _values.GetValueOrDefault(key);
        set
        {
            if (_isFrozen) throw new InvalidOperationException("Metadata can no longer change once the schema is built.");
            _values[key] = value;
        }
    }

    public IEnumerable<string> Keys => _values.Keys;
    public IEnumerable<object?> Values => _values.Values;
    public int Count => _values.Count;
    public bool ContainsKey(string key) => _values.ContainsKey(key);
    public bool TryGetValue(string key, out object? value) => _values.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    internal void Freeze() => _isFrozen = true;
}
