namespace Commissioning.Api.Exports;

/// <summary>
/// A rectangular result ready for a file: a header row and data rows whose cells are text, numbers or empty.
/// Numbers stay numbers so a spreadsheet can sum and sort them.
/// </summary>
public sealed record ExportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
