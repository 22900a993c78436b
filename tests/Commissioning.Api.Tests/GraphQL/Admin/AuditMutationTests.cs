using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>planAudit and recordAuditOutcome: part 2 of the schedule.</summary>
public sealed class AuditMutationTests : IDisposable
{
    private const string Plan = $$"""
        mutation ($input: PlanAuditInput!) { planAudit(input: $input) { schedule { version } {{AdminWorld.Errors}} } }
        """;

    private const string Outcome = $$"""
        mutation ($input: RecordAuditOutcomeInput!) { recordAuditOutcome(input: $input) { schedule { version } {{AdminWorld.Errors}} } }
        """;

    private readonly AdminWorld _world = new();

    private object NewAudit(string topic = "Supervision audit", string? quarter = null, string? dueDate = null, string? mandatedIssueId = null, int? version = null) => new
    {
        input = new
        {
            scheduleId = _world.ScheduleId, expectedVersion = version ?? _world.Schedule.Version, topic,
            mandatedIssueId, plannedQuarter = quarter ?? AdminWorld.ThisQuarter.ToString(),
            dueDate = dueDate ?? AdminWorld.ThisQuarter.End.ToString("yyyy-MM-dd"),
        },
    };

    private object Report(string level = "LIMITED", string? findings = "Two files lacked references", string? auditId = null, int? version = null) => new
    {
        input = new
        {
            scheduleId = _world.ScheduleId, expectedVersion = version ?? _world.Schedule.Version,
            auditId = auditId ?? NodeId.Encode("Audit", _world.Audit.Id), assuranceLevel = level, findings,
        },
    };

    [Fact]
    public async Task Staff_plan_an_audit_covering_a_mandated_issue_and_report_its_outcome()
    {
        var planned = await _world.Succeeds("planAudit", Plan, NewAudit(mandatedIssueId: NodeId.Encode("MandatedIssue", _world.MandatedIssue.Id)), _world.Staff);
        await _world.Succeeds("recordAuditOutcome", Outcome, Report(version: planned.At("schedule", "version").GetInt32()), AdminWorld.QualityTeam);
        using var db = _world.Api.NewContext();
        var audits = db.Schedules.Single(s => s.Id == _world.Schedule.Id).AuditSchedule!.Audits;
        Assert.Contains(audits, a => a.Topic == "Supervision audit" && a.MandatedIssueId == _world.MandatedIssue.Id && a.Status == AuditStatus.Planned);
        var reported = audits.Single(a => a.Id == _world.Audit.Id);
        Assert.Equal((AuditStatus.Reported, AssuranceLevel.Limited), (reported.Status, reported.AssuranceLevel));
        Assert.Equal(AdminWorld.Today, reported.ReportedOn);
    }

    [Fact]
    public async Task Planning_is_refused_with_typed_errors()
    {
        await _world.Refused("planAudit", Plan, NewAudit(), _world.OtherStaff, "NotFoundError");
        await _world.Denied("planAudit", Plan, NewAudit(), AdminWorld.Nurse, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("planAudit", Plan, NewAudit(topic: ""), _world.Staff, "ValidationFailedError");
        await _world.Refused("planAudit", Plan, NewAudit(mandatedIssueId: NodeId.Encode("MandatedIssue", Guid.NewGuid())), _world.Staff, "UnknownMandatedIssueError");
        await _world.Refused("planAudit", Plan, NewAudit(quarter: AdminWorld.ThisQuarter.AddQuarters(8).ToString()), _world.Staff, "DateOutOfRangeError");
        await _world.Refused("planAudit", Plan, NewAudit(version: 0), _world.Staff, "ConcurrencyConflictError");
        await _world.Refused("planAudit", Plan,
            new { input = new { scheduleId = NodeId.Encode("Section11Schedule", Guid.NewGuid()), expectedVersion = 0, topic = "X", plannedQuarter = "2025/26-Q1", dueDate = "2025-06-30" } },
            _world.Staff, "NotFoundError");
    }

    [Fact]
    public async Task Recording_an_outcome_is_refused_with_typed_errors()
    {
        await _world.Refused("recordAuditOutcome", Outcome, Report(findings: null), _world.Staff, "ValidationFailedError");
        await _world.Denied("recordAuditOutcome", Outcome, Report(), AdminWorld.Nurse, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("recordAuditOutcome", Outcome, Report(auditId: NodeId.Encode("Audit", Guid.NewGuid())), _world.Staff, "NotFoundError");
        var version = (await _world.Succeeds("recordAuditOutcome", Outcome, Report(level: "FULL", findings: null), _world.Staff)).At("schedule", "version").GetInt32();
        await _world.Refused("recordAuditOutcome", Outcome, Report(version: version), _world.Staff, "InvalidStateTransitionError");
        await _world.Refused("recordAuditOutcome", Outcome, Report(version: version - 1), _world.Staff, "ConcurrencyConflictError");
    }

    private const string Start = $$"""
        mutation ($input: StartAuditInput!) { startAudit(input: $input) { schedule { version } {{AdminWorld.Errors}} } }
        """;

    private const string Cancel = $$"""
        mutation ($input: CancelAuditInput!) { cancelAudit(input: $input) { schedule { version } {{AdminWorld.Errors}} } }
        """;

    [Fact]
    public async Task A_planned_audit_is_started_once_and_cancelled_with_a_reason()
    {
        var version = (await _world.Succeeds("planAudit", Plan, NewAudit(), _world.Staff)).At("schedule", "version").GetInt32();
        Guid planned;
        using (var db = _world.Api.NewContext())
            planned = db.Schedules.Single(s => s.Id == _world.Schedule.Id).AuditSchedule!.Audits.Single(a => a.Topic == "Supervision audit").Id;
        object Input(int v, string? reason = null) => reason is null
            ? new { input = new { scheduleId = _world.ScheduleId, expectedVersion = v, auditId = NodeId.Encode("Audit", planned) } }
            : new { input = new { scheduleId = _world.ScheduleId, expectedVersion = v, auditId = NodeId.Encode("Audit", planned), reason } };
        await _world.Refused("startAudit", Start, Input(version), _world.OtherStaff, "NotFoundError");
        await _world.Denied("startAudit", Start, Input(version), AdminWorld.Director, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("startAudit", Start, Input(version - 1), _world.Staff, "ConcurrencyConflictError");
        version = (await _world.Succeeds("startAudit", Start, Input(version), _world.Staff)).At("schedule", "version").GetInt32();
        await _world.Refused("startAudit", Start, Input(version), _world.Staff, "InvalidStateTransitionError");
        await _world.Refused("cancelAudit", Cancel, Input(version, reason: " "), _world.Staff, "ValidationFailedError");
        await _world.Succeeds("cancelAudit", Cancel, Input(version, reason: "Auditor on leave; moved to next year"), AdminWorld.QualityTeam);
        using var check = _world.Api.NewContext();
        Assert.Equal(AuditStatus.Cancelled, check.Schedules.Single(s => s.Id == _world.Schedule.Id).AuditSchedule!.Audits.Single(a => a.Id == planned).Status);
    }

    public void Dispose() => _world.Dispose();
}
