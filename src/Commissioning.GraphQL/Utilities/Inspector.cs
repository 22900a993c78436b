using System.Collections;
using System.Globalization;
using System.Text;

namespace Commissioning.GraphQL.Utilities;

/// <summary>
/// Renders runtime values the way graphql-js's <c>inspect</c> does, so that error messages about
/// invalid input read the same as those of the reference implementation.
/// </summary>
public static class Inspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Inspect(object? value) => Format(value, 0);

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null: return "null";
            case string s: return JsonString(s);
            case bool b: return b ? "true" : "false";
            case Types.IGraphQLType t: return t.ToString()!;
            case Enum e: return e.ToString();
            case IReadOnlyDictionary<string, object?> map: return FormatObject(map, depth);
            case IDictionary<string, object?> dict: return FormatObject(dict, depth);
            case IEnumerable list: return FormatList(list, depth);
        }
        if (JsNumber.TryGetDouble(value, out var d)) return JsNumber.Format(d);
        return value.ToString() ?? "";
    }

    private static string FormatList(IEnumerable list, int depth)
    {
        var items = new List<object?>();
        foreach (var item in list) items.Add(item);
        if (items.Count == 0) return "[]";
        if (depth > MaxRecursiveDepth) return "[Array]";
        var sb = new StringBuilder("[");
        var shown = Math.Min(items.Count, MaxArrayLength);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Format(items[i], depth + 1));
        }
        var remaining = items.Count - shown;
        if (remaining == 1) sb.Append(", ... 1 more item");
        else if (remaining > 1) sb.Append(", ... ").Append(remaining).Append(" more items");
        return sb.Append(']').ToString();
    }

    private static string FormatObject(IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        var entries = map.ToList();
        if (entries.Count == 0) return "{}";
        if (depth > MaxRecursiveDepth) return "[Object]";
        var parts = entries.Select(e => e.Key + ": " + Format(e.Value, depth + 1));
        return "{ " + string.Join(", ", parts) + " }";
    }

    /// <summary>JSON.stringify of a string.</summary>
    internal static string JsonString(string s) => QuotedString.Quote(s, c => c < 0x20, "x4");
}

/// <summary>Numbers as JavaScript sees them: every CLR numeric is a double, printed like <c>String(n)</c>.</summary>
internal static class JsNumber
{
    public static bool TryGetDouble(object? value, out double d)
    {
        switch (value)
        {
            case int i: d = i; return true;
            case long l: d = l; return true;
            case double x: d = x; return true;
            case float f: d = f; return true;
            case decimal m: d = (double)m; return true;
            case short s: d = s; return true;
            case byte b: d = b; return true;
            case sbyte sb: d = sb; return true;
            case ushort us: d = us; return true;
            case uint ui: d = ui; return true;
            case ulong ul: d = ul; return true;
            default: d = 0; return false;
        }
    }

    public static string Format(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        if (d == 0) return "0";
        var abs = Math.Abs(d);
        if (Math.Floor(d) == d && abs < 1e21) return d.ToString("F0", CultureInfo.InvariantCulture);
        if (abs >= 1e-6 && abs < 1e21) return d.ToString("R", CultureInfo.InvariantCulture);
        // JavaScript writes exponents as e+21 / e-7.
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        if (e < 0) return r;
        var mantissa = r[..e];
        var exponent = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
        return mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }
}
