namespace Commissioning.Domain.Common;

/// <summary>
/// Working days: Monday to Friday, less configured bank holidays. Service levels such as
/// "scrutiny within 20 working days" count these, not calendar days.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public WorkingCalendar(IEnumerable<DateOnly>? bankHolidays = null) => _holidays = [.. bankHolidays ?? []];

    public WorkingCalendar(CommissioningOptions options) : this(options.BankHolidays) { }

    public IReadOnlyCollection<DateOnly> BankHolidays => _holidays;

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/>
    /// (before it when negative). The start itself is not counted, so a submission on Friday
    /// with one working day allowed is due on Monday. Zero returns the start unchanged.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var step = workingDays >= 0 ? 1 : -1;
        var remaining = Math.Abs(workingDays);
        var date = start;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }
        return date;
    }

    /// <summary>
    /// Working days in (<paramref name="start"/>, <paramref name="end"/>]: the inverse of
    /// <see cref="AddWorkingDays"/>. Negative when <paramref name="end"/> is before the start.
    /// </summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            return -WorkingDaysBetween(end, start);
        }
        var days = end.DayNumber - start.DayNumber;
        // Whole weeks hold five weekdays each; only the remainder needs walking.
        var count = days / 7 * 5;
        for (var d = start.AddDays(days / 7 * 7 + 1); d <= end; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }
        foreach (var holiday in _holidays)
        {
            if (holiday > start && holiday <= end && holiday.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count--;
            }
        }
        return count;
    }
}
