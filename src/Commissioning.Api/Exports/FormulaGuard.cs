namespace Commissioning.Api.Exports;

/// <summary>
/// Spreadsheet formula injection (CWE-1236): a text cell opened in Excel or LibreOffice that starts with
/// = + - @ (or a tab or CR, which some versions skip before one of those) is run as a formula. Free text such as
/// an action plan's sentence comes from users, so such text gets a leading single quote and is shown, not run.
/// Numbers are written as numbers and are never touched; a negative number is not text.
/// </summary>
public static class FormulaGuard
{
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
