using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;
using static Commissioning.Bench.Scale.DomainRestore;

namespace Commissioning.Bench.Scale;

/// <summary>
/// The members of the domain's records that the exception engine reads, as compiled accessors
/// (<see cref="DomainRestore"/>); <see cref="ExceptionSnapshotRows"/> fills them from its rows.
/// </summary>
internal static class Restore
{
    public static readonly Action<Entity, Guid> EntityId = Setter<Entity, Guid>(nameof(Entity.Id));

    public static readonly Func<Provider> NewProvider = Constructor<Provider>();
    public static readonly Action<Provider, string> ProviderName = Setter<Provider, string>(nameof(Provider.Name));

    public static readonly Func<Contract> NewContract = Constructor<Contract>();
    public static readonly Action<Contract, Guid> ContractProvider = Setter<Contract, Guid>(nameof(Contract.ProviderId));
    public static readonly Action<Contract, string> ContractReference = Setter<Contract, string>(nameof(Contract.Reference));
    public static readonly Action<Contract, DateOnly> ContractStart = Setter<Contract, DateOnly>(nameof(Contract.StartDate));
    public static readonly Action<Contract, DateOnly> ContractEnd = Setter<Contract, DateOnly>(nameof(Contract.EndDate));
    public static readonly Action<Contract, Section11Schedule?> ContractSchedule = Setter<Contract, Section11Schedule?>(nameof(Contract.Schedule));

    public static readonly Func<Section11Schedule> NewSchedule = Constructor<Section11Schedule>();
    public static readonly Action<Section11Schedule, Guid> ScheduleContract = Setter<Section11Schedule, Guid>(nameof(Section11Schedule.ContractId));
    public static readonly Action<Section11Schedule, Guid> ScheduleProvider = Setter<Section11Schedule, Guid>(nameof(Section11Schedule.ProviderId));
    public static readonly Action<Section11Schedule, ActionPlanCopyingTerms?> ScheduleCopying = Setter<Section11Schedule, ActionPlanCopyingTerms?>(nameof(Section11Schedule.ActionPlanCopying));
    public static readonly Action<Section11Schedule, AuditSchedule?> ScheduleAudits = Setter<Section11Schedule, AuditSchedule?>(nameof(Section11Schedule.AuditSchedule));
    public static readonly Func<Section11Schedule, List<Indicator>> ScheduleIndicators = Field<Section11Schedule, List<Indicator>>("_indicators");

    public static readonly Func<Indicator> NewIndicator = Constructor<Indicator>();
    public static readonly Action<Indicator, string> IndicatorCode = Setter<Indicator, string>(nameof(Indicator.Code));
    public static readonly Action<Indicator, string> IndicatorName = Setter<Indicator, string>(nameof(Indicator.Name));

    public static readonly Func<AuditSchedule> NewAuditSchedule = Constructor<AuditSchedule>();
    public static readonly Action<AuditSchedule, DateOnly> AuditPeriodStart = Setter<AuditSchedule, DateOnly>(nameof(AuditSchedule.PeriodStart));
    public static readonly Action<AuditSchedule, DateOnly> AuditPeriodEnd = Setter<AuditSchedule, DateOnly>(nameof(AuditSchedule.PeriodEnd));
    public static readonly Func<AuditSchedule, List<MandatedIssue>> MandatedIssues = Field<AuditSchedule, List<MandatedIssue>>("_mandatedIssues");
    public static readonly Func<AuditSchedule, List<Audit>> Audits = Field<AuditSchedule, List<Audit>>("_audits");

    public static readonly Func<MandatedIssue> NewMandatedIssue = Constructor<MandatedIssue>();
    public static readonly Action<MandatedIssue, string> MandatedIssueTitle = Setter<MandatedIssue, string>(nameof(MandatedIssue.Title));

    public static readonly Func<Audit> NewAudit = Constructor<Audit>();
    public static readonly Action<Audit, string> AuditTopic = Setter<Audit, string>(nameof(Audit.Topic));
    public static readonly Action<Audit, Guid?> AuditMandatedIssue = Setter<Audit, Guid?>(nameof(Audit.MandatedIssueId));
    public static readonly Action<Audit, FinancialQuarter> AuditQuarter = Setter<Audit, FinancialQuarter>(nameof(Audit.PlannedQuarter));
    public static readonly Action<Audit, DateOnly> AuditDue = Setter<Audit, DateOnly>(nameof(Audit.DueDate));
    public static readonly Action<Audit, AuditStatus> AuditStatusOf = Setter<Audit, AuditStatus>(nameof(Audit.Status));
    public static readonly Action<Audit, AssuranceLevel?> AuditAssurance = Setter<Audit, AssuranceLevel?>(nameof(Audit.AssuranceLevel));
    public static readonly Action<Audit, DateOnly?> AuditReportedOn = Setter<Audit, DateOnly?>(nameof(Audit.ReportedOn));

    public static readonly Func<IndicatorReturn> NewReturn = Constructor<IndicatorReturn>();
    public static readonly Action<IndicatorReturn, Guid> ReturnSchedule = Setter<IndicatorReturn, Guid>(nameof(IndicatorReturn.ScheduleId));
    public static readonly Action<IndicatorReturn, Guid> ReturnProvider = Setter<IndicatorReturn, Guid>(nameof(IndicatorReturn.ProviderId));
    public static readonly Action<IndicatorReturn, FinancialQuarter> ReturnQuarter = Setter<IndicatorReturn, FinancialQuarter>(nameof(IndicatorReturn.Quarter));
    public static readonly Action<IndicatorReturn, DateOnly?> ReturnSubmittedOn = Setter<IndicatorReturn, DateOnly?>(nameof(IndicatorReturn.SubmittedOn));
    public static readonly Func<IndicatorReturn, List<IndicatorValue>> ReturnValues = Field<IndicatorReturn, List<IndicatorValue>>("_values");

    public static readonly Func<IndicatorValue> NewValue = Constructor<IndicatorValue>();
    public static readonly Action<IndicatorValue, string> ValueCode = Setter<IndicatorValue, string>(nameof(IndicatorValue.IndicatorCode));
    public static readonly Action<IndicatorValue, IndicatorUnit> ValueUnit = Setter<IndicatorValue, IndicatorUnit>(nameof(IndicatorValue.Unit));
    public static readonly Action<IndicatorValue, IndicatorDirection> ValueDirection = Setter<IndicatorValue, IndicatorDirection>(nameof(IndicatorValue.Direction));
    public static readonly Action<IndicatorValue, decimal> ValueTarget = Setter<IndicatorValue, decimal>(nameof(IndicatorValue.Target));
    public static readonly Action<IndicatorValue, decimal> ValueTolerance = Setter<IndicatorValue, decimal>(nameof(IndicatorValue.AmberTolerance));
    public static readonly Action<IndicatorValue, decimal?> ValueValue = Setter<IndicatorValue, decimal?>(nameof(IndicatorValue.Value));

    public static readonly Func<Incident> NewIncident = Constructor<Incident>();
    public static readonly Action<Incident, string> IncidentReference = Setter<Incident, string>(nameof(Incident.ExternalReference));

    public static readonly Func<Review> NewReview = Constructor<Review>();
    public static readonly Action<Review, ReviewKind> ReviewKindOf = Setter<Review, ReviewKind>(nameof(Review.Kind));
    public static readonly Action<Review, string> ReviewCase = Setter<Review, string>(nameof(Review.CaseReference));
    public static readonly Action<Review, Guid?> ReviewSubject = Setter<Review, Guid?>(nameof(Review.SubjectProviderId));
    public static readonly Action<Review, DateOnly> ReviewDecided = Setter<Review, DateOnly>(nameof(Review.DecisionDate));
    public static readonly Action<Review, DateOnly?> ReviewTarget = Setter<Review, DateOnly?>(nameof(Review.TargetCompletionDate));
    public static readonly Action<Review, DateOnly?> ReviewCompleted = Setter<Review, DateOnly?>(nameof(Review.CompletedOn));
    public static readonly Func<Review, List<ReviewAuthor>> ReviewAuthors = Field<Review, List<ReviewAuthor>>("_authors");
    public static readonly Func<Review, List<TimescaleExtension>> ReviewExtensions = Field<Review, List<TimescaleExtension>>("_extensions");

    public static readonly Func<ActionPlan> NewPlan = Constructor<ActionPlan>();
    public static readonly Action<ActionPlan, Guid> PlanProvider = Setter<ActionPlan, Guid>(nameof(ActionPlan.ProviderId));
    public static readonly Action<ActionPlan, ActionPlanSource> PlanSource = Setter<ActionPlan, ActionPlanSource>(nameof(ActionPlan.Source));
    public static readonly Action<ActionPlan, Guid> PlanSourceRecord = Setter<ActionPlan, Guid>(nameof(ActionPlan.SourceRecordId));
    public static readonly Action<ActionPlan, string> PlanTitle = Setter<ActionPlan, string>(nameof(ActionPlan.Title));
    public static readonly Action<ActionPlan, DateOnly> PlanRaisedOn = Setter<ActionPlan, DateOnly>(nameof(ActionPlan.RaisedOn));
    public static readonly Action<ActionPlan, AccountableManager?> PlanManager = Setter<ActionPlan, AccountableManager?>(nameof(ActionPlan.AccountableManager));
    public static readonly Action<ActionPlan, ActionPlanStatus> PlanStatus = Setter<ActionPlan, ActionPlanStatus>(nameof(ActionPlan.Status));
    public static readonly Func<ActionPlan, List<Guid>> PlanLscbs = Field<ActionPlan, List<Guid>>("_lscbIds");
    public static readonly Func<ActionPlan, List<PlanStatusChange>> PlanHistory = Field<ActionPlan, List<PlanStatusChange>>("_history");
    public static readonly Func<ActionPlan, List<PlanAction>> PlanActions = Field<ActionPlan, List<PlanAction>>("_actions");
    public static readonly Func<ActionPlan, List<ProgressUpdate>> PlanUpdates = Field<ActionPlan, List<ProgressUpdate>>("_updates");
    public static readonly Func<ActionPlan, List<Scrutiny>> PlanScrutinies = Field<ActionPlan, List<Scrutiny>>("_scrutinies");

    public static readonly Func<PlanAction> NewAction = Constructor<PlanAction>();
    public static readonly Action<PlanAction, string> ActionDescription = Setter<PlanAction, string>(nameof(PlanAction.Description));
    public static readonly Action<PlanAction, string> ActionOwner = Setter<PlanAction, string>(nameof(PlanAction.Owner));
    public static readonly Action<PlanAction, DateOnly> ActionDue = Setter<PlanAction, DateOnly>(nameof(PlanAction.DueDate));
    public static readonly Action<PlanAction, ActionStatus> ActionStatusOf = Setter<PlanAction, ActionStatus>(nameof(PlanAction.Status));
    public static readonly Action<PlanAction, DateOnly?> ActionCompleted = Setter<PlanAction, DateOnly?>(nameof(PlanAction.CompletedOn));

    public static readonly Func<ProgressUpdate> NewUpdate = Constructor<ProgressUpdate>();
    public static readonly Action<ProgressUpdate, Guid> UpdatePlan = Setter<ProgressUpdate, Guid>(nameof(ProgressUpdate.PlanId));
    public static readonly Action<ProgressUpdate, FinancialQuarter> UpdateQuarter = Setter<ProgressUpdate, FinancialQuarter>(nameof(ProgressUpdate.Quarter));
    public static readonly Action<ProgressUpdate, int> UpdateRevision = Setter<ProgressUpdate, int>(nameof(ProgressUpdate.Revision));
    public static readonly Action<ProgressUpdate, DateTimeOffset> UpdateSubmittedAt = Setter<ProgressUpdate, DateTimeOffset>(nameof(ProgressUpdate.SubmittedAt));

    public static readonly Func<Scrutiny> NewScrutiny = Constructor<Scrutiny>();
    public static readonly Action<Scrutiny, ScrutinySubject> ScrutinySubjectOf = Setter<Scrutiny, ScrutinySubject>(nameof(Scrutiny.Subject));
    public static readonly Action<Scrutiny, Guid?> ScrutinyUpdate = Setter<Scrutiny, Guid?>(nameof(Scrutiny.ProgressUpdateId));
    public static readonly Action<Scrutiny, DateOnly> ScrutinyOn = Setter<Scrutiny, DateOnly>(nameof(Scrutiny.ScrutinisedOn));
}
