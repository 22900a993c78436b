using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>The commissioner's schedule parts: indicators with targets, the audit period, mandated issues and copying terms.</summary>
public sealed class ScheduleMutationTests : IDisposable
{
    private readonly AdminWorld _world = new();

    private static string Mutation(string field, string input) => $$"""
        mutation ($input: {{input}}!) { {{field}}(input: $input) { schedule { id version } {{AdminWorld.Errors}} } }
        """;

    private static readonly string AddIndicator = Mutation("addScheduleIndicator", "AddScheduleIndicatorInput");
    private static readonly string ChangeTarget = Mutation("changeIndicatorTarget", "ChangeIndicatorTargetInput");
    private static readonly string RemoveIndicator = Mutation("removeScheduleIndicator", "RemoveScheduleIndicatorInput");
    private static readonly string Establish = Mutation("establishAuditSchedule", "EstablishAuditScheduleInput");
    private static readonly string AddIssue = Mutation("addMandatedAuditIssue", "AddMandatedAuditIssueInput");
    private static readonly string RemoveIssue = Mutation("removeMandatedAuditIssue", "RemoveMandatedAuditIssueInput");
    private static readonly string Copying = Mutation("setActionPlanCopying", "SetActionPlanCopyingInput");

    private object Input(object fields, int? version = null)
    {
        var input = fields.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(fields));
        input["scheduleId"] = _world.ScheduleId;
        input["expectedVersion"] = version ?? _world.Schedule.Version;
        return new { input };
    }

    private object NewIndicator(string code = "LOCAL_LAC_REVIEWS", decimal target = 90m, int? version = null) =>
        Input(new { code, name = "Looked-after children reviewed", unit = "PERCENT", direction = "HIGHER_IS_BETTER", target, amberTolerance = 5m }, version);

    [Fact]
    public async Task An_indicator_is_added_with_its_target_retargeted_and_removed_each_on_the_version_before()
    {
        var added = await _world.Succeeds("addScheduleIndicator", AddIndicator, NewIndicator(), AdminWorld.QualityTeam);
        var version = added.At("schedule", "version").GetInt32();
        Assert.Equal(_world.Schedule.Version + 1, version);
        var changed = await _world.Succeeds("changeIndicatorTarget", ChangeTarget,
            Input(new { code = "LOCAL_LAC_REVIEWS", target = 95m, amberTolerance = 2.5m }, version), AdminWorld.QualityTeam);
        using (var db = _world.Api.NewContext())
        {
            var indicator = db.Schedules.Single(s => s.Id == _world.Schedule.Id).Indicators.Single(i => i.Code == "LOCAL_LAC_REVIEWS");
            Assert.Equal((95m, 2.5m), (indicator.Target, indicator.AmberTolerance));
        }
        await _world.Succeeds("removeScheduleIndicator", RemoveIndicator,
            Input(new { code = "LOCAL_LAC_REVIEWS" }, changed.At("schedule", "version").GetInt32()), AdminWorld.QualityTeam);
        using (var db = _world.Api.NewContext())
            Assert.DoesNotContain(db.Schedules.Single(s => s.Id == _world.Schedule.Id).Indicators, i => i.Code == "LOCAL_LAC_REVIEWS");
    }

    [Fact]
    public async Task Indicator_edits_are_refused_with_typed_errors()
    {
        await _world.Denied("addScheduleIndicator", AddIndicator, NewIndicator(), _world.Staff, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("addScheduleIndicator", AddIndicator, NewIndicator(code: "TRAINING_L1"), AdminWorld.QualityTeam, "DuplicateError");
        await _world.Refused("addScheduleIndicator", AddIndicator, NewIndicator(target: 120m), AdminWorld.QualityTeam, "ValidationFailedError");
        await _world.Refused("addScheduleIndicator", AddIndicator, NewIndicator(version: _world.Schedule.Version - 1), AdminWorld.QualityTeam, "ConcurrencyConflictError");
        await _world.Refused("changeIndicatorTarget", ChangeTarget, Input(new { code = "NOPE", target = 1m, amberTolerance = 0m }), AdminWorld.QualityTeam, "UnknownIndicatorError");
        await _world.Refused("changeIndicatorTarget", ChangeTarget, Input(new { code = "TRAINING_L1", target = 90m, amberTolerance = -1m }), AdminWorld.QualityTeam, "ValidationFailedError");
        await _world.Refused("removeScheduleIndicator", RemoveIndicator, Input(new { code = "NOPE" }), AdminWorld.QualityTeam, "UnknownIndicatorError");
        await _world.Refused("removeScheduleIndicator", RemoveIndicator,
            new { input = new { scheduleId = NodeId.Encode("Section11Schedule", Guid.NewGuid()), expectedVersion = 0, code = "TRAINING_L1" } }, AdminWorld.QualityTeam, "NotFoundError");
    }

    [Fact]
    public async Task Mandated_issues_are_added_and_removed_and_the_audit_period_is_set_once()
    {
        var added = await _world.Succeeds("addMandatedAuditIssue", AddIssue, Input(new { title = "Supervision records", description = "Sample 10 files" }), AdminWorld.Nurse);
        Guid issueId;
        using (var db = _world.Api.NewContext())
            issueId = db.Schedules.Single(s => s.Id == _world.Schedule.Id).AuditSchedule!.MandatedIssues.Single(m => m.Title == "Supervision records").Id;
        await _world.Succeeds("removeMandatedAuditIssue", RemoveIssue,
            Input(new { mandatedIssueId = NodeId.Encode("MandatedIssue", issueId) }, added.At("schedule", "version").GetInt32()), AdminWorld.QualityTeam);
        await _world.Refused("establishAuditSchedule", Establish, Input(new { periodStart = "2026-04-01" }, _world.Schedule.Version + 2), AdminWorld.QualityTeam, "DuplicateError");
    }

    [Fact]
    public async Task Mandated_issue_edits_are_refused_with_typed_errors()
    {
        await _world.Refused("addMandatedAuditIssue", AddIssue, Input(new { title = "Safer recruitment" }), AdminWorld.QualityTeam, "DuplicateError");
        await _world.Refused("addMandatedAuditIssue", AddIssue, Input(new { title = " " }), AdminWorld.QualityTeam, "ValidationFailedError");
        await _world.Denied("addMandatedAuditIssue", AddIssue, Input(new { title = "Anything" }), _world.Staff, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("removeMandatedAuditIssue", RemoveIssue,
            Input(new { mandatedIssueId = NodeId.Encode("MandatedIssue", _world.MandatedIssue.Id) }), AdminWorld.QualityTeam, "InvalidStateTransitionError");
    }

    [Fact]
    public async Task Action_plan_copying_terms_are_set_and_need_a_recipient()
    {
        await _world.Refused("setActionPlanCopying", Copying, Input(new { copyPlans = true, copyUpdates = true, recipient = "" }), AdminWorld.QualityTeam, "ValidationFailedError");
        await _world.Succeeds("setActionPlanCopying", Copying, Input(new { copyPlans = true, copyUpdates = true, recipient = "Deputy Director of Quality" }), AdminWorld.QualityTeam);
        using var db = _world.Api.NewContext();
        Assert.True(db.Schedules.Single(s => s.Id == _world.Schedule.Id).IsComplete);
    }

    public void Dispose() => _world.Dispose();
}
