using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>DOR 4.17-4.18: the Designated Nurse scrutinises each plan and update; default service level 20 working days.</summary>
public class ScrutinyOverdueTests
{
    private const ExceptionCode Code = ExceptionCode.ScrutinyOverdue;

    [Fact]
    public void A_plan_is_overdue_on_the_first_day_beyond_twenty_working_days()
    {
        // Submitted Wednesday 6 Aug 2025; the 20th working day after it is Wednesday 3 Sep.
        var plan = SubmittedPlan(D(2025, 8, 6));

        Assert.Empty(Run(Code, Plans(plan), D(2025, 9, 3)));
        var line = Single(Run(Code, Plans(plan), D(2025, 9, 4)));

        Assert.Equal(D(2025, 9, 4), line.AroseOn);
        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.ActionPlan, plan.Id), (line.SubjectType, line.SubjectId));
        Assert.Contains("submitted on 6 Aug 2025", line.Message);
    }

    [Fact]
    public void Bank_holidays_are_not_working_days()
    {
        var plan = SubmittedPlan(D(2025, 8, 6));
        var options = new CommissioningOptions { BankHolidays = [D(2025, 8, 25)] };

        Assert.Empty(Run(Code, Plans(plan), D(2025, 9, 4), options));
        Assert.Equal(D(2025, 9, 5), Single(Run(Code, Plans(plan), D(2025, 9, 5), options)).AroseOn);
    }

    [Fact]
    public void When_the_last_day_allowed_is_a_friday_it_arises_on_the_saturday()
    {
        // Friday 8 Aug plus 20 working days is Friday 5 Sep.
        var plan = SubmittedPlan(D(2025, 8, 8));

        Assert.Equal(D(2025, 9, 6), Single(Run(Code, Plans(plan), D(2025, 9, 8))).AroseOn);
    }

    [Fact]
    public void The_service_level_is_configuration()
    {
        var plan = SubmittedPlan(D(2025, 8, 6));

        Assert.Equal(D(2025, 8, 8), Single(Run(Code, Plans(plan), D(2025, 8, 8), new CommissioningOptions { ScrutinyServiceLevelWorkingDays = 1 })).AroseOn);
    }

    [Fact]
    public void A_scrutinised_plan_is_not_waiting()
    {
        var plan = SubmittedPlan(D(2025, 8, 6));
        Scrutinise(plan, ScrutinyOutcome.Accepted, D(2025, 9, 10));

        Assert.Single(Run(Code, Plans(plan), D(2025, 9, 9)));
        Assert.Empty(Run(Code, Plans(plan), D(2025, 9, 10)));
    }

    [Fact]
    public void An_unscrutinised_update_is_overdue_the_same_way()
    {
        var plan = SubmittedPlan(D(2025, 8, 5));
        Scrutinise(plan, ScrutinyOutcome.Accepted, D(2025, 8, 6));
        // Wednesday 8 Oct plus 20 working days is Wednesday 5 Nov.
        var update = Update(plan, Q2, D(2025, 10, 8));

        Assert.Empty(Run(Code, Plans(plan), D(2025, 11, 5)));
        var line = Single(Run(Code, Plans(plan), D(2025, 11, 6)));

        Assert.Equal((ExceptionSubjects.ProgressUpdate, update.Id), (line.SubjectType, line.SubjectId));
        Assert.Equal(D(2025, 11, 6), line.AroseOn);
        Assert.Contains("2025/26-Q2 progress update", line.Message);
    }

    [Fact]
    public void A_scrutinised_update_is_not_waiting_until_it_is_corrected()
    {
        var plan = SubmittedPlan(D(2025, 8, 5));
        Scrutinise(plan, ScrutinyOutcome.Accepted, D(2025, 8, 6));
        var update = Update(plan, Q2, D(2025, 10, 8));
        Ok(plan.ScrutiniseUpdate(Nurse, update.Id, ScrutinyOutcome.Noted, "Fine", D(2025, 11, 7), At(2025, 11, 7)).AsResult());
        Assert.Single(Run(Code, Plans(plan), D(2025, 11, 6)));
        Assert.Empty(Run(Code, Plans(plan), D(2025, 11, 7)));

        var correction = Update(plan, Q2, D(2025, 11, 10));

        var line = Single(Run(Code, Plans(plan), D(2026, 1, 5)));
        Assert.Equal(correction.Id, line.SubjectId);
        Assert.Contains("revision 2", line.Message);
    }
}
