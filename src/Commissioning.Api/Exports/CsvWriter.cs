using System.Globalization;
using System.Text;

namespace Commissioning.Api.Exports;

/// <summary>
/// Writes an <see cref="ExportTable"/> as CSV per RFC 4180: a header row, CRLF after every record (§2.1),
/// fields holding a comma, a double quote, CR or LF enclosed in double quotes with inner quotes doubled (§2.6, §2.7).
/// UTF-8 with a byte-order mark, which is how Excel recognises UTF-8 CSV (names such as "Zoë" survive).
/// </summary>
public static class CsvWriter
{
    public static byte[] Write(ExportTable table)
    {
        var text = new StringBuilder();
        WriteRecord(text, table.Headers);
        foreach (var row in table.Rows) WriteRecord(text, row);
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    private static void WriteRecord<T>(StringBuilder text, IReadOnlyList<T> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(Field(cells[i]));
        }
        text.Append("\r\n");
    }

    /// <summary>One field, guarded against formula injection and quoted when RFC 4180 requires it.</summary>
    public static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => FormulaGuard.Neutralise(s),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => FormulaGuard.Neutralise(value.ToString() ?? ""),
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
