using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.AuditTrail;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Meetings;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// One of every aggregate, each walked through its real domain methods so that every mapped
/// field, list and value object holds something worth comparing after a round trip.
/// </summary>
internal sealed class SampleAggregates
{
    public static readonly FixedClock Clock = new(new DateTimeOffset(2025, 11, 12, 9, 30, 15, TimeSpan.Zero));
    public static readonly Actor QualityTeam = new("qt", "Quinn Quality", Role.QualityTeam);
    public static readonly Actor Nurse = new("dnc", "Dana Nurse", Role.DesignatedNurse);
    public static readonly Actor Director = new("dir", "Drew Director", Role.Director);
    public static readonly Actor ChiefExecutive = new("ceo", "Chris Chief", Role.ChiefExecutive);
    private static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("2025/26-Q2");
    private static readonly CommissioningOptions Options = new();

    public SampleAggregates()
    {
        Lscb = Ok(Lscb.Create(Guid.NewGuid(), "Dorset LSCB", "Dorset", QualityTeam));
        HostLscb = Ok(Lscb.Create(Guid.NewGuid(), "Hampshire LSCB", "Hampshire", QualityTeam));
        Provider = Ok(Provider.Register(Guid.NewGuid(), "Poole Hospital", ProviderType.NhsTrust, $"R{Random.Shared.Next(10, 99)}X", _ => false, QualityTeam));
        Ok(Provider.JoinLscb(Lscb.Id, QualityTeam));
        Ok(Provider.JoinLscb(HostLscb.Id, QualityTeam));
        var sub = Ok(Provider.AddSubContractor(Guid.NewGuid(), "Night Nurses Ltd", "8HV48", "Out-of-hours cover", QualityTeam));
        Ok(Provider.ConfirmDutiesFlowedDown(sub.Id, Clock, QualityTeam));
        Staff = new Actor("staff", "Pat Provider", Role.Provider, Provider.Id);

        Contract = Ok(Contract.Create(Guid.NewGuid(), Provider, "CCG-2025-017", "Acute paediatrics", new DateOnly(2025, 4, 1), new DateOnly(2028, 3, 31), "Jo Lead", QualityTeam));
        Schedule = Ok(Contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, Provider, QualityTeam));
        Ok(Schedule.AddDefaultIndicators(Options, QualityTeam));
        var duty = Schedule.Assessments[0].DutyId;
        Ok(Schedule.SelfAssess(duty, ComplianceRating.PartiallyMet, "Policy under review", Staff, Clock));
        Ok(Schedule.Moderate(duty, ModerationOutcome.Challenge, "Show the training matrix", Nurse, Clock));
        Ok(Schedule.EstablishAuditSchedule(new DateOnly(2025, 4, 1), Options, QualityTeam));
        var issue = Ok(Schedule.AddMandatedIssue(Guid.NewGuid(), "Safer recruitment", "DBS checks for new starters", QualityTeam));
        var audit = Ok(Schedule.PlanAudit(Guid.NewGuid(), "DBS sample audit", issue.Id, Q2, Q2.End, Staff));
        Ok(Schedule.StartAudit(audit.Id, Staff));
        Ok(Schedule.ReportAudit(audit.Id, AssuranceLevel.Significant, "Two files lacked a second reference", Staff, Clock));
        Ok(Schedule.SetActionPlanCopying(true, true, "Deputy Director of Quality", QualityTeam, Clock));

        IndicatorReturn = Ok(IndicatorReturn.Start(Guid.NewGuid(), Schedule, Q2, false, Staff, Clock));
        Ok(IndicatorReturn.RecordValue(Schedule, Schedule.Indicators[0].Code, 87.5m, "Two leavers not yet trained", Staff));
        Ok(IndicatorReturn.RecordValue(Schedule, Schedule.Indicators[1].Code, null, "Not collected this quarter", Staff));
        Ok(IndicatorReturn.Submit(Staff, Clock));

        Incident = Ok(Incident.Record(Staff, Provider.Id, IncidentType.Sui, new DateOnly(2025, 10, 3), "StEIS 2025/1234", "Delayed referral to children's social care", Clock));

        Review = Ok(Review.Open(QualityTeam, ReviewKind.HealthOverviewReport, "scr-2025-07", Lscb.Id, HostLscb.Id, null, new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 31), Options, Clock));
        Ok(Review.AppointAuthor(Director, "deputy@ccg.nhs.uk", "Deputy DNC", true, [], Clock));
        Ok(Review.AgreeExtension(QualityTeam, new DateOnly(2026, 3, 31), "Awaiting police disclosure", Clock));
        Ok(Review.RecordEvaluation(QualityTeam, Evaluator.Ofsted, QualityGrade.Good, new DateOnly(2025, 11, 1), "Thorough", Clock));
        Ok(Review.RecommendSignOff(Director, Clock));

        ActionPlan = Ok(ActionPlan.Raise(Staff, Provider.Id, ActionPlanSource.Sui, Incident.Id, "SUI 2025/1234 plan", new DateOnly(2025, 10, 10), [Lscb.Id, HostLscb.Id], Clock));
        Ok(ActionPlan.AppointAccountableManager(Staff, "Alex Senior", "Director of Nursing"));
        var first = Ok(ActionPlan.AddAction(Staff, new PlanActionDetails("Refresh level 3 training", "Head of Training", new DateOnly(2026, 3, 31), "All ED staff at level 3", "Training records audit", ActionCategory.Training)));
        Ok(ActionPlan.AddAction(Staff, new PlanActionDetails("Rewrite referral policy", "Named Nurse", new DateOnly(2026, 1, 31), "Referrals within 24 hours", "Monthly dip sample", ActionCategory.Policy)));
        Ok(ActionPlan.Submit(Staff, Clock));
        Ok(ActionPlan.ScrutinisePlan(Nurse, ScrutinyOutcome.Accepted, "Acceptable", Clock.Today, Clock));
        Ok(ActionPlan.SubmitToLscb(Staff, ActionPlan.LscbIds, Clock));
        Ok(ActionPlan.StartImplementation(Staff, Clock));
        var quarter = FinancialQuarter.FromDate(Clock.Today);
        Ok(ActionPlan.SubmitProgressUpdate(Staff, quarter, [new ActionProgress(first.Id, ActionStatus.InProgress, "Half the staff trained")], "On track", Clock));
        var correction = Ok(ActionPlan.SubmitProgressUpdate(Staff, quarter, [new ActionProgress(first.Id, ActionStatus.Complete, "All trained", Clock.Today, "Training register")], "Corrected: training done", Clock));
        Ok(ActionPlan.ScrutiniseUpdate(Nurse, correction.Id, ScrutinyOutcome.Noted, "Good progress", Clock.Today, Clock));

        Meeting = Ok(MonitoringMeeting.Record(QualityTeam, Provider.Id, Clock.Today, "Q3 quality and contract meeting", Clock));
        Ok(Meeting.RecordReviewed(QualityTeam, [ActionPlan.Id], [Schedule.Indicators[0].Id], [audit.Id]));
        Ok(Meeting.RecordDecision(QualityTeam, "Provider to present training data next quarter"));
        Ok(Meeting.RaiseSanction(QualityTeam, SanctionKind.PenaltyFine, 2500m, "Indicator returns late twice", Contract.Id, Clock));

        Report = Ok(PublishedExceptionReport.Publish(Director, Q2, Lscb.Id, Clock.Today,
            [new ExceptionLine(ExceptionCode.OverdueAction, Severity.High, Provider.Id, "ActionPlan", ActionPlan.Id, "Action overdue by 12 days", new DateOnly(2025, 10, 31), 12)], Clock));

        AuditEntry = Ok(AuditTrailEntry.Record(Guid.NewGuid(), Staff, Clock, "SubmitProgressUpdate", "ActionPlan", ActionPlan.Id, """{"version":7}""", """{"version":8}"""));
    }

    public Actor Staff { get; }

    public Lscb Lscb { get; }

    public Lscb HostLscb { get; }

    public Provider Provider { get; }

    public Contract Contract { get; }

    public Section11Schedule Schedule { get; }

    public IndicatorReturn IndicatorReturn { get; }

    public Incident Incident { get; }

    public Review Review { get; }

    public ActionPlan ActionPlan { get; }

    public MonitoringMeeting Meeting { get; }

    public PublishedExceptionReport Report { get; }

    public AuditTrailEntry AuditEntry { get; }

    /// <summary>Adds everything to <paramref name="db"/> (the schedule travels with its contract).</summary>
    public void AddTo(Api.Data.CommissioningDbContext db)
    {
        db.AddRange(Lscb, HostLscb, Provider, Contract, IndicatorReturn, Incident, Review, ActionPlan, Meeting, Report, AuditEntry);
    }

    private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.ToString());

    private static void Ok(Result result)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException(result.Error!.ToString());
        }
    }
}
