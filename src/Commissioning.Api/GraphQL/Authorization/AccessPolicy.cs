using Commissioning.Domain.Common;
using static Commissioning.Api.GraphQL.Authorization.Audiences;

namespace Commissioning.Api.GraphQL.Authorization;

/// <summary>
/// Who may read and change what (DOMAIN.md "Who uses it"), one section per module, applied to the schema
/// as <c>@authorize</c> rules. Read with the data scope (<see cref="Data.DataScope"/>): these rules say
/// which roles may use a type or field at all; the scope keeps provider staff to their own provider's
/// rows wherever they read. In short:
/// <list type="bullet">
/// <item>Anonymous callers may ask for <c>__typename</c> and nothing else (every root field needs a caller).</item>
/// <item>Dashboards read figures only: providers, LSCBs, exception counts and trends, compliance RAG and the
/// committee's assurance report; never records, narratives, incident summaries or case details.</item>
/// <item>Provider staff read their own provider's records; never published LSCB reports or the committee report.</item>
/// <item>The commissioner's people read everything.</item>
/// <item>Each mutation names the roles whose work it is (DOMAIN.md, DOR 4.10-4.20); dashboards change nothing.
/// The domain still checks each change against the record (e.g. provider staff act for their own provider only,
/// only the Director appoints the CCG's own authors), and answers those refusals with typed payload errors.</item>
/// </list>
/// </summary>
public static class AccessPolicy
{
    public static void Apply(AccessRules access)
    {
        access.SignedIn("Query").SignedIn("Mutation");
        Viewer(access);
        Organisations(access);
        CaseRecords(access);
        Exceptions(access);
        Reports(access);
        AuditTrail(access);
        OrganisationChanges(access);
        ScheduleChanges(access);
        CaseRecordChanges(access);
        ReviewChanges(access);
    }

    private static void Viewer(AccessRules access) => access
        .Query("me", Everyone)
        .Query("node", Everyone)
        .Query("nodes", Everyone);

    private static void Organisations(AccessRules access) => access
        .Query("providers", Everyone)
        .Query("lscbs", Everyone)
        .Field("Provider", "subContractors", CaseReaders)
        .Field("Provider", "contracts", CaseReaders)
        .Field("Provider", "section11Schedules", CaseReaders)
        .Field("Provider", "indicatorReturns", CaseReaders)
        .Type("Contract", CaseReaders)
        .Query("contracts", CaseReaders)
        .Type("Section11Schedule", CaseReaders)
        .Query("section11Schedules", CaseReaders)
        .Type("IndicatorReturn", CaseReaders)
        .Query("indicatorReturns", CaseReaders)
        .Type("Audit", CaseReaders)
        .Type("MandatedIssue", CaseReaders)
        .Query("audits", CaseReaders)
        .Type("MonitoringMeeting", CaseReaders)
        .Query("monitoringMeetings", CaseReaders);

    /// <summary>Incidents, reviews and action plans carry narratives about children: never for dashboards.</summary>
    private static void CaseRecords(AccessRules access) => access
        .Type("Incident", CaseReaders)
        .Query("incidents", CaseReaders)
        .Type("Review", CaseReaders)
        .Query("reviews", CaseReaders)
        .Type("ActionPlan", CaseReaders)
        .Type("PlanAction", CaseReaders)
        .Type("ProgressUpdate", CaseReaders)
        .Type("Scrutiny", CaseReaders)
        .Query("actionPlans", CaseReaders);

    /// <summary>Exception lines are sentences about records; counts and trends are figures.</summary>
    private static void Exceptions(AccessRules access) => access
        .Type("ExceptionLine", CaseReaders)
        .Query("exceptions", CaseReaders)
        .Query("exceptionSummary", Everyone)
        .Query("exceptionTrend", Everyone)
        .Type("PublishedExceptionReport", Commissioners)
        .Query("publishedExceptionReports", Commissioners);

    private static void Reports(AccessRules access) => access
        .Query("complianceSummary", Everyone)
        .Type("AssuranceReport", ReportReaders)
        .Query("assuranceReport", ReportReaders)
        // A case reference identifies a child's case: a case detail, which dashboards never see.
        .Field("AssuranceReviewEvaluation", "caseReference", Commissioners);

    /// <summary>Every change with who made it: for the quality team and the Director only (issue 5 item 5).</summary>
    private static void AuditTrail(AccessRules access) => access
        .Type("AuditTrailEntry", Role.QualityTeam, Role.Director)
        .Query("auditTrail", Role.QualityTeam, Role.Director);

    private const Role QualityTeam = Role.QualityTeam;
    private const Role DesignatedNurse = Role.DesignatedNurse;
    private const Role Director = Role.Director;
    private const Role ChiefExecutive = Role.ChiefExecutive;
    private const Role Provider = Role.Provider;

    /// <summary>The quality team manages providers and contracts (DOMAIN.md), and provider staff keep their own sub-contractors; the Director publishes to the LSCB (DOR 4.19).</summary>
    private static void OrganisationChanges(AccessRules access) => access
        .Mutation("createProvider", QualityTeam)
        .Mutation("updateProvider", QualityTeam)
        .Mutation("createContract", QualityTeam)
        .Mutation("updateContract", QualityTeam)
        .Mutation("attachSection11Schedule", QualityTeam)
        .Mutation("addSubContractor", Provider, QualityTeam)
        .Mutation("confirmSubContractorDuties", Provider, QualityTeam)
        .Mutation("removeSubContractor", Provider, QualityTeam)
        .Mutation("recordMonitoringMeeting", QualityTeam, DesignatedNurse, Director)
        .Mutation("publishExceptionReport", Director);

    /// <summary>The quality team sets a schedule up; the provider assesses and reports against it; commissioners moderate.</summary>
    private static void ScheduleChanges(AccessRules access) => access
        .Mutation("addScheduleIndicator", QualityTeam)
        .Mutation("changeIndicatorTarget", QualityTeam)
        .Mutation("removeScheduleIndicator", QualityTeam)
        .Mutation("establishAuditSchedule", QualityTeam)
        .Mutation("setActionPlanCopying", QualityTeam)
        .Mutation("addMandatedAuditIssue", Commissioners)
        .Mutation("removeMandatedAuditIssue", Commissioners)
        .Mutation("submitSelfAssessment", Provider)
        .Mutation("moderateSelfAssessment", Commissioners)
        .Mutation("planAudit", Provider, QualityTeam)
        .Mutation("startAudit", Provider, QualityTeam)
        .Mutation("recordAuditOutcome", Provider, QualityTeam)
        .Mutation("cancelAudit", Provider, QualityTeam)
        .Mutation("submitIndicatorReturn", Provider);

    /// <summary>
    /// Provider staff (or the quality team for them) raise and run plans; only the Designated Nurse
    /// scrutinises (DOR 4.17-4.18); the quality team or the nurse close a finished plan (SM14 14.4.63).
    /// </summary>
    private static void CaseRecordChanges(AccessRules access) => access
        .Mutation("raiseIncident", QualityTeam, DesignatedNurse, Director, Provider)
        .Mutation("createActionPlan", Provider, QualityTeam)
        .Mutation("addAction", Provider, QualityTeam)
        .Mutation("editAction", Provider, QualityTeam)
        .Mutation("appointAccountableManager", Provider, QualityTeam)
        .Mutation("submitActionPlan", Provider, QualityTeam)
        .Mutation("scrutiniseActionPlan", DesignatedNurse)
        .Mutation("scrutiniseProgressUpdate", DesignatedNurse)
        .Mutation("submitActionPlanToLscb", Provider, QualityTeam)
        .Mutation("startActionPlan", Provider, QualityTeam)
        .Mutation("completeActionPlan", Provider, QualityTeam)
        .Mutation("closeActionPlan", QualityTeam, DesignatedNurse)
        .Mutation("submitQuarterlyProgress", Provider, QualityTeam);

    /// <summary>Reviews are the CCG's: the quality team, the nurse and the Director keep them (extensions, evaluations, completion); the Director recommends and the Chief Executive signs off the CCG's IMR or HOR (DOR 4.10, 4.15).</summary>
    private static void ReviewChanges(AccessRules access) => access
        .Mutation("createReview", QualityTeam, DesignatedNurse, Director)
        .Mutation("appointReviewAuthors", QualityTeam, DesignatedNurse, Director)
        .Mutation("removeReviewAuthor", QualityTeam, DesignatedNurse, Director)
        .Mutation("agreeReviewExtension", QualityTeam, DesignatedNurse, Director)
        .Mutation("completeReview", QualityTeam, DesignatedNurse, Director)
        .Mutation("recordReviewEvaluation", QualityTeam, DesignatedNurse, Director)
        .Mutation("recommendReviewSignOff", Director)
        .Mutation("signOffReview", ChiefExecutive)
        .Mutation("forwardReviewToLscb", Director, QualityTeam);
}
