using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Commissioning.Api.Exports;

/// <summary>
/// Writes an <see cref="ExportTable"/> as an Office Open XML workbook (ECMA-376 Part 1, SpreadsheetML) with one
/// worksheet: the smallest package Excel and LibreOffice open without repair. Text goes in inline strings
/// (§18.3.1.53 <c>is</c>), so there is no shared-string table to keep; numbers are numeric cells; the header row
/// is bold (style 1 of §18.8.10 <c>cellXfs</c>) and frozen. Inline strings are never evaluated as formulas, so
/// text is written exactly as the API gave it.
/// </summary>
public static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static byte[] Write(ExportTable table, string sheetName)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", ContentTypes);
            Part(zip, "_rels/.rels", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{RelationshipsNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Part(zip, "xl/workbook.xml", Workbook(sheetName));
            Part(zip, "xl/_rels/workbook.xml.rels", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{RelationshipsNs}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{RelationshipsNs}/styles" Target="styles.xml"/></Relationships>
                """);
            Part(zip, "xl/styles.xml", Styles);
            Part(zip, "xl/worksheets/sheet1.xml", Worksheet(table));
        }
        return buffer.ToArray();
    }

    /// <summary>The column letters of a zero-based column index: 0 is A, 25 is Z, 26 is AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static readonly string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
        """;

    // A fills list must start with none and gray125 (§18.8.21), or Excel reports the file as damaged.
    private static readonly string Styles = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="{Main}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """;

    private static string Workbook(string sheetName) => Xml(writer =>
    {
        writer.WriteStartElement("workbook", Main);
        writer.WriteAttributeString("xmlns", "r", null, RelationshipsNs);
        writer.WriteStartElement("sheets", Main);
        writer.WriteStartElement("sheet", Main);
        // Sheet names: at most 31 characters, none of : \ / ? * [ ] (§18.2.19).
        var name = new string(sheetName.Where(c => ":\\/?*[]".IndexOf(c) < 0).Take(31).ToArray());
        writer.WriteAttributeString("name", name.Length > 0 ? name : "Sheet1");
        writer.WriteAttributeString("sheetId", "1");
        writer.WriteAttributeString("id", RelationshipsNs, "rId1");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    private static string Worksheet(ExportTable table) => Xml(writer =>
    {
        writer.WriteStartElement("worksheet", Main);
        writer.WriteStartElement("sheetViews", Main);
        writer.WriteStartElement("sheetView", Main);
        writer.WriteAttributeString("workbookViewId", "0");
        writer.WriteStartElement("pane", Main);
        writer.WriteAttributeString("ySplit", "1");
        writer.WriteAttributeString("topLeftCell", "A2");
        writer.WriteAttributeString("activePane", "bottomLeft");
        writer.WriteAttributeString("state", "frozen");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("sheetData", Main);
        WriteRow(writer, 1, table.Headers.Cast<object?>().ToList(), style: 1);
        for (var i = 0; i < table.Rows.Count; i++) WriteRow(writer, i + 2, table.Rows[i], style: 0);
        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    private static void WriteRow(XmlWriter writer, int number, IReadOnlyList<object?> cells, int style)
    {
        writer.WriteStartElement("row", Main);
        writer.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is null) continue; // an absent cell is an empty one
            writer.WriteStartElement("c", Main);
            writer.WriteAttributeString("r", ColumnName(i) + number.ToString(CultureInfo.InvariantCulture));
            if (style != 0) writer.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
            if (cells[i] is int or long or double or decimal)
            {
                writer.WriteElementString("v", Main, Convert.ToString(cells[i], CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteAttributeString("t", "inlineStr");
                writer.WriteStartElement("is", Main);
                writer.WriteStartElement("t", Main);
                writer.WriteAttributeString("xml", "space", null, "preserve");
                writer.WriteString(XmlText(Convert.ToString(cells[i], CultureInfo.InvariantCulture) ?? ""));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot carry most control characters at all; they are dropped rather than failing the export.</summary>
    private static string XmlText(string text) =>
        text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) ? new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray()) : text;

    private static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, OmitXmlDeclaration = true }))
        {
            write(writer);
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + text;
    }

    /// <summary>
    /// Every part is stamped with the earliest time a zip entry can hold instead of the clock, so the same rows always
    /// give the same bytes: a file from the API and one from the <c>export</c> command can be compared, and re-exports diffed.
    /// </summary>
    private static readonly DateTimeOffset FixedPartTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static void Part(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedPartTime;
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
        stream.Write(bytes);
    }
}
