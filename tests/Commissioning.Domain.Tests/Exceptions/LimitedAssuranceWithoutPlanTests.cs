using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Schedules;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Exceptions;

public class LimitedAssuranceWithoutPlanTests
{
    private const ExceptionCode Code = ExceptionCode.LimitedAssuranceWithoutPlan;

    private static (Domain.Contracts.Contract Contract, Section11Schedule Schedule, Audit Audit) Reported(AssuranceLevel level, DateOnly on)
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        var staff = Actors.StaffOf(Poole.Id);
        var audit = schedule.PlanAudit(Guid.NewGuid(), "Record keeping", null, Q2, D(2025, 9, 30), staff).Value;
        Ok(schedule.StartAudit(audit.Id, staff));
        Ok(schedule.ReportAudit(audit.Id, level, "Chronologies missing in 4 of 10 records", staff, new Domain.Common.FixedClock(on)));
        return (contract, schedule, audit);
    }

    [Fact]
    public void Arises_the_day_a_limited_outcome_is_reported()
    {
        var (contract, _, audit) = Reported(AssuranceLevel.Limited, D(2025, 9, 25));

        Assert.Empty(Run(Code, WithContracts(contract), D(2025, 9, 24)));
        var line = Single(Run(Code, WithContracts(contract), D(2025, 9, 25)));

        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.Audit, audit.Id), (line.SubjectType, line.SubjectId));
        Assert.Contains("limited assurance on 25 Sep 2025", line.Message);
    }

    [Fact]
    public void No_assurance_counts_too_but_significant_does_not()
    {
        Assert.Single(Run(Code, WithContracts(Reported(AssuranceLevel.None, D(2025, 9, 25)).Contract), D(2025, 10, 1)));
        Assert.Empty(Run(Code, WithContracts(Reported(AssuranceLevel.Significant, D(2025, 9, 25)).Contract), D(2025, 10, 1)));
    }

    [Fact]
    public void A_linked_plan_clears_it()
    {
        var (contract, schedule, audit) = Reported(AssuranceLevel.Limited, D(2025, 9, 25));
        Ok(schedule.LinkActionPlanToAudit(audit.Id, Guid.NewGuid(), Actors.QualityTeam));

        Assert.Empty(Run(Code, WithContracts(contract), D(2025, 10, 1)));
    }

    [Fact]
    public void A_plan_raised_from_the_audit_clears_it_before_it_is_linked()
    {
        var (contract, _, audit) = Reported(AssuranceLevel.Limited, D(2025, 9, 25));
        var plan = ActionPlan.Raise(ProviderStaff, ProviderA, ActionPlanSource.AuditFinding, audit.Id, "Record keeping plan", D(2025, 9, 26), [DorsetLscb], At(2025, 9, 26)).Value;

        Assert.Empty(Run(Code, new ExceptionSnapshot { Providers = [Poole], Contracts = [contract], ActionPlans = [plan] }, D(2025, 10, 1)));
    }
}
