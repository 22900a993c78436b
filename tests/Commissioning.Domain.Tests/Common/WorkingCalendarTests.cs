using Commissioning.Domain.Common;
using FsCheck.Xunit;

namespace Commissioning.Domain.Tests.Common;

public class WorkingCalendarTests
{
    // England and Wales, Christmas 2025: Thu 25 and Fri 26 December.
    private static readonly WorkingCalendar Calendar = new([new DateOnly(2025, 12, 25), new DateOnly(2025, 12, 26)]);

    [Fact]
    public void Skips_weekends()
    {
        var friday = new DateOnly(2025, 10, 3);

        Assert.Equal(new DateOnly(2025, 10, 6), Calendar.AddWorkingDays(friday, 1));
        Assert.Equal(new DateOnly(2025, 10, 10), Calendar.AddWorkingDays(friday, 5));
        Assert.Equal(friday, Calendar.AddWorkingDays(new DateOnly(2025, 10, 6), -1));
    }

    [Fact]
    public void Skips_configured_bank_holidays()
    {
        var wednesday = new DateOnly(2025, 12, 24);

        Assert.Equal(new DateOnly(2025, 12, 29), Calendar.AddWorkingDays(wednesday, 1));
        Assert.Equal(1, Calendar.WorkingDaysBetween(wednesday, new DateOnly(2025, 12, 29)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 12, 25)));
        Assert.True(new WorkingCalendar().IsWorkingDay(new DateOnly(2025, 12, 25)));
    }

    [Fact]
    public void Twenty_working_days_is_four_weeks_without_holidays()
    {
        var submitted = new DateOnly(2025, 10, 1);

        Assert.Equal(new DateOnly(2025, 10, 29), new WorkingCalendar().AddWorkingDays(submitted, 20));
    }

    [Fact]
    public void Reads_bank_holidays_from_options()
    {
        var options = new CommissioningOptions { BankHolidays = [new DateOnly(2026, 5, 4)] };

        Assert.False(new WorkingCalendar(options).IsWorkingDay(new DateOnly(2026, 5, 4)));
    }

    [Fact]
    public void Between_is_negative_backwards_and_zero_on_the_same_day()
    {
        var monday = new DateOnly(2025, 10, 6);

        Assert.Equal(0, Calendar.WorkingDaysBetween(monday, monday));
        Assert.Equal(-5, Calendar.WorkingDaysBetween(monday.AddDays(7), monday));
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2025, 10, 4), new DateOnly(2025, 10, 5)));
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Between_undoes_add(DateOnly start, byte days) =>
        Calendar.WorkingDaysBetween(start, Calendar.AddWorkingDays(start, days)) == days;

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Adding_working_days_lands_on_a_working_day(DateOnly start, byte days) =>
        days == 0 || Calendar.IsWorkingDay(Calendar.AddWorkingDays(start, days));
}
