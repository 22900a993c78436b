using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Commissioning.Api.Tests.Exports;

/// <summary>Reads exported files back as a spreadsheet would: rows of cell texts, header first.</summary>
internal static class ExportFiles
{
    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.</summary>
    public static List<List<string>> ReadCsv(byte[] bytes)
    {
        var preamble = Encoding.UTF8.GetPreamble();
        Assert.True(bytes.AsSpan().StartsWith(preamble), "CSV starts with the UTF-8 byte-order mark");
        var text = Encoding.UTF8.GetString(bytes, preamble.Length, bytes.Length - preamble.Length);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', "a record ends with CRLF, never a bare CR");
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                Assert.True(c != '\n', "a bare LF only appears inside a quoted field");
                field.Append(c);
            }
        }
        return records;
    }

    /// <summary>The first worksheet's rows, read with nothing but ZipArchive and XDocument.</summary>
    public static List<List<string>> ReadXlsx(byte[] bytes) => ReadXlsxCells(bytes).Select(row => row.Select(c => c.Text).ToList()).ToList();

    public static List<List<XlsxCell>> ReadXlsxCells(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var part in new[] { "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml" })
            Assert.NotNull(zip.GetEntry(part));
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var rows = new List<List<XlsxCell>>();
        foreach (var row in sheet.Descendants(main + "row"))
        {
            var cells = new List<XlsxCell>();
            foreach (var cell in row.Elements(main + "c"))
            {
                var column = ColumnIndex((string)cell.Attribute("r")!);
                while (cells.Count < column) cells.Add(new XlsxCell("", null, false, null));
                var type = (string?)cell.Attribute("t");
                var text = type == "inlineStr"
                    ? string.Concat(cell.Element(main + "is")!.Elements(main + "t").Select(t => t.Value))
                    : cell.Element(main + "v")?.Value ?? "";
                cells.Add(new XlsxCell(text, type, cell.Element(main + "f") is not null, (string?)cell.Attribute("s")));
            }
            rows.Add(cells);
        }
        return rows;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (c - 'A' + 1);
        return index - 1;
    }
}

/// <param name="Type">The cell's t attribute: inlineStr for text, null for a number.</param>
internal sealed record XlsxCell(string Text, string? Type, bool HasFormula, string? Style);
