using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Incidents;
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
    public void A_late_update_clears_it_from_the_day_it_was_submitted()
    {
        var plan = SubmittedPlan(D(2025, 8, 5));
        Update(plan, Q2, D(2025, 10, 20));

        Assert.Equal(3, Single(Run(Code, Plans(plan), D(2025, 10, 19))).DaysOutstanding);
        Assert.Empty(Run(Code, Plans(plan), D(2025, 10, 20)));
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

    [Fact]
    public void The_sentence_names_the_incident_by_its_reference_never_its_summary()
    {
        var clock = At(2025, 8, 5);
        var incident = Incident.Record(People.ProviderStaff, People.ProviderA, IncidentType.Sui, D(2025, 7, 30), "StEIS 2025/18832", "Child X, sensitive detail", clock).Value;
        var plan = ActionPlan.Raise(People.ProviderStaff, People.ProviderA, ActionPlanSource.Sui, incident.Id, "SUI plan", D(2025, 8, 1), [People.DorsetLscb], clock).Value;
        Ok(plan.AppointAccountableManager(People.ProviderStaff, "Alex Senior", "Director of Nursing"));
        Ok(plan.AddAction(People.ProviderStaff, new PlanActionDetails("Train", "Lead", D(2026, 3, 31), "Trained", "Records", ActionCategory.Training)).AsResult());
        Ok(plan.Submit(People.ProviderStaff, clock));

        var message = Single(Run(Code, new ExceptionSnapshot { Providers = [Poole], ActionPlans = [plan], Incidents = [incident] }, D(2025, 10, 16))).Message;

        Assert.Contains("action plan \"SUI plan\" (incident StEIS 2025/18832)", message);
        Assert.DoesNotContain("Child X", message);
    }
}
