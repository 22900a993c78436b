using System.Text.Json;

namespace Commissioning.GraphQL.Http;

/// <summary>
/// Turns decoded JSON into the plain values the engine's input coercion works on: null, string, bool,
/// long (integers that fit), double (every other number), <c>IReadOnlyList&lt;object?&gt;</c> and
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c>. Keeping the engine free of System.Text.Json types
/// lets other transports (tests, persisted documents) supply variables the same way.
/// </summary>
public static class JsonValueConverter
{
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        // Cast each branch: a bare conditional would widen every integer to double.
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => ToList(element),
        JsonValueKind.Object => ToMap(element),
        _ => throw new JsonException($"Unsupported JSON value kind {element.ValueKind}."),
    };

    public static IReadOnlyDictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) map[property.Name] = ToValue(property.Value);
        return map;
    }

    private static object?[] ToList(JsonElement element)
    {
        var list = new object?[element.GetArrayLength()];
        var i = 0;
        foreach (var item in element.EnumerateArray()) list[i++] = ToValue(item);
        return list;
    }
}
