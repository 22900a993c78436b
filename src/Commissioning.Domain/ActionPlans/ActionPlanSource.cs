using Commissioning.Domain.Incidents;
using Commissioning.Domain.Reviews;

namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// What raised the plan: an incident, a review product, an evaluation or an audit
/// (DOR 4.1, 4.4, 4.5, 4.8, 4.17-4.18).
/// </summary>
public enum ActionPlanSource
{
    Sui,
    AdverseIncident,
    Siri,
    ProviderImr,
    CcgImr,
    HealthOverviewReport,
    ScrOverviewReport,
    SeriousCaseAudit,
    OfstedEvaluation,
    AuditFinding,
}

/// <summary>Which kind of record <see cref="ActionPlan.SourceRecordId"/> points at.</summary>
public enum SourceRecordKind
{
    Incident,
    Review,
    Audit,
}

public static class ActionPlanSources
{
    public static SourceRecordKind RecordKind(this ActionPlanSource source) => source switch
    {
        ActionPlanSource.Sui or ActionPlanSource.AdverseIncident or ActionPlanSource.Siri => SourceRecordKind.Incident,
        ActionPlanSource.AuditFinding => SourceRecordKind.Audit,
        // An Ofsted evaluation is of a review (DOR 4.5, 12.1), so the plan links to that review.
        _ => SourceRecordKind.Review,
    };

    public static ActionPlanSource FromIncident(IncidentType type) => type switch
    {
        IncidentType.Sui => ActionPlanSource.Sui,
        IncidentType.AdverseIncident => ActionPlanSource.AdverseIncident,
        IncidentType.Siri => ActionPlanSource.Siri,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// The source for a plan arising from a review product. A Serious Case Review itself raises
    /// its plans through its overview report (DOR 4.8, third point), so it maps there.
    /// </summary>
    public static ActionPlanSource FromReview(ReviewKind kind) => kind switch
    {
        ReviewKind.ProviderImr => ActionPlanSource.ProviderImr,
        ReviewKind.CcgPrimaryCareImr => ActionPlanSource.CcgImr,
        ReviewKind.HealthOverviewReport => ActionPlanSource.HealthOverviewReport,
        ReviewKind.SeriousCaseReview or ReviewKind.ScrOverviewReport => ActionPlanSource.ScrOverviewReport,
        ReviewKind.SeriousCaseAudit => ActionPlanSource.SeriousCaseAudit,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
