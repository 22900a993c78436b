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
}
