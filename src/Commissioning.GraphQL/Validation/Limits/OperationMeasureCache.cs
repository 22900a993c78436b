using System.Collections;
using System.Runtime.CompilerServices;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Validation.Limits;

/// <summary>
/// The measures of operations already seen, so a document the request executor caches is measured once, not on
/// every request. A measure depends on the operation (with its document's fragments), the schema, the limits and
/// only those variables a slicing argument reads; each entry keeps the values it read and serves a request only
/// when that request's values are equal. Entries live as long as their operation node (the document cache owns it).
/// </summary>
internal sealed class OperationMeasureCache(Schema schema, OperationLimits limits)
{
    private readonly ConditionalWeakTable<OperationDefinitionNode, Entry> _entries = new();

    public OperationMeasure Measure(DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        if (_entries.TryGetValue(operation, out var entry) && entry.Matches(variables)) return entry.Measure;

        var recording = new RecordingVariables(variables);
        var measure = new OperationMeasurer(schema, document, limits, recording).Measure(operation);
        _entries.AddOrUpdate(operation, new Entry(measure, [.. recording.Reads]));
        return measure;
    }

    private sealed class Entry(OperationMeasure measure, (string Name, bool Present, object? Value)[] reads)
    {
        public OperationMeasure Measure { get; } = measure;

        public bool Matches(IReadOnlyDictionary<string, object?> variables)
        {
            foreach (var (name, present, value) in reads)
            {
                var found = variables.TryGetValue(name, out var current);
                if (found != present || (found && !Equals(current, value))) return false;
            }
            return true;
        }
    }

    /// <summary>The request's variables, noting every one the measurer looks at (slicing arguments read scalars only).</summary>
    private sealed class RecordingVariables(IReadOnlyDictionary<string, object?> inner) : IReadOnlyDictionary<string, object?>
    {
        public List<(string Name, bool Present, object? Value)> Reads { get; } = [];

        public bool TryGetValue(string key, out object? value)
        {
            var found = inner.TryGetValue(key, out value);
            Reads.Add((key, found, value));
            return found;
        }

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        // Enumerating would read every variable; record them all, so such a measure is reused only for equal values.
        public IEnumerable<string> Keys => this.Select(pair => pair.Key);
        public IEnumerable<object?> Values => this.Select(pair => pair.Value);
        public int Count => inner.Count;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            foreach (var pair in inner)
            {
                Reads.Add((pair.Key, true, pair.Value));
                yield return pair;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
