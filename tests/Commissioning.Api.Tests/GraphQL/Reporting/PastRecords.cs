using Commissioning.Api.Data;
using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// Records that went wrong in the past, made through the domain's own operations on a clock set
/// <see cref="DaysBack"/> days before today, so that by today (the API runs on the real clock) every
/// service level and due day has passed and the exception is outstanding.
/// </summary>
internal sealed class PastRecords(CommissioningDbContext db)
{
    public const int DaysBack = 120;

    public static readonly Actor QualityTeam = new("qt", "Quinn Quality", Role.QualityTeam);
    public static readonly Actor Nurse = new("dnc", "Dana Nurse", Role.DesignatedNurse);
    public static readonly Actor Director = new("dir", "Drew Director", Role.Director);
    public static readonly DateOnly Today = new SystemClock().Today;
    public static readonly FixedClock Then = new(Today.AddDays(-DaysBack));
    private static readonly CommissioningOptions Options = new();

    private Lscb? _lscb;
    private Provider? _provider;

    public Lscb Lscb => _lscb ??= Add(Ok(Lscb.Create(Guid.NewGuid(), "Dorset LSCB", "Dorset", QualityTeam)));

    public Provider Provider => _provider ??= AddProvider();

    public Actor Staff => StaffOf(Provider);

    public static Actor StaffOf(Provider provider) => new("staff", "Pat Provider", Role.Provider, provider.Id);

    /// <summary>
    /// A plan raised <see cref="DaysBack"/> days ago with one action due on <paramref name="actionDue"/>
    /// (default: long after today), taken through <paramref name="stage"/> on that day.
    /// </summary>
    public ActionPlan Plan(PlanStage stage, DateOnly? actionDue = null, bool withManager = true)
    {
        var staff = Staff;
        var incident = Add(Ok(Incident.Record(staff, Provider.Id, IncidentType.Sui, Then.Today, "SUI/" + Guid.NewGuid().ToString("N")[..6],
            "A child was discharged without a safeguarding check.", Then)));
        var plan = Add(Ok(ActionPlan.Raise(staff, Provider.Id, ActionPlanSource.Sui, incident.Id, "Discharge checks", Then.Today, [Lscb.Id], Then)));
        Ok(plan.AddAction(staff, new PlanActionDetails("Audit every discharge for a safeguarding check", "Ward manager",
            actionDue ?? Today.AddDays(200), "No discharge without a check", "Monthly audit", ActionCategory.Practice)));
        if (withManager) Ok(plan.AppointAccountableManager(staff, "Sam Senior", "Chief Nurse"));
        if (stage == PlanStage.Draft) return plan;
        Ok(withManager ? plan.Submit(staff, Then) : plan.SubmitImported(QualityTeam, Then));
        if (stage == PlanStage.Submitted) return plan;
        var revise = stage == PlanStage.RevisionRequested;
        Ok(plan.ScrutinisePlan(Nurse, revise ? ScrutinyOutcome.RevisionRequested : ScrutinyOutcome.Accepted, "Add a training action.", Then.Today, Then));
        if (stage is PlanStage.RevisionRequested or PlanStage.Accepted) return plan;
        Ok(plan.SubmitToLscb(staff, [Lscb.Id], Then));
        Ok(plan.StartImplementation(staff, Then));
        return plan;
    }

    /// <summary>
    /// A contract live since <paramref name="start"/> (default <see cref="DaysBack"/> days ago) whose
    /// schedule has every part: the default indicators, an audit schedule from the contract's start and
    /// action-plan copying. No return has been made.
    /// </summary>
    public Section11Schedule Schedule(DateOnly? start = null)
    {
        var from = start ?? Then.Today;
        var contract = Contract(from);
        var schedule = Ok(contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, Provider, QualityTeam));
        Ok(schedule.AddDefaultIndicators(Options, QualityTeam));
        Ok(schedule.EstablishAuditSchedule(from, Options, QualityTeam));
        Ok(schedule.SetActionPlanCopying(true, true, "Deputy Director of Quality", QualityTeam, Then));
        return schedule;
    }

    /// <summary>A contract live since <paramref name="start"/> with no Section 11 schedule.</summary>
    public Contract Contract(DateOnly start) =>
        Add(Ok(Domain.Contracts.Contract.Create(Guid.NewGuid(), Provider, "CCG-" + Guid.NewGuid().ToString("N")[..6], "Acute paediatrics",
            start, start.AddYears(3), "Jo Lead", QualityTeam)));

    /// <summary>A return for <paramref name="quarter"/>, submitted on <see cref="Then"/>, reporting <paramref name="value"/> for <paramref name="indicatorCode"/>.</summary>
    public IndicatorReturn Return(Section11Schedule schedule, FinancialQuarter quarter, string indicatorCode, decimal value)
    {
        var staff = Staff;
        var result = Add(Ok(IndicatorReturn.Start(Guid.NewGuid(), schedule, quarter, false, staff, Then)));
        Ok(result.RecordValue(schedule, indicatorCode, value, null, staff));
        Ok(result.Submit(staff, Then));
        return result;
    }

    /// <summary>
    /// An audit planned by the provider for the quarter of <see cref="Then"/>, due 20 days later, and
    /// reported then at <paramref name="reported"/> assurance, or never started when null.
    /// </summary>
    public Audit Audit(Section11Schedule schedule, string topic, AssuranceLevel? reported)
    {
        var staff = Staff;
        var audit = Ok(schedule.PlanAudit(Guid.NewGuid(), topic, null, FinancialQuarter.FromDate(Then.Today), Then.Today.AddDays(20), staff));
        if (reported is not { } level) return audit;
        Ok(schedule.StartAudit(audit.Id, staff));
        Ok(schedule.ReportAudit(audit.Id, level, "Two cases without a strategy meeting.", staff, Then));
        return audit;
    }

    public MandatedIssue MandatedIssue(Section11Schedule schedule, string title) =>
        Ok(schedule.AddMandatedIssue(Guid.NewGuid(), title, null, QualityTeam));

    /// <summary>A Serious Case Review decided <paramref name="daysAgo"/> days ago, so its four-month target is long past.</summary>
    public Review SeriousCaseReview(int daysAgo = 200) =>
        Add(Ok(Review.Open(QualityTeam, ReviewKind.SeriousCaseReview, "SCR-" + Guid.NewGuid().ToString("N")[..6], Lscb.Id, null, null,
            Today.AddDays(-daysAgo), null, Options, new FixedClock(Today.AddDays(-daysAgo)))));

    /// <summary>
    /// A provider IMR and the HOR on one case written by the same person, as imported from an LSCB's
    /// records where nobody checked DOR 4.10 (appointing the HOR author without the case's other reviews).
    /// </summary>
    public (Review Imr, Review Hor) ConflictingAuthors(string personKey, string name)
    {
        var caseReference = "SCR-" + Guid.NewGuid().ToString("N")[..6];
        Review Open(ReviewKind kind) => Add(Ok(Review.Open(QualityTeam, kind, caseReference, Lscb.Id, null, Provider.Id, Then.Today,
            Today.AddDays(200), Options, Then)));
        var imr = Open(ReviewKind.ProviderImr);
        var hor = Open(ReviewKind.HealthOverviewReport);
        Ok(imr.AppointAuthor(QualityTeam, personKey, name, true, [hor], Then));
        Ok(hor.AppointAuthor(Director, personKey, name, true, [], Then));
        return (imr, hor);
    }

    private Provider AddProvider()
    {
        var provider = Add(Ok(Provider.Register(Guid.NewGuid(), "Poole Hospital", ProviderType.NhsTrust, "RBD", _ => false, QualityTeam)));
        Ok(provider.JoinLscb(Lscb.Id, QualityTeam));
        return provider;
    }

    private T Add<T>(T entity) where T : class
    {
        db.Add(entity);
        return entity;
    }

    private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.ToString());

    private static void Ok(Result result)
    {
        if (result.IsFailure) throw new InvalidOperationException(result.Error!.ToString());
    }
}

/// <summary>How far <see cref="PastRecords.Plan"/> takes a plan.</summary>
internal enum PlanStage
{
    Draft,
    Submitted,
    RevisionRequested,
    Accepted,
    InProgress,
}
