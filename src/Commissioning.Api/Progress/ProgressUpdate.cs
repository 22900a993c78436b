using System.Globalization;
using System.Text;

namespace Commissioning.Api.Progress;

/// <summary>
/// How far one piece of long work (seeding, an export) has got: what is counted, how many of how many, the rows
/// behind them, and how long it has taken so far. The rate and the time left are worked out from these, so a live
/// terminal line, a CI log line and the server's log all say the same thing.
/// </summary>
/// <param name="Activity">What is being done, as a log line starts: "Demo data", "exceptions export".</param>
/// <param name="Done">How many units are done.</param>
/// <param name="Total">How many there will be, when known (a percentage and time left need it).</param>
/// <param name="Unit">What <paramref name="Done"/> counts, read after the numbers: "providers saved", "rows".</param>
/// <param name="Rows">Rows written or read so far, for the rate; 0 when the work does not count rows.</param>
/// <param name="Detail">Anything else worth showing, such as "3 pages"; null for nothing.</param>
/// <param name="Finished">Whether this is the last update of the work.</param>
public sealed record ProgressUpdate(string Activity, long Done, long? Total, string Unit, long Rows, TimeSpan Elapsed, string? Detail, bool Finished)
{
    /// <summary>Done as a share of the total (0 to 1), or null when the total is not known.</summary>
    public double? Fraction => Total is > 0 and var total ? Math.Min(1, (double)Done / total) : Total == 0 ? 1 : null;

    /// <summary>Rows per second so far, or null before there is anything to divide.</summary>
    public double? RowsPerSecond => Rows > 0 && Elapsed > TimeSpan.Zero ? Rows / Elapsed.TotalSeconds : null;

    /// <summary>
    /// The time left if the rest goes at the average pace so far; null when finished or when there is no pace yet.
    /// Seeding and paging do about the same work per unit, so the average is a fair guess and steadier than the
    /// latest batch's pace.
    /// </summary>
    public TimeSpan? Remaining => !Finished && Fraction is > 0 and < 1 and var fraction
        ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (1 - fraction) / fraction)
        : null;

    /// <summary>
    /// One line of text, e.g. <c>Demo data: 1,250 of 5,000 providers saved (25%), 312,400 rows, 14,800 rows/s, about 3m 12s left</c>.
    /// </summary>
    public string Describe()
    {
        var text = new StringBuilder(Activity).Append(": ").Append(Number(Done));
        if (Total is { } total) text.Append(" of ").Append(Number(total));
        text.Append(' ').Append(Unit);
        if (Fraction is { } fraction) text.Append(" (").Append(Math.Floor(fraction * 100).ToString("0", CultureInfo.InvariantCulture)).Append("%)");
        if (Detail is { Length: > 0 }) text.Append(", ").Append(Detail);
        if (Rows > 0 && Unit != "rows") text.Append(", ").Append(Number(Rows)).Append(" rows");
        if (RowsPerSecond is { } rate) text.Append(", ").Append(Number((long)Math.Round(rate))).Append(" rows/s");
        if (Finished) text.Append(", done in ").Append(Duration(Elapsed));
        else if (Remaining is { } remaining) text.Append(", about ").Append(Duration(remaining)).Append(" left");
        return text.ToString();
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>45s, 3m 12s, 1h 04m: as precise as a person waiting needs.</summary>
    public static string Duration(TimeSpan span)
    {
        var seconds = (long)Math.Ceiling(span.TotalSeconds);
        if (seconds < 60) return $"{seconds}s";
        if (seconds < 3600) return $"{seconds / 60}m {seconds % 60:00}s";
        return $"{seconds / 3600}h {seconds / 60 % 60:00}m";
    }
}
