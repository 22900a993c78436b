namespace Commissioning.Api.Exports;

/// <summary>
/// A file format an export is written in: its extension, media type and writer. The HTTP endpoints and the
/// <c>export</c> command both write through these, so the same rows give the same bytes either way.
/// </summary>
public sealed record ExportFormat(string Extension, string MediaType, Func<ExportTable, ExportDefinition, byte[]> Write)
{
    public static readonly ExportFormat Csv = new("csv", ExportEndpointExtensions.CsvMediaType, (table, _) => CsvWriter.Write(table));

    public static readonly ExportFormat Xlsx = new("xlsx", ExportEndpointExtensions.XlsxMediaType, (table, export) => XlsxWriter.Write(table, export.SheetName));

    public static readonly IReadOnlyList<ExportFormat> All = [Csv, Xlsx];

    public static ExportFormat? Find(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension.TrimStart('.'), StringComparison.OrdinalIgnoreCase));
}
