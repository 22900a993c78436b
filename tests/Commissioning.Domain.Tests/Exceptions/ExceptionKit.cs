using System.Reflection;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>
/// Builds the records an exception test needs through the domain's own methods, on the dates
/// the test names, and runs the engine over them.
/// </summary>
internal static class ExceptionKit
{
    public static readonly Provider Poole =
        Provider.Register(ProviderA, "Poole Hospital", ProviderType.NhsTrust, "RD3", _ => false, Actors.QualityTeam).Value;

    public static readonly Provider Dorset =
        Provider.Register(ProviderB, "Dorset HealthCare", ProviderType.FoundationTrust, "RDY", _ => false, Actors.QualityTeam).Value;

    public static readonly FinancialQuarter Q1 = FinancialQuarter.Parse("2025/26-Q1");
    public static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("2025/26-Q2");
    public static readonly FinancialQuarter Q3 = FinancialQuarter.Parse("2025/26-Q3");

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static FixedClock At(int year, int month, int day) => new(year, month, day);

    public static IReadOnlyList<ExceptionLine> Run(
        ExceptionSnapshot snapshot, DateOnly asOf, CommissioningOptions? options = null, FinancialQuarter? quarter = null, Guid? providerId = null) =>
        new ExceptionEngine().Compute(snapshot, asOf, options ?? new CommissioningOptions(), quarter, providerId);

    /// <summary>The lines of one code only, so a test is not disturbed by the other exceptions its records also raise.</summary>
    public static IReadOnlyList<ExceptionLine> Run(
        ExceptionCode code, ExceptionSnapshot snapshot, DateOnly asOf, CommissioningOptions? options = null) =>
        Run(snapshot, asOf, options).Where(l => l.Code == code).ToList();

    public static ExceptionSnapshot Plans(params ActionPlan[] plans) => new() { Providers = [Poole, Dorset], ActionPlans = plans };

    /// <summary>A plan of Poole Hospital raised on 1 Aug 2025, walked to SUBMITTED on <paramref name="submittedOn"/>.</summary>
    public static ActionPlan SubmittedPlan(DateOnly submittedOn, DateOnly? actionDue = null)
    {
        var clock = new FixedClock(submittedOn);
        var plan = DraftPlan(clock, actionDue);
        Ok(plan.AppointAccountableManager(ProviderStaff, "Alex Senior", "Director of Nursing"));
        Ok(plan.Submit(ProviderStaff, clock));
        return plan;
    }

    public static ActionPlan DraftPlan(IClock clock, DateOnly? actionDue = null)
    {
        var plan = ActionPlan.Raise(ProviderStaff, ProviderA, ActionPlanSource.Sui, Guid.NewGuid(), "SUI 2025-001 plan", D(2025, 8, 1), [DorsetLscb], clock).Value;
        Ok(plan.AddAction(ProviderStaff, new PlanActionDetails(
            "Refresh level 3 training", "Head of Training", actionDue ?? D(2026, 3, 31), "All ED staff at level 3", "Training records audit", ActionCategory.Training)).AsResult());
        return plan;
    }

    public static void Scrutinise(ActionPlan plan, ScrutinyOutcome outcome, DateOnly on) =>
        Ok(plan.ScrutinisePlan(Nurse, outcome, "Advice", on, new FixedClock(on)).AsResult());

    public static ProgressUpdate Update(ActionPlan plan, FinancialQuarter quarter, DateOnly on, ActionStatus status = ActionStatus.InProgress)
    {
        var update = plan.SubmitProgressUpdate(
            ProviderStaff, quarter, plan.Actions.Select(a => new ActionProgress(a.Id, status, "Progressing")).ToList(), "On track", new FixedClock(on));
        Ok(update.AsResult());
        return update.Value;
    }

    /// <summary>
    /// What an import can produce and the domain's own methods refuse: a plan past DRAFT whose
    /// accountable manager is missing. Set the way the persistence layer sets private state.
    /// </summary>
    public static void ImportWithoutAccountableManager(ActionPlan plan) =>
        typeof(ActionPlan).GetProperty(nameof(ActionPlan.AccountableManager), BindingFlags.Public | BindingFlags.Instance)!.SetValue(plan, null);

    /// <summary>A contract of <paramref name="provider"/> with no schedule.</summary>
    public static Contract Contract(Provider provider, DateOnly start, DateOnly? end = null, string reference = "CCG-2025-017") =>
        Domain.Contracts.Contract.Create(Guid.NewGuid(), provider, reference, "Acute paediatrics", start, end ?? D(2028, 3, 31), "Jo Lead", Actors.QualityTeam).Value;

    /// <summary>A contract whose schedule has all three parts: default indicators, an audit schedule from <paramref name="auditPeriodStart"/>, copying terms.</summary>
    public static (Contract Contract, Section11Schedule Schedule) CompleteContract(
        Provider provider, DateOnly start, DateOnly? end = null, DateOnly? auditPeriodStart = null)
    {
        var contract = Contract(provider, start, end);
        var schedule = contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, provider, Actors.QualityTeam).Value;
        var options = new CommissioningOptions();
        Ok(schedule.AddDefaultIndicators(options, Actors.QualityTeam));
        Ok(schedule.EstablishAuditSchedule(auditPeriodStart ?? start, options, Actors.QualityTeam));
        Ok(schedule.SetActionPlanCopying(true, true, "Deputy Director of Quality", Actors.QualityTeam, new FixedClock(start)));
        return (contract, schedule);
    }

    public static ExceptionSnapshot WithContracts(params Contract[] contracts) => new() { Providers = [Poole, Dorset], Contracts = contracts };

    /// <summary>A submitted return for <paramref name="quarter"/> with the given values, submitted on <paramref name="on"/>.</summary>
    public static IndicatorReturn Return(Section11Schedule schedule, FinancialQuarter quarter, DateOnly on, bool submit = true, params (string Code, decimal Value)[] values)
    {
        var staff = Actors.StaffOf(schedule.ProviderId);
        var clock = new FixedClock(on);
        var result = IndicatorReturn.Start(Guid.NewGuid(), schedule, quarter, false, staff, clock).Value;
        foreach (var (code, value) in values)
        {
            Ok(result.RecordValue(schedule, code, value, null, staff));
        }
        if (submit)
        {
            Ok(result.Submit(staff, clock));
        }
        return result;
    }

    public static Review OpenReview(ReviewKind kind, DateOnly decided, string caseRef = "SCR-2025-07", DateOnly? target = null) =>
        Review.Open(Director, kind, caseRef, DorsetLscb, null, kind == ReviewKind.ProviderImr ? ProviderA : null, decided, target,
            new CommissioningOptions(), new FixedClock(decided)).Value;

    public static void Appoint(Review review, string person, DateOnly on) =>
        Ok(review.AppointAuthor(Director, person, person, true, [], new FixedClock(on)).AsResult());

    public static void Ok(Result result) => result.AssertOk();

    /// <summary>The single line of a test's one exception, failing with the whole list if there is not exactly one.</summary>
    public static ExceptionLine Single(IReadOnlyList<ExceptionLine> lines) =>
        lines.Count == 1 ? lines[0] : throw new Xunit.Sdk.XunitException($"Expected one line, got {lines.Count}:\n{string.Join("\n", lines)}");
}
