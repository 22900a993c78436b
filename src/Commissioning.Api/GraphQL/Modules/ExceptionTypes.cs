using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Reporting;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>The object types of exception lines and their counts.</summary>
internal static class ExceptionTypes
{
    private static readonly TypeReference Id = TypeReference.Of(Scalars.ID);

    public static void Declare(SchemaBuilder types, NodeRegistry nodes)
    {
        types.Object<ExceptionItem>("ExceptionLine", t =>
        {
            t.Description("One exception: what is wrong, about which record, since when. Computed for an as-of date, so it has no id of its own.");
            t.Field("code", x => x.Code).Description("Why it is reported.");
            t.Field("severity", x => x.Severity).Description("How urgent it is (configured per code).");
            t.FieldAsync("provider", (x, c) => ReportNodes.ResolveAsync(nodes, c, ReportNodes.Provider, x.Line.ProviderId)).Type(ReportNodes.Provider)
                .Description("The provider it concerns; null for a CCG record, such as a Serious Case Review, that concerns no one provider.");
            t.Field("providerId", (x, _) => ReportNodes.Id(ReportNodes.Provider, x.Line.ProviderId)).Type(Id)
                .Description("The id of the provider it concerns; null when it concerns no one provider.");
            t.FieldAsync("providerName", (x, c) => x.ProviderName is { } name ? Task.FromResult<string?>(name) : ReportNodes.ProviderNameAsync(c, x.Line.ProviderId))
                .Description("The name of the provider it concerns; null when it concerns no one provider.");
            t.FieldAsync("subject", (x, c) => ReportNodes.ResolveAsync(nodes, c, x.Line.SubjectType, x.Line.SubjectId)).Type("Node")
                .Description("The record it is about (an action plan, an action, an update, an audit...), to open it; null if that record can no longer be fetched.");
            t.Field("subjectType", x => x.Line.SubjectType).Description("The kind of record it is about, e.g. `ActionPlan` or `Audit`.");
            t.Field("subjectId", (x, _) => NodeId.Encode(x.Line.SubjectType, x.Line.SubjectId)).Type(TypeReference.Of(new NonNullType(Scalars.ID)))
                .Description("The id of the record it is about.");
            t.Field("sentence", x => x.Line.Message).Description("What is wrong, in a sentence the LSCB can read as it is.");
            t.Field("arisenOn", x => x.ArisenOn).Description("The first day on which the exception held.");
            t.Field("daysOutstanding", x => x.DaysOutstanding).Description("Calendar days from `arisenOn` to the as-of date; 0 on the day it arose.");
        });

        types.Object<ExceptionCount>("ExceptionCount", t =>
        {
            t.Description("How many exceptions of one code and severity one provider has.");
            t.Field("providerId", (x, _) => ReportNodes.Id(ReportNodes.Provider, x.ProviderId)).Type(Id)
                .Description("The provider; null for exceptions about no one provider.");
            t.Field("providerName", x => x.ProviderName).Description("The provider's name; null for exceptions about no one provider.");
            t.Field("code", x => x.Code).Description("The exception code.");
            t.Field("severity", x => x.Severity).Description("Its severity.");
            t.Field("count", x => x.Count).Description("How many lines.");
        });
        types.Object<ExceptionCodeCount>("ExceptionCodeCount", t =>
        {
            t.Description("How many exceptions carry one code.");
            t.Field("code", x => x.Code).Description("The exception code.");
            t.Field("severity", x => x.Severity).Description("Its configured severity.");
            t.Field("count", x => x.Count).Description("How many lines; 0 when none.");
        });
        types.Object<SeverityCount>("SeverityCount", t =>
        {
            t.Description("How many exceptions have one severity.");
            t.Field("severity", x => x.Severity).Description("The severity.");
            t.Field("count", x => x.Count).Description("How many lines; 0 when none.");
        });
        types.Object<ProviderExceptionTotal>("ProviderExceptionTotal", t =>
        {
            t.Description("How many exceptions one provider has in all.");
            t.Field("providerId", (x, _) => ReportNodes.Id(ReportNodes.Provider, x.ProviderId)).Type(Id)
                .Description("The provider; null for exceptions about no one provider.");
            t.Field("providerName", x => x.ProviderName).Description("The provider's name; null for exceptions about no one provider.");
            t.Field("count", x => x.Count).Description("How many lines.");
        });
        types.Object<ExceptionSummary>("ExceptionSummary", t =>
        {
            t.Description("Exception counts for dashboards: by provider, code and severity, with totals.");
            t.Field("asOf", x => x.AsOf).Description("The day the exceptions were computed for.");
            t.Field("quarter", x => x.Quarter).Description("The quarter reported on; null when not restricted to one.");
            t.Field("total", x => x.Total).Description("How many exception lines there are in all.");
            t.Field("cells", x => x.Cells).Description("Counts per provider, code and severity; only combinations with at least one line.");
            t.Field("byCode", x => x.ByCode).Description("Counts per code, every code listed in the table's order.");
            t.Field("bySeverity", x => x.BySeverity).Description("Counts per severity, most severe first.");
            t.Field("byProvider", x => x.ByProvider).Description("Totals per provider with at least one line.");
        });
        types.Object<ExceptionTrendPoint>("ExceptionTrendPoint", t =>
        {
            t.Description("The exceptions outstanding at the end of one quarter.");
            t.Field("quarter", x => x.Quarter).Description("The quarter.");
            t.Field("asOf", x => x.AsOf).Description("The day counted: the quarter's last day, or the as-of date for the current quarter.");
            t.Field("total", x => x.Total).Description("How many exceptions were outstanding.");
            t.Field("byCode", x => x.ByCode).Description("Counts per code, every code listed.");
            t.Field("bySeverity", x => x.BySeverity).Description("Counts per severity, most severe first.");
        });
    }
}
