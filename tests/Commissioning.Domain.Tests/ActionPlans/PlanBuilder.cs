using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.ActionPlans;

/// <summary>Plans walked to a given status through the real methods, so each test starts where it needs to.</summary>
internal static class PlanBuilder
{
    public static readonly DateOnly RaisedOn = new(2025, 8, 1);

    public static PlanActionDetails Action(string description = "Refresh level 3 training", DateOnly? due = null) =>
        new(description, "Head of Training", due ?? new DateOnly(2026, 3, 31), "All ED staff at level 3", "Training records audit", ActionCategory.Training);

    public static ActionPlan Draft(IClock clock, params Guid[] lscbs) =>
        ActionPlan.Raise(ProviderStaff, ProviderA, ActionPlanSource.Sui, Guid.NewGuid(), "SUI 2025-001 plan", RaisedOn, lscbs.Length == 0 ? [DorsetLscb] : lscbs, clock).Value;

    public static ActionPlan ReadyDraft(IClock clock, params Guid[] lscbs)
    {
        var plan = Draft(clock, lscbs);
        Ok(plan.AppointAccountableManager(ProviderStaff, "Alex Senior", "Director of Nursing"));
        plan.AddAction(ProviderStaff, Action()).AsResult().AssertOk();
        return plan;
    }

    public static ActionPlan Submitted(IClock clock, params Guid[] lscbs)
    {
        var plan = ReadyDraft(clock, lscbs);
        Ok(plan.Submit(ProviderStaff, clock));
        return plan;
    }

    public static ActionPlan Accepted(IClock clock, params Guid[] lscbs)
    {
        var plan = Submitted(clock, lscbs);
        plan.ScrutinisePlan(Nurse, ScrutinyOutcome.Accepted, "Acceptable", clock.Today, clock).AsResult().AssertOk();
        return plan;
    }

    public static ActionPlan InProgress(IClock clock)
    {
        var plan = Accepted(clock);
        Ok(plan.SubmitToLscb(ProviderStaff, plan.LscbIds, clock));
        Ok(plan.StartImplementation(ProviderStaff, clock));
        return plan;
    }

    public static void CompleteAllActions(ActionPlan plan, IClock clock) =>
        plan.SubmitProgressUpdate(
                ProviderStaff,
                FinancialQuarter.FromDate(clock.Today),
                plan.Actions.Select(a => new ActionProgress(a.Id, ActionStatus.Complete, "Done")).ToList(),
                "All done",
                clock)
            .AsResult()
            .AssertOk();

    private static void Ok(Result result) => result.AssertOk();
}
