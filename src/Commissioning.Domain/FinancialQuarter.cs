using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Commissioning.Domain;

/// <summary>
/// A quarter of the NHS financial year, which runs April to March: Q1 Apr-Jun, Q2 Jul-Sep,
/// Q3 Oct-Dec, Q4 Jan-Mar. Written <c>2025/26-Q3</c> (1 Oct - 31 Dec 2025). Providers report
/// progress and indicators per quarter (DOR 4.18), so this is the domain's unit of time.
/// </summary>
/// <remarks>
/// Stored as a count of quarters since <see cref="MinYear"/> Q1, so <c>default</c> is a valid
/// quarter rather than a "Q0" that every member would have to guard against.
/// </remarks>
public readonly struct FinancialQuarter :
    IEquatable<FinancialQuarter>, IComparable<FinancialQuarter>, IComparable, IParsable<FinancialQuarter>
{
    /// <summary>The first financial year representable (four-digit years only).</summary>
    public const int MinYear = 1000;

    /// <summary>The last: its Q4 ends on 31 March 9999, the last month <see cref="DateOnly"/> holds.</summary>
    public const int MaxYear = 9998;

    private readonly int _offset;

    private FinancialQuarter(int offset) => _offset = offset;

    /// <param name="year">The calendar year in which the financial year starts (2025 for 2025/26).</param>
    /// <param name="quarter">1 to 4.</param>
    public FinancialQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        _offset = (year - MinYear) * 4 + quarter - 1;
    }

    public static FinancialQuarter MinValue => new(0);

    public static FinancialQuarter MaxValue => new(MaxYear, 4);

    /// <summary>The calendar year in which this financial year starts: 2025 for 2025/26.</summary>
    public int Year => MinYear + _offset / 4;

    /// <summary>1 to 4.</summary>
    public int Quarter => _offset % 4 + 1;

    /// <summary>
    /// A monotonic number (Year * 4 + Quarter - 1): consecutive quarters differ by one, so
    /// it sorts and subtracts correctly where a database stores it as an integer.
    /// </summary>
    public int Ordinal => Year * 4 + Quarter - 1;

    /// <summary>The financial year label, e.g. <c>2025/26</c>.</summary>
    public string FinancialYear => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}/{(Year + 1) % 100:D2}");

    /// <summary>First day of the quarter.</summary>
    public DateOnly Start => Quarter == 4 ? new DateOnly(Year + 1, 1, 1) : new DateOnly(Year, Quarter * 3 + 1, 1);

    /// <summary>Last day of the quarter (inclusive).</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public static FinancialQuarter FromOrdinal(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, MinValue.Ordinal);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ordinal, MaxValue.Ordinal);
        return new FinancialQuarter(ordinal - MinValue.Ordinal);
    }

    /// <summary>The quarter containing <paramref name="date"/>.</summary>
    public static FinancialQuarter FromDate(DateOnly date)
    {
        // Shifting back three months maps April..March onto January..December of the start year.
        var monthsIntoYear = date.Month - 4;
        var year = monthsIntoYear < 0 ? date.Year - 1 : date.Year;
        var quarter = (monthsIntoYear + 12) % 12 / 3 + 1;
        return new FinancialQuarter(year, quarter);
    }

    public static bool TryFromDate(DateOnly date, out FinancialQuarter quarter)
    {
        var year = date.Month < 4 ? date.Year - 1 : date.Year;
        if (year < MinYear || year > MaxYear)
        {
            quarter = default;
            return false;
        }
        quarter = FromDate(date);
        return true;
    }

    public FinancialQuarter Next() => AddQuarters(1);

    public FinancialQuarter Previous() => AddQuarters(-1);

    public FinancialQuarter AddQuarters(int quarters)
    {
        var offset = (long)_offset + quarters;
        if (offset < 0 || offset > MaxValue._offset)
        {
            throw new ArgumentOutOfRangeException(nameof(quarters), quarters, $"{this} + {quarters} quarters is outside {MinValue}..{MaxValue}.");
        }
        return new FinancialQuarter((int)offset);
    }

    /// <summary>How many quarters from this one to <paramref name="other"/> (negative if earlier).</summary>
    public int QuartersUntil(FinancialQuarter other) => other._offset - _offset;

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>A quarter is closed once its last day has passed: updates and returns become due.</summary>
    public bool IsClosedOn(DateOnly date) => date > End;

    /// <summary>The day something about this quarter is due, <paramref name="daysAfterEnd"/> days after it ends.</summary>
    public DateOnly DueDate(int daysAfterEnd) => End.AddDays(daysAfterEnd);

    /// <summary>Every quarter from <paramref name="first"/> to <paramref name="last"/> inclusive; empty if last is earlier.</summary>
    public static IEnumerable<FinancialQuarter> Range(FinancialQuarter first, FinancialQuarter last)
    {
        for (var offset = first._offset; offset <= last._offset; offset++)
        {
            yield return new FinancialQuarter(offset);
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FinancialYear}-Q{Quarter}");

    public static FinancialQuarter Parse(string s) =>
        TryParse(s, out var quarter)
            ? quarter
            : throw new FormatException($"'{s}' is not a financial quarter; expected the form 2025/26-Q3.");

    public static FinancialQuarter Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>
    /// Accepts exactly <c>YYYY/YY-QN</c> where YY is the year after YYYY (so <c>1999/00</c>
    /// and <c>2099/00</c> are valid, <c>2025/27</c> is not) and N is 1 to 4.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out FinancialQuarter result)
    {
        result = default;
        if (s is null || s.Length != 10 || s[4] != '/' || s[7] != '-' || s[8] != 'Q')
        {
            return false;
        }
        if (!TryDigits(s.AsSpan(0, 4), out var year) || !TryDigits(s.AsSpan(5, 2), out var endYear) || !TryDigits(s.AsSpan(9, 1), out var quarter))
        {
            return false;
        }
        if (year < MinYear || year > MaxYear || quarter is < 1 or > 4 || endYear != (year + 1) % 100)
        {
            return false;
        }
        result = new FinancialQuarter(year, quarter);
        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FinancialQuarter result) =>
        TryParse(s, out result);

    private static bool TryDigits(ReadOnlySpan<char> span, out int value)
    {
        value = 0;
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }

    public bool Equals(FinancialQuarter other) => _offset == other._offset;

    public override bool Equals(object? obj) => obj is FinancialQuarter other && Equals(other);

    public override int GetHashCode() => _offset;

    public int CompareTo(FinancialQuarter other) => _offset.CompareTo(other._offset);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        FinancialQuarter other => CompareTo(other),
        _ => throw new ArgumentException("Can only compare with another FinancialQuarter.", nameof(obj)),
    };

    public static bool operator ==(FinancialQuarter left, FinancialQuarter right) => left.Equals(right);

    public static bool operator !=(FinancialQuarter left, FinancialQuarter right) => !left.Equals(right);

    public static bool operator <(FinancialQuarter left, FinancialQuarter right) => left._offset < right._offset;

    public static bool operator <=(FinancialQuarter left, FinancialQuarter right) => left._offset <= right._offset;

    public static bool operator >(FinancialQuarter left, FinancialQuarter right) => left._offset > right._offset;

    public static bool operator >=(FinancialQuarter left, FinancialQuarter right) => left._offset >= right._offset;
}
