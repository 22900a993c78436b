using System.Text;

namespace Commissioning.GraphQL.Language;

/// <summary>Block string values (spec §2.9.4) and how the printer writes them back.</summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue) of §2.9.4: splits the raw text into lines, removes the common
    /// indentation of all lines but the first, and drops leading and trailing blank lines.
    /// </summary>
    public static string Dedent(string rawValue)
    {
        var lines = new List<string>();
        var lineStart = 0;
        for (var i = 0; i < rawValue.Length; i++)
        {
            var c = rawValue[i];
            if (c != '\n' && c != '\r') continue;
            lines.Add(rawValue[lineStart..i]);
            if (c == '\r' && i + 1 < rawValue.Length && rawValue[i + 1] == '\n') i++;
            lineStart = i + 1;
        }
        lines.Add(rawValue[lineStart..]);
        return DedentLines(lines);
    }

    /// <summary>BlockStringValue() over lines already split; the result joins them with U+000A.</summary>
    public static string DedentLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length) continue;
            if (firstNonEmpty < 0) firstNonEmpty = i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent) commonIndent = indent;
        }
        if (firstNonEmpty < 0) return "";
        if (firstNonEmpty == lastNonEmpty && commonIndent == int.MaxValue) return lines[firstNonEmpty];

        var result = new StringBuilder();
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i != firstNonEmpty) result.Append('\n');
            var line = lines[i];
            if (i == 0 || commonIndent == int.MaxValue) result.Append(line);
            else if (line.Length > commonIndent) result.Append(line, commonIndent, line.Length - commonIndent);
        }
        return result.ToString();
    }

    /// <summary>
    /// Writes <paramref name="value"/> as a block string that reads back to the same value,
    /// with the layout choices of graphql-js's printer (leading and trailing newlines only where
    /// they help or are needed).
    /// </summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lineCount = 1;
        var forceLeadingNewLine = true;
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c != '\n' && c != '\r') continue;
            if (c == '\r' && i + 1 < escaped.Length && escaped[i + 1] == '\n') i++;
            lineCount++;
            // Every line after the first must be empty or start with whitespace for a leading
            // newline to be needed: otherwise the first line's indentation would be lost.
            var next = i + 1 < escaped.Length ? escaped[i + 1] : '\n';
            if (next != '\n' && next != '\r' && !IsWhiteSpace(next)) forceLeadingNewLine = false;
        }
        var isSingleLine = lineCount == 1;
        forceLeadingNewLine &= !isSingleLine;

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder(escaped.Length + 8).Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) result.Append('\n');
        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine) result.Append('\n');
        return result.Append("\"\"\"").ToString();
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i])) i++;
        return i;
    }
}
