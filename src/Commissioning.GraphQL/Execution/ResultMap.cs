using System.Collections;
using System.Text.Json;

namespace Commissioning.GraphQL.Execution;

/// <summary>
/// An ordered response map (spec §7.1.1: "ordered map" of response keys). The executor builds one per object
/// with the keys of its collected fields, shared by every object of that selection, so an object costs one
/// array of values; the JSON writer walks it in order without hashing, and writes the keys already encoded.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private string[] _keys;
    private object?[] _values;
    private int _count;

    // Non-null while _keys is the plan's shared array, which this map must never write to.
    private ResponseKeys? _shared;

    public ResultMap(int capacity = 4)
    {
        _keys = new string[Math.Max(capacity, 1)];
        _values = new object?[Math.Max(capacity, 1)];
    }

    /// <summary>A map whose keys will be exactly <paramref name="keys"/>, in order, added with <see cref="AddNext"/>.</summary>
    internal ResultMap(ResponseKeys keys)
    {
        _shared = keys;
        _keys = keys.Names;
        _values = new object?[Math.Max(keys.Names.Length, 1)];
    }

    public int Count => _count;

    /// <summary>The keys pre-encoded for <see cref="Utf8JsonWriter"/>, when the map holds a selection's shared keys.</summary>
    internal JsonEncodedText[]? EncodedKeys => _shared?.Encoded;

    public void Add(string key, object? value)
    {
        if (_shared is not null && (_count == _keys.Length || !ReferenceEquals(_keys[_count], key))) Unshare();
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _keys[_count] = key;
        _values[_count] = value;
        _count++;
    }

    /// <summary>Adds the value of the next shared key.</summary>
    internal void AddNext(object? value) => _values[_count++] = value;

    private void Unshare()
    {
        _keys = (string[])_keys.Clone();
        _shared = null;
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

/// <summary>
/// The response keys of one selection plan, with their JSON encoding. Response keys are GraphQL names
/// (ASCII letters, digits and underscores, spec §2.1.9), which every encoder writes unescaped, so the bytes
/// are the same whichever encoder the response writer uses.
/// </summary>
internal sealed class ResponseKeys
{
    public ResponseKeys(string[] names)
    {
        Names = names;
        Encoded = new JsonEncodedText[names.Length];
        for (var i = 0; i < names.Length; i++) Encoded[i] = JsonEncodedText.Encode(names[i]);
    }

    public string[] Names { get; }
    public JsonEncodedText[] Encoded { get; }
}
