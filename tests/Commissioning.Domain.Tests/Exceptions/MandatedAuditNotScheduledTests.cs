using Commissioning.Domain.Exceptions;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>DOR 4.1 part 2: the 12-month audit schedule covers every issue the commissioner mandates.</summary>
public class MandatedAuditNotScheduledTests
{
    private const ExceptionCode Code = ExceptionCode.MandatedAuditNotScheduled;

    [Fact]
    public void Arises_the_day_the_schedule_period_starts()
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1), auditPeriodStart: D(2025, 6, 1));
        var issue = schedule.AddMandatedIssue(Guid.NewGuid(), "Safer recruitment", null, Actors.QualityTeam).Value;

        Assert.Empty(Run(Code, WithContracts(contract), D(2025, 5, 31)));
        var line = Single(Run(Code, WithContracts(contract), D(2025, 6, 1)));

        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.MandatedIssue, issue.Id), (line.SubjectType, line.SubjectId));
        Assert.Contains("\"Safer recruitment\"", line.Message);
        Assert.Contains("1 Jun 2025 to 31 May 2026", line.Message);
    }

    [Fact]
    public void An_audit_covering_the_issue_clears_it_unless_cancelled()
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        var issue = schedule.AddMandatedIssue(Guid.NewGuid(), "Safer recruitment", null, Actors.QualityTeam).Value;
        var audit = schedule.PlanAudit(Guid.NewGuid(), "DBS sample", issue.Id, Q3, D(2025, 12, 31), Actors.StaffOf(Poole.Id)).Value;
        Assert.Empty(Run(Code, WithContracts(contract), D(2025, 11, 12)));

        Ok(schedule.CancelAudit(audit.Id, "Auditor left", Actors.StaffOf(Poole.Id)));

        Assert.Single(Run(Code, WithContracts(contract), D(2025, 11, 12)));
    }

    [Fact]
    public void Not_reported_once_the_schedule_period_is_over()
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        schedule.AddMandatedIssue(Guid.NewGuid(), "Safer recruitment", null, Actors.QualityTeam).AsResult().AssertOk();

        Assert.Single(Run(Code, WithContracts(contract), D(2026, 3, 31)));
        Assert.Empty(Run(Code, WithContracts(contract), D(2026, 4, 1)));
    }
}
