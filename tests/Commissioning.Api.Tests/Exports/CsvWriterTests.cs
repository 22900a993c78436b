using Commissioning.Api.Exports;

namespace Commissioning.Api.Tests.Exports;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+44 1234", "'+44 1234")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("Zoë's plan", "Zoë's plan")]
    public void Text_fields_are_quoted_as_RFC_4180_says_and_guarded_against_formulas(string value, string field) =>
        Assert.Equal(field, CsvWriter.Field(value));

    [Fact]
    public void Numbers_are_written_as_numbers_even_when_negative()
    {
        Assert.Equal("-3", CsvWriter.Field(-3));
        Assert.Equal("", CsvWriter.Field(null));
    }

    [Fact]
    public void A_table_reads_back_with_its_header_and_every_awkward_field_intact()
    {
        var table = new ExportTable(["Name", "Note", "Days"], [["Smith, \"Jones\"", "line one\nline two", 4], ["Zoë", null, 0]]);

        var rows = ExportFiles.ReadCsv(CsvWriter.Write(table));

        Assert.Equal([["Name", "Note", "Days"], ["Smith, \"Jones\"", "line one\nline two", "4"], ["Zoë", "", "0"]], rows);
    }

    [Fact]
    public void A_workbook_reads_back_with_the_same_cells()
    {
        var table = new ExportTable(["Name", "Days"], [["Smith & <Jones>", 4], ["=cmd", 12]]);

        var rows = ExportFiles.ReadXlsx(XlsxWriter.Write(table, "Sheet/with:bad*chars"));

        Assert.Equal([["Name", "Days"], ["Smith & <Jones>", "4"], ["=cmd", "12"]], rows);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_lettered_as_spreadsheets_letter_them(int index, string name) =>
        Assert.Equal(name, XlsxWriter.ColumnName(index));
}
