using Commissioning.Domain.Common;

namespace Commissioning.Domain.Tests.Common;

public class ClockAndOptionsTests
{
    [Fact]
    public void Fixed_clock_says_what_it_is_told()
    {
        var clock = new FixedClock(2025, 10, 1);

        clock.AdvanceDays(3);
        Assert.Equal(new DateOnly(2025, 10, 4), clock.Today);

        clock.Today = new DateOnly(2026, 1, 16);
        Assert.Equal(new DateOnly(2026, 1, 16), clock.Today);
        Assert.Equal(2026, clock.Now.Year);
    }

    [Fact]
    public void Defaults_are_the_ones_domain_md_names()
    {
        var options = new CommissioningOptions();

        Assert.Equal(15, options.UpdateDueDaysAfterQuarterEnd);
        Assert.Equal(15, options.IndicatorReturnDueDaysAfterQuarterEnd);
        Assert.Equal(20, options.ScrutinyServiceLevelWorkingDays);
        Assert.Equal(4, options.ScrCompletionMonths);
        Assert.Equal(12, options.AuditScheduleHorizonMonths);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Every_exception_code_has_a_severity_and_overrides_win()
    {
        var options = new CommissioningOptions();
        Assert.Equal(14, options.ExceptionSeverities.Count);
        Assert.Equal(Severity.High, options.SeverityOf("OVERDUE_ACTION"));
        Assert.Equal(Severity.Medium, options.SeverityOf("SOMETHING_NEW"));

        options.ExceptionSeverities["OVERDUE_ACTION"] = Severity.Low;
        Assert.Equal(Severity.Low, options.SeverityOf("OVERDUE_ACTION"));
    }

    [Fact]
    public void Nonsense_settings_are_reported()
    {
        var options = new CommissioningOptions { ScrutinyServiceLevelWorkingDays = 0, UpdateDueDaysAfterQuarterEnd = -1, AmberTolerance = -1 };

        Assert.Equal(
            ["UpdateDueDaysAfterQuarterEnd", "ScrutinyServiceLevelWorkingDays", "AmberTolerance"],
            options.Validate().Select(e => e.Field));
    }
}
