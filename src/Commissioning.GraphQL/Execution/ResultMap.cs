using System.Collections;

namespace Commissioning.GraphQL.Execution;

/// <summary>
/// An ordered response map (spec §7.1.1: "ordered map" of response keys). Backed by two arrays sized
/// from the collected fields, so building a result allocates once per selection set and the JSON writer
/// walks it in order without hashing.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private string[] _keys;
    private object?[] _values;
    private int _count;

    public ResultMap(int capacity = 4)
    {
        _keys = new string[Math.Max(capacity, 1)];
        _values = new object?[Math.Max(capacity, 1)];
    }

    public int Count => _count;

    public void Add(string key, object? value)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _keys[_count] = key;
        _values[_count] = value;
        _count++;
    }

    /// <summary>Replaces the value at a position; used when a deferred (async) field completes.</summary>
    public void SetValueAt(int index, object? value)
    {
        if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
        _values[index] = value;
    }

    public string KeyAt(int index) => _keys[index];
    public object? ValueAt(int index) => _values[index];

    public object? this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _keys.Take(_count);
    public IEnumerable<object?> Values => _values.Take(_count);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out object? value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i] : null;
        return i >= 0;
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
            if (string.Equals(_keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return new(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
