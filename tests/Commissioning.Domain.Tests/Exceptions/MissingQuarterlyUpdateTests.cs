using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>DOR 4.18: at least four updates a year, one per closed quarter, due 15 days after it ends by default.</summary>
public class MissingQuarterlyUpdateTests
{
    private const ExceptionCode Code = ExceptionCode.MissingQuarterlyUpdate;

    [Fact]
    public void Arises_the_day_after_the_quarters_due_day()
    {
        // Raised in Q2 (ends 30 Sep), so its Q2 update is due by 15 Oct.
        var plan = SubmittedPlan(D(2025, 8, 5));

        Assert.Empty(Run(Code, Plans(plan), D(2025, 10, 15)));
        var line = Single(Run(Code, Plans(plan), D(2025, 10, 16)));

        Assert.Equal(D(2025, 10, 16), line.AroseOn);
        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.ActionPlan, plan.Id), (line.SubjectType, line.SubjectId));
        Assert.Contains("2025/26-Q2", line.Message);
        Assert.Contains("15 Oct 2025", line.Message);
        Assert.Contains("Poole Hospital", line.Message);
    }

    [Fact]
    public void An_update_for_the_quarter_clears_it()
    {
        var plan = SubmittedPlan(D(2025, 8, 5));
        Update(plan, Q2, D(2025, 10, 10));

        Assert.Empty(Run(Code, Plans(plan), D(2025, 11, 12)));
    }

    [Fact]
    public void Each_missing_quarter_is_its_own_exception()
    {
        var plan = SubmittedPlan(D(2025, 8, 5));

        var lines = Run(Code, Plans(plan), D(2026, 1, 16));

        Assert.Equal([D(2025, 10, 16), D(2026, 1, 16)], lines.Select(l => l.AroseOn));
    }

    [Fact]
    public void The_due_day_is_configuration()
    {
        var plan = SubmittedPlan(D(2025, 8, 5));
        var options = new CommissioningOptions { UpdateDueDaysAfterQuarterEnd = 30 };

        Assert.Empty(Run(Code, Plans(plan), D(2025, 10, 30), options));
        Assert.Equal(D(2025, 10, 31), Single(Run(Code, Plans(plan), D(2025, 10, 31), options)).AroseOn);
    }

    [Fact]
    public void A_draft_owes_no_update_and_a_late_submission_starts_the_clock()
    {
        var clock = At(2025, 8, 5);
        var plan = DraftPlan(clock);
        Assert.Empty(Run(Code, Plans(plan), D(2025, 11, 12)));

        Ok(plan.AppointAccountableManager(People.ProviderStaff, "Alex Senior", "Director of Nursing"));
        clock.Today = D(2025, 11, 3);
        Ok(plan.Submit(People.ProviderStaff, clock));

        Assert.Empty(Run(Code, Plans(plan), D(2025, 11, 2)));
        var line = Single(Run(Code, Plans(plan), D(2025, 11, 12)));
        Assert.Equal(D(2025, 11, 3), line.AroseOn);
        Assert.Equal(9, line.DaysOutstanding);
    }
}
