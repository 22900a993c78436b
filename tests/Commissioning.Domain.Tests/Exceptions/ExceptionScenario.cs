using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>
/// Two providers whose records, on <see cref="AsOf"/>, raise every exception code at least
/// once: the shape a demo data set needs to show the whole exception report.
/// </summary>
internal static class ExceptionScenario
{
    /// <summary>Tuesday 20 January 2026, in 2025/26-Q4.</summary>
    public static readonly DateOnly AsOf = D(2026, 1, 20);

    public static ExceptionSnapshot Build()
    {
        // Poole: a complete schedule whose audits and indicators go wrong.
        var (pooleContract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        var staff = Actors.StaffOf(Poole.Id);
        schedule.AddMandatedIssue(Guid.NewGuid(), "Safer recruitment", null, Actors.QualityTeam).AsResult().AssertOk();
        schedule.PlanAudit(Guid.NewGuid(), "Record keeping", null, Q2, D(2025, 9, 30), staff).AsResult().AssertOk();
        var supervision = schedule.PlanAudit(Guid.NewGuid(), "Supervision", null, Q2, D(2025, 9, 30), staff).Value;
        Ok(schedule.StartAudit(supervision.Id, staff));
        Ok(schedule.ReportAudit(supervision.Id, AssuranceLevel.Limited, "Supervision records incomplete", staff, At(2025, 9, 25)));
        var q1Return = Return(schedule, Q1, D(2025, 7, 10), true, (Domain.Indicators.IndicatorCatalogue.TrainingLevel1, 80m));

        // Dorset: a live contract with no schedule at all.
        var dorsetContract = Contract(Dorset, D(2025, 4, 1), reference: "CCG-2025-022");

        // Plans at each stage that can stall.
        var unscrutinised = SubmittedPlan(D(2025, 8, 5), actionDue: D(2025, 9, 30));
        var sentBack = SubmittedPlan(D(2025, 8, 5));
        Scrutinise(sentBack, ScrutinyOutcome.RevisionRequested, D(2025, 8, 6));
        var accepted = SubmittedPlan(D(2025, 8, 5));
        Scrutinise(accepted, ScrutinyOutcome.Accepted, D(2025, 8, 6));
        var imported = SubmittedPlan(D(2025, 8, 5));
        ImportWithoutAccountableManager(imported);
        var dorsetPlan = ActionPlan.Raise(OtherProviderStaff, ProviderB, ActionPlanSource.AdverseIncident, Guid.NewGuid(), "AI 2025-014 plan", D(2025, 9, 1), [DorsetLscb], At(2025, 9, 1)).Value;
        Ok(dorsetPlan.AppointAccountableManager(OtherProviderStaff, "Sam Lead", "Chief Nurse"));
        Ok(dorsetPlan.AddAction(OtherProviderStaff, new PlanActionDetails("Audit supervision", "Named Nurse", D(2025, 12, 1), "Monthly supervision", "Audit", ActionCategory.Supervision)).AsResult());
        Ok(dorsetPlan.Submit(OtherProviderStaff, At(2025, 9, 2)));

        // Reviews: a late SCR, and an author on both sides of DOR 4.10.
        var scr = OpenReview(ReviewKind.SeriousCaseReview, D(2025, 7, 10));
        var imr = OpenReview(ReviewKind.ProviderImr, D(2025, 7, 10));
        var hor = OpenReview(ReviewKind.HealthOverviewReport, D(2025, 7, 10));
        Appoint(imr, "dana.nurse@ccg.nhs.uk", D(2025, 7, 20));
        Appoint(hor, "dana.nurse@ccg.nhs.uk", D(2025, 8, 4));

        return new ExceptionSnapshot
        {
            Providers = [Poole, Dorset],
            Contracts = [pooleContract, dorsetContract],
            IndicatorReturns = [q1Return],
            ActionPlans = [unscrutinised, sentBack, accepted, imported, dorsetPlan],
            Reviews = [scr, imr, hor],
        };
    }

    public static IReadOnlyList<Provider> Providers => [Poole, Dorset];
}
