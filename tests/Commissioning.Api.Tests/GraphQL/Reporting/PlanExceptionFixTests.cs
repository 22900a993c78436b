using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// The action-plan exceptions (DOR 4.9, 4.16-4.20) each clear once the provider or the designated nurse
/// does what was missing, through the mutations they would use; nothing else in the report changes.
/// </summary>
public sealed class PlanExceptionFixTests
{
    private static readonly string CurrentQuarter = FinancialQuarter.FromDate(PastRecords.Today).ToString();

    [Fact]
    public async Task An_overdue_action_clears_when_the_provider_reports_it_complete()
    {
        ActionPlan plan = null!;
        Actor staff = null!;
        using var world = new ExceptionFixWorld(r =>
        {
            plan = r.Plan(PlanStage.InProgress, actionDue: PastRecords.Then.Today.AddDays(30));
            staff = r.Staff;
        });
        var planId = NodeId.Encode("ActionPlan", plan.Id);
        var actionId = NodeId.Encode("PlanAction", plan.Actions[0].Id);

        await world.ClearedByAsync("OVERDUE_ACTION", actionId, async _ =>
            await world.SucceedAsync("submitQuarterlyProgress", new
            {
                actionPlanId = planId, expectedVersion = await world.VersionAsync(planId), quarter = CurrentQuarter,
                overallNarrative = "Discharge audit now runs on every ward.",
                actions = new[] { new { actionId, status = "COMPLETE", narrative = "Audit in place since last month.", evidence = "Audit log" } },
            }, staff));
    }

    [Fact]
    public async Task A_missing_quarterly_update_clears_when_the_provider_reports_every_quarter_since_the_plan_was_raised()
    {
        ActionPlan plan = null!;
        Actor staff = null!;
        using var world = new ExceptionFixWorld(r =>
        {
            plan = r.Plan(PlanStage.InProgress);
            staff = r.Staff;
        });
        var planId = NodeId.Encode("ActionPlan", plan.Id);
        var actionId = NodeId.Encode("PlanAction", plan.Actions[0].Id);

        await world.ClearedByAsync("MISSING_QUARTERLY_UPDATE", planId, async _ =>
        {
            var quarters = FinancialQuarter.Range(FinancialQuarter.FromDate(PastRecords.Then.Today), FinancialQuarter.FromDate(PastRecords.Today));
            foreach (var quarter in quarters)
            {
                await world.SucceedAsync("submitQuarterlyProgress", new
                {
                    actionPlanId = planId, expectedVersion = await world.VersionAsync(planId), quarter = quarter.ToString(),
                    overallNarrative = "Audit designed and piloted on two wards.",
                    actions = new[] { new { actionId, status = "IN_PROGRESS", narrative = "Pilot running." } },
                }, staff);
            }
        });
    }

    [Fact]
    public async Task A_plan_imported_without_an_accountable_manager_clears_when_the_provider_appoints_one()
    {
        ActionPlan plan = null!;
        Actor staff = null!;
        using var world = new ExceptionFixWorld(r =>
        {
            plan = r.Plan(PlanStage.Submitted, withManager: false);
            staff = r.Staff;
        });
        var planId = NodeId.Encode("ActionPlan", plan.Id);

        await world.ClearedByAsync("NO_ACCOUNTABLE_MANAGER", planId, async _ =>
            await world.SucceedAsync("appointAccountableManager",
                new { actionPlanId = planId, expectedVersion = await world.VersionAsync(planId), name = "Sam Senior", jobTitle = "Chief Nurse" }, staff));
    }

    [Fact]
    public async Task An_unscrutinised_plan_clears_when_the_designated_nurse_scrutinises_it()
    {
        ActionPlan plan = null!;
        using var world = new ExceptionFixWorld(r => plan = r.Plan(PlanStage.Submitted));
        var planId = NodeId.Encode("ActionPlan", plan.Id);

        await world.ClearedByAsync("SCRUTINY_OVERDUE", planId, async _ =>
            await world.SucceedAsync("scrutiniseActionPlan", new
            {
                actionPlanId = planId, expectedVersion = await world.VersionAsync(planId), outcome = "ACCEPTED",
                advice = "Acceptable; report training figures with each update.", scrutinisedOn = PastRecords.Today.ToString("yyyy-MM-dd"),
            }, PastRecords.Nurse));
    }

    [Fact]
    public async Task A_revision_not_resubmitted_clears_when_the_provider_revises_and_resubmits_the_plan()
    {
        ActionPlan plan = null!;
        Actor staff = null!;
        using var world = new ExceptionFixWorld(r =>
        {
            plan = r.Plan(PlanStage.RevisionRequested);
            staff = r.Staff;
        });
        var planId = NodeId.Encode("ActionPlan", plan.Id);

        await world.ClearedByAsync("REVISION_NOT_RESUBMITTED", planId, async _ =>
        {
            await world.SucceedAsync("addAction", new
            {
                actionPlanId = planId, expectedVersion = await world.VersionAsync(planId), description = "Train ward staff in discharge checks",
                owner = "Practice educator", dueDate = PastRecords.Today.AddDays(90).ToString("yyyy-MM-dd"), intendedOutcome = "Every nurse knows the check",
                howReviewed = "Training records", category = "TRAINING",
            }, staff);
            await world.SucceedAsync("submitActionPlan", new { actionPlanId = planId, expectedVersion = await world.VersionAsync(planId) }, staff);
        });
    }

    [Fact]
    public async Task An_accepted_plan_not_sent_to_the_lscb_clears_when_the_provider_submits_it()
    {
        ActionPlan plan = null!;
        Actor staff = null!;
        Guid lscb = default;
        using var world = new ExceptionFixWorld(r =>
        {
            plan = r.Plan(PlanStage.Accepted);
            staff = r.Staff;
            lscb = r.Lscb.Id;
        });
        var planId = NodeId.Encode("ActionPlan", plan.Id);

        await world.ClearedByAsync("NOT_SUBMITTED_TO_LSCB", planId, async _ =>
            await world.SucceedAsync("submitActionPlanToLscb",
                new { actionPlanId = planId, expectedVersion = await world.VersionAsync(planId), lscbIds = new[] { NodeId.Encode("Lscb", lscb) } }, staff));
    }
}
