using System.Globalization;
using System.Text;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Utilities;

/// <summary>
/// Prints value literals and type references as GraphQL source, in graphql-js's layout
/// (<c>[1, 2]</c>, <c>{a: 1}</c>), for error messages and the schema printer.
/// </summary>
public static class ValuePrinter
{
    public static string Print(ValueNode node)
    {
        var sb = new StringBuilder();
        Append(sb, node);
        return sb.ToString();
    }

    public static string Print(TypeNode node) => node switch
    {
        NamedTypeNode n => n.Name.Value,
        ListTypeNode l => "[" + Print(l.Type) + "]",
        NonNullTypeNode nn => Print(nn.Type) + "!",
        _ => throw new ArgumentException($"Unknown type node {node.Kind}.", nameof(node)),
    };

    private static void Append(StringBuilder sb, ValueNode node)
    {
        switch (node)
        {
            case VariableNode v: sb.Append('$').Append(v.Name.Value); break;
            case IntValueNode i: sb.Append(i.Value); break;
            case FloatValueNode f: sb.Append(f.Value); break;
            case StringValueNode s: sb.Append(s.Block ? PrintBlockString(s.Value) : PrintString(s.Value)); break;
            case BooleanValueNode b: sb.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: sb.Append("null"); break;
            case EnumValueNode e: sb.Append(e.Value); break;
            case ListValueNode l:
                sb.Append('[');
                for (var i = 0; i < l.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, l.Values[i]);
                }
                sb.Append(']');
                break;
            case ObjectValueNode o:
                sb.Append('{');
                for (var i = 0; i < o.Fields.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(o.Fields[i].Name.Value).Append(": ");
                    Append(sb, o.Fields[i].Value);
                }
                sb.Append('}');
                break;
            default: throw new ArgumentException($"Unknown value node {node.Kind}.", nameof(node));
        }
    }

    /// <summary>A quoted string with GraphQL escapes (control characters as \uXXXX).</summary>
    public static string PrintString(string value) => Printer.PrintString(value);

    /// <summary>A block string (spec §2.9.4) laid out as graphql-js prints it.</summary>
    public static string PrintBlockString(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || IsWhiteSpace(l[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes;
        var sb = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) sb.Append('\n');
        sb.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline) sb.Append('\n');
        return sb.Append("\"\"\"").ToString();
    }

    /// <summary>Whether a block string would read back as exactly <paramref name="value"/>.</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0) return true;
        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false; // a leading empty line would be stripped
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t':
                case ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    if (c < 0x20) return false; // includes \r
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false; // trailing empty lines would be stripped
        if (hasCommonIndent && seenNonEmptyLine) return false; // common indentation would be stripped
        return true;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
