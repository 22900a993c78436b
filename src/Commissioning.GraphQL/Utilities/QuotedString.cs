using System.Globalization;
using System.Text;

namespace Commissioning.GraphQL.Utilities;

/// <summary>
/// Double-quoted string literals as JSON and GraphQL write them: both use the same short escapes (§2.9.4) and
/// differ only in which further characters become <c>\uXXXX</c> and in the case of its hex digits.
/// </summary>
internal static class QuotedString
{
    public static string Quote(string value, Func<char, bool> needsUnicodeEscape, string hexFormat)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (needsUnicodeEscape(c)) sb.Append("\\u").Append(((int)c).ToString(hexFormat, CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
