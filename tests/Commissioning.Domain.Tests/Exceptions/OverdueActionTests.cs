using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;

namespace Commissioning.Domain.Tests.Exceptions;

public class OverdueActionTests
{
    private const ExceptionCode Code = ExceptionCode.OverdueAction;

    [Fact]
    public void An_incomplete_action_is_overdue_from_the_day_after_its_due_date()
    {
        var plan = SubmittedPlan(D(2025, 8, 5), actionDue: D(2025, 9, 30));

        Assert.Empty(Run(Code, Plans(plan), D(2025, 9, 30)));
        var line = Single(Run(Code, Plans(plan), D(2025, 10, 1)));

        Assert.Equal(D(2025, 10, 1), line.AroseOn);
        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal(ExceptionSubjects.PlanAction, line.SubjectType);
        Assert.Equal(plan.Actions[0].Id, line.SubjectId);
        Assert.Equal(Poole.Id, line.ProviderId);
        Assert.Equal(Severity.High, line.Severity);
        Assert.Contains("Poole Hospital", line.Message);
        Assert.Contains("Refresh level 3 training", line.Message);
        Assert.Contains("30 Sep 2025", line.Message);
    }

    [Fact]
    public void Days_outstanding_count_calendar_days_since_it_arose()
    {
        var plan = SubmittedPlan(D(2025, 8, 5), actionDue: D(2025, 9, 30));

        Assert.Equal(42, Single(Run(Code, Plans(plan), D(2025, 11, 12))).DaysOutstanding);
    }

    [Fact]
    public void A_completed_action_is_not_overdue()
    {
        var plan = SubmittedPlan(D(2025, 8, 5), actionDue: D(2025, 9, 30));
        Update(plan, Q2, D(2025, 10, 5), ActionStatus.Complete);

        // Completed late: overdue until the day it was done.
        Assert.Single(Run(Code, Plans(plan), D(2025, 10, 4)));
        Assert.Empty(Run(Code, Plans(plan), D(2025, 10, 5)));
        Assert.Empty(Run(Code, Plans(plan), D(2025, 11, 12)));
    }

    [Fact]
    public void A_draft_plans_actions_are_not_yet_monitored()
    {
        var plan = DraftPlan(At(2025, 8, 5), actionDue: D(2025, 9, 30));

        Assert.Empty(Run(Code, Plans(plan), D(2025, 11, 12)));
    }
}
