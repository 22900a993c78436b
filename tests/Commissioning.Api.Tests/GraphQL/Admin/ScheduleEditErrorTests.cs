using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>
/// The errors every schedule edit shares: an unknown schedule, a stale version and a caller without the
/// right; and the audit-schedule parts that need an audit schedule first.
/// </summary>
public sealed class ScheduleEditErrorTests : IDisposable
{
    private readonly AdminWorld _world = new();

    /// <summary>Each schedule mutation with fields that would otherwise be accepted on the world's schedule.</summary>
    public static TheoryData<string, string> Edits => new()
    {
        { "addScheduleIndicator", """{ "code": "LOCAL_X", "name": "Local", "unit": "COUNT", "direction": "LOWER_IS_BETTER", "target": 2, "amberTolerance": 1 }""" },
        { "changeIndicatorTarget", """{ "code": "TRAINING_L1", "target": 80, "amberTolerance": 5 }""" },
        { "removeScheduleIndicator", """{ "code": "TRAINING_L1" }""" },
        { "establishAuditSchedule", """{ "periodStart": "2026-04-01" }""" },
        { "addMandatedAuditIssue", """{ "title": "Supervision" }""" },
        { "setActionPlanCopying", """{ "copyPlans": true, "copyUpdates": true, "recipient": "Quality" }""" },
        { "submitSelfAssessment", """{ "dutyId": "S11-01", "rating": "MET", "evidence": "Policy" }""" },
        { "planAudit", """{ "topic": "Audit", "plannedQuarter": "QUARTER", "dueDate": "DUE" }""" },
    };

    private async Task<string> Refused(string field, string fields, string scheduleId, int version, Domain.Common.Actor caller, string errorType)
    {
        var input = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(fields
            .Replace("QUARTER", AdminWorld.ThisQuarter.ToString()).Replace("DUE", AdminWorld.ThisQuarter.End.ToString("yyyy-MM-dd")))!;
        input["scheduleId"] = scheduleId;
        input["expectedVersion"] = version;
        var type = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        var mutation = $"mutation ($input: {type}!) {{ {field}(input: $input) {{ schedule {{ id }} {AdminWorld.Errors} }} }}";
        var error = await _world.Refused(field, mutation, new { input }, caller, errorType);
        return error.GetProperty("code").GetString()!;
    }

    /// <summary>The edit with valid fields, which the schema's rules refuse to <paramref name="caller"/> before it runs.</summary>
    private async Task Denied(string field, string fields, string scheduleId, int version, Domain.Common.Actor caller)
    {
        var input = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(fields
            .Replace("QUARTER", AdminWorld.ThisQuarter.ToString()).Replace("DUE", AdminWorld.ThisQuarter.End.ToString("yyyy-MM-dd")))!;
        input["scheduleId"] = scheduleId;
        input["expectedVersion"] = version;
        var type = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        var mutation = $"mutation ($input: {type}!) {{ {field}(input: $input) {{ schedule {{ id }} {AdminWorld.Errors} }} }}";
        await _world.Denied(field, mutation, new { input }, caller, "AUTH_NOT_AUTHORIZED");
    }

    private Domain.Common.Actor Permitted(string field) => field is "submitSelfAssessment" or "planAudit" ? _world.Staff : AdminWorld.QualityTeam;

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task An_unknown_schedule_is_not_found(string field, string fields) =>
        Assert.Equal("NOT_FOUND", await Refused(field, fields, NodeId.Encode("Section11Schedule", Guid.NewGuid()), 0, Permitted(field), "NotFoundError"));

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_stale_version_is_a_concurrency_conflict(string field, string fields) =>
        Assert.Equal("CONCURRENCY_CONFLICT", await Refused(field, fields, _world.ScheduleId, _world.Schedule.Version - 1, Permitted(field), "ConcurrencyConflictError"));

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_dashboard_may_not_edit(string field, string fields) =>
        await Denied(field, fields, _world.ScheduleId, _world.Schedule.Version, AdminWorld.Dashboard);

    [Fact]
    public async Task Mandated_issues_and_audits_need_the_audit_schedule_first_which_the_quality_team_then_sets_up()
    {
        var other = NodeId.Encode("Section11Schedule", _world.OtherSchedule.Id);
        var version = _world.OtherSchedule.Version;
        await Refused("addMandatedAuditIssue", """{ "title": "Supervision" }""", other, version, AdminWorld.QualityTeam, "InvalidStateTransitionError");
        await Refused("planAudit", """{ "topic": "Audit", "plannedQuarter": "QUARTER", "dueDate": "DUE" }""", other, version, AdminWorld.QualityTeam, "InvalidStateTransitionError");
        await _world.Succeeds("establishAuditSchedule",
            "mutation ($input: EstablishAuditScheduleInput!) { establishAuditSchedule(input: $input) { schedule { auditSchedule { periodStart periodEnd } } " + AdminWorld.Errors + " } }",
            new { input = new { scheduleId = other, expectedVersion = version, periodStart = AdminWorld.ThisQuarter.Start.ToString("yyyy-MM-dd") } }, AdminWorld.QualityTeam);
        using var db = _world.Api.NewContext();
        var audit = db.Schedules.Single(s => s.Id == _world.OtherSchedule.Id).AuditSchedule!;
        Assert.Equal((AdminWorld.ThisQuarter.Start, AdminWorld.ThisQuarter.Start.AddYears(1).AddDays(-1)), (audit.PeriodStart, audit.PeriodEnd));
    }

    [Fact]
    public async Task Moderating_or_removing_something_the_schedule_lacks_is_refused()
    {
        await _world.Refused("moderateSelfAssessment", $$"""mutation ($input: ModerateSelfAssessmentInput!) { moderateSelfAssessment(input: $input) { {{AdminWorld.Errors}} } }""",
            new { input = new { scheduleId = NodeId.Encode("Section11Schedule", Guid.NewGuid()), expectedVersion = 0, dutyId = "S11-01", outcome = "AGREE" } },
            AdminWorld.Nurse, "NotFoundError");
        await _world.Refused("removeMandatedAuditIssue", $$"""mutation ($input: RemoveMandatedAuditIssueInput!) { removeMandatedAuditIssue(input: $input) { {{AdminWorld.Errors}} } }""",
            new { input = new { scheduleId = _world.ScheduleId, expectedVersion = _world.Schedule.Version, mandatedIssueId = NodeId.Encode("MandatedIssue", Guid.NewGuid()) } },
            AdminWorld.QualityTeam, "NotFoundError");
    }

    public void Dispose() => _world.Dispose();
}
