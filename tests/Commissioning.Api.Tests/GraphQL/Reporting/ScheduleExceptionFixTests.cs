using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// The Section 11 schedule exceptions (DOR 4.1, 4.19) each clear once the provider or the quality team
/// does what was missing, through the mutations they would use; nothing else in the report changes.
/// </summary>
public sealed class ScheduleExceptionFixTests
{
    private static readonly FinancialQuarter CurrentQuarter = FinancialQuarter.FromDate(PastRecords.Today);

    [Fact]
    public async Task A_missing_indicator_return_clears_when_the_provider_submits_the_returns_for_the_closed_quarters()
    {
        Section11Schedule schedule = null!;
        Actor staff = null!;
        using var world = new ExceptionFixWorld(r =>
        {
            schedule = r.Schedule();
            staff = r.Staff;
        });
        var scheduleId = NodeId.Encode("Section11Schedule", schedule.Id);

        await world.ClearedByAsync("INDICATOR_RETURN_MISSING", scheduleId, async _ =>
        {
            foreach (var quarter in FinancialQuarter.Range(FinancialQuarter.FromDate(PastRecords.Then.Today), CurrentQuarter.Previous()))
                await world.SucceedAsync("submitIndicatorReturn", new
                {
                    scheduleId, quarter = quarter.ToString(),
                    values = new[] { new { indicatorCode = "TRAINING_L1", value = 98.5m, comment = "Two new starters booked." } },
                }, staff);
        });
    }

    [Fact]
    public async Task A_red_indicator_clears_when_the_next_return_reports_it_on_target()
    {
        Section11Schedule schedule = null!;
        Guid redReturn = default;
        Actor staff = null!;
        using var world = new ExceptionFixWorld(r =>
        {
            schedule = r.Schedule();
            redReturn = r.Return(schedule, FinancialQuarter.FromDate(PastRecords.Then.Today), "TRAINING_L1", 40m).Id;
            staff = r.Staff;
        });
        var returnId = NodeId.Encode("IndicatorReturn", redReturn);

        await world.ClearedByAsync("INDICATOR_RED", returnId, async _ =>
            await world.SucceedAsync("submitIndicatorReturn", new
            {
                scheduleId = NodeId.Encode("Section11Schedule", schedule.Id), quarter = CurrentQuarter.ToString(),
                values = new[] { new { indicatorCode = "TRAINING_L1", value = 97m, comment = "Catch-up sessions held." } },
            }, staff));
    }

    [Fact]
    public async Task An_overdue_audit_clears_when_the_provider_records_its_outcome()
    {
        Section11Schedule schedule = null!;
        Audit audit = null!;
        Actor staff = null!;
        using var world = new ExceptionFixWorld(r =>
        {
            schedule = r.Schedule();
            staff = r.Staff;
            audit = r.Audit(schedule, "Supervision records audit", reported: null);
        });
        var scheduleId = NodeId.Encode("Section11Schedule", schedule.Id);
        var auditId = NodeId.Encode("Audit", audit.Id);

        await world.ClearedByAsync("AUDIT_OVERDUE", auditId, async _ =>
        {
            await world.SucceedAsync("startAudit", new { scheduleId, expectedVersion = await world.VersionAsync(scheduleId), auditId }, staff);
            await world.SucceedAsync("recordAuditOutcome", new
            {
                scheduleId, expectedVersion = await world.VersionAsync(scheduleId), auditId, assuranceLevel = "SIGNIFICANT",
                findings = "Supervision recorded for 46 of 50 staff sampled.",
            }, staff);
        });
    }

    [Fact]
    public async Task An_unscheduled_mandated_issue_clears_when_the_provider_plans_an_audit_of_it()
    {
        Section11Schedule schedule = null!;
        MandatedIssue issue = null!;
        Actor staff = null!;
        using var world = new ExceptionFixWorld(r =>
        {
            schedule = r.Schedule();
            staff = r.Staff;
            issue = r.MandatedIssue(schedule, "Safer recruitment");
        });
        var scheduleId = NodeId.Encode("Section11Schedule", schedule.Id);
        var issueId = NodeId.Encode("MandatedIssue", issue.Id);

        await world.ClearedByAsync("MANDATED_AUDIT_NOT_SCHEDULED", issueId, async _ =>
            await world.SucceedAsync("planAudit", new
            {
                scheduleId, expectedVersion = await world.VersionAsync(scheduleId), topic = "DBS sample audit", mandatedIssueId = issueId,
                plannedQuarter = CurrentQuarter.Next().ToString(), dueDate = CurrentQuarter.Next().End.ToString("yyyy-MM-dd"),
            }, staff));
    }

    [Fact]
    public async Task Limited_assurance_without_a_plan_clears_when_the_provider_raises_an_action_plan_from_the_audit()
    {
        Audit audit = null!;
        Actor staff = null!;
        Guid provider = default, lscb = default;
        using var world = new ExceptionFixWorld(r =>
        {
            var schedule = r.Schedule();
            staff = r.Staff;
            (provider, lscb) = (r.Provider.Id, r.Lscb.Id);
            audit = r.Audit(schedule, "Managing allegations", AssuranceLevel.Limited);
        });
        var auditId = NodeId.Encode("Audit", audit.Id);

        await world.ClearedByAsync("LIMITED_ASSURANCE_WITHOUT_PLAN", auditId, async _ =>
            await world.SucceedAsync("createActionPlan", new
            {
                providerId = NodeId.Encode("Provider", provider), source = "AUDIT_FINDING", sourceRecordId = auditId,
                title = "Strategy meetings for every allegation", raisedOn = PastRecords.Today.ToString("yyyy-MM-dd"),
                lscbIds = new[] { NodeId.Encode("Lscb", lscb) },
            }, staff));
    }

    [Fact]
    public async Task An_incomplete_schedule_clears_only_once_the_quality_team_has_put_all_three_parts_in_place()
    {
        Contract contract = null!;
        // Started last week, so the new indicators owe no return yet and the fix raises nothing new.
        using var world = new ExceptionFixWorld(r => contract = r.Contract(PastRecords.Today.AddDays(-7)));
        var contractId = NodeId.Encode("Contract", contract.Id);
        var qualityTeam = PastRecords.QualityTeam;

        await world.ClearedByAsync("SCHEDULE_INCOMPLETE", contractId, async lines =>
        {
            Assert.Contains("has no Section 11 safeguarding schedule", lines[0].Sentence);
            var attached = await world.SucceedAsync("attachSection11Schedule",
                new { contractId, expectedVersion = await world.VersionAsync(contractId), framework = "SECTION11" }, qualityTeam, "schedule { id }");
            var scheduleId = attached.At("schedule", "id").GetString()!;
            await world.SucceedAsync("addScheduleIndicator", new
            {
                scheduleId, expectedVersion = await world.VersionAsync(scheduleId), code = "TRAINING_L1", name = "Staff trained to level 1",
                unit = "PERCENT", direction = "HIGHER_IS_BETTER", target = 95m, amberTolerance = 5m,
            }, qualityTeam);
            await world.SucceedAsync("establishAuditSchedule",
                new { scheduleId, expectedVersion = await world.VersionAsync(scheduleId), periodStart = contract.StartDate.ToString("yyyy-MM-dd") }, qualityTeam);

            var partial = (await world.LinesAsync()).Single(l => l.Code == "SCHEDULE_INCOMPLETE" && l.SubjectId == contractId);
            Assert.Contains("lacks part 3", partial.Sentence);

            await world.SucceedAsync("setActionPlanCopying", new
            {
                scheduleId, expectedVersion = await world.VersionAsync(scheduleId), copyPlans = true, copyUpdates = true,
                recipient = "Deputy Director of Quality",
            }, qualityTeam);
        });
    }
}
