using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Schedules;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>DOR 4.1 part 2: audits planned in the schedule report an outcome by their due date.</summary>
public class AuditOverdueTests
{
    private const ExceptionCode Code = ExceptionCode.AuditOverdue;

    private static (Domain.Contracts.Contract Contract, Section11Schedule Schedule, Audit Audit) Planned(DateOnly? contractEnd = null)
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1), contractEnd);
        var audit = schedule.PlanAudit(Guid.NewGuid(), "Record keeping", null, Q2, D(2025, 9, 30), Actors.StaffOf(Poole.Id)).Value;
        return (contract, schedule, audit);
    }

    [Fact]
    public void Arises_the_day_after_the_due_date()
    {
        var (contract, _, audit) = Planned();

        Assert.Empty(Run(Code, WithContracts(contract), D(2025, 9, 30)));
        var line = Single(Run(Code, WithContracts(contract), D(2025, 10, 1)));

        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.Audit, audit.Id), (line.SubjectType, line.SubjectId));
        Assert.Contains("\"Record keeping\"", line.Message);
        Assert.Contains("30 Sep 2025", line.Message);
        Assert.Contains("still planned", line.Message);
    }

    [Fact]
    public void An_audit_in_progress_is_still_overdue()
    {
        var (contract, schedule, audit) = Planned();
        Ok(schedule.StartAudit(audit.Id, Actors.StaffOf(Poole.Id)));

        Assert.Contains("still in progress", Single(Run(Code, WithContracts(contract), D(2025, 10, 1))).Message);
    }

    [Fact]
    public void Reported_and_cancelled_audits_are_not_overdue()
    {
        var (contract, schedule, audit) = Planned();
        var staff = Actors.StaffOf(Poole.Id);
        var other = schedule.PlanAudit(Guid.NewGuid(), "Supervision", null, Q2, D(2025, 9, 30), staff).Value;
        Ok(schedule.StartAudit(audit.Id, staff));
        Ok(schedule.ReportAudit(audit.Id, AssuranceLevel.Full, null, staff, At(2025, 9, 20)));
        Ok(schedule.CancelAudit(other.Id, "Merged with record keeping", staff));

        Assert.Empty(Run(Code, WithContracts(contract), D(2025, 11, 12)));
    }

    [Fact]
    public void A_late_outcome_clears_it_from_the_day_it_is_reported()
    {
        var (contract, schedule, audit) = Planned();
        var staff = Actors.StaffOf(Poole.Id);
        Ok(schedule.StartAudit(audit.Id, staff));
        Ok(schedule.ReportAudit(audit.Id, AssuranceLevel.Significant, "Minor gaps", staff, At(2025, 10, 10)));

        Assert.Contains("had no outcome on 9 Oct 2025", Single(Run(Code, WithContracts(contract), D(2025, 10, 9))).Message);
        Assert.Empty(Run(Code, WithContracts(contract), D(2025, 10, 10)));
    }

    [Fact]
    public void Audits_of_an_ended_contract_are_no_longer_monitored()
    {
        var (contract, _, _) = Planned(contractEnd: D(2025, 10, 31));

        Assert.Single(Run(Code, WithContracts(contract), D(2025, 10, 31)));
        Assert.Empty(Run(Code, WithContracts(contract), D(2025, 11, 1)));
    }
}
