using System.Globalization;
using Commissioning.GraphQL.Authorization;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;

namespace Commissioning.Bench.EngineProfile;

public sealed record IdFilter(string? Eq);
public sealed record PlanFilter(IdFilter? Provider);
public sealed record Connection<T>(int TotalCount, T[] Nodes, bool HasNextPage = false, string? EndCursor = null);

/// <summary>
/// The scale benchmark's two read operations as a schema over <see cref="ShapedData"/>: the same fields, types,
/// scalars (Date, DateTime, FinancialQuarter), enums, global ids and @authorize rules on every case-record type
/// as the API's, with resolvers that read memory. What is left is the engine's own cost.
/// </summary>
public static class ShapedSchema
{
    public const string CallerKey = "caller";
    private static readonly string[] CaseReaders = ["QUALITY_TEAM", "DESIGNATED_NURSE", "DIRECTOR", "PROVIDER"];

    private static readonly ScalarType Date = new("Date", v => v is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : throw new GraphQLError("Date cannot represent value"));
    private static readonly ScalarType DateTime = new("DateTime", v => v is DateTimeOffset d
        ? d.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture) : throw new GraphQLError("DateTime cannot represent value"));
    private static readonly ScalarType Quarter = new("FinancialQuarter", v => v, v => v is string s ? s : throw new GraphQLError("bad quarter"),
        (node, _) => node is Commissioning.GraphQL.Language.StringValueNode s ? s.Value : throw new GraphQLError("bad quarter"));
    private static readonly ScalarType Decimal = new("Decimal", v => v is decimal m ? m : throw new GraphQLError("Decimal cannot represent value"));
    private static readonly TypeReference NonNullId = TypeReference.Of(new NonNullType(Scalars.ID));

    public static Schema Build() => new SchemaBuilder()
        .Scalar(Date, typeof(DateOnly)).Scalar(DateTime, typeof(DateTimeOffset)).Scalar(Quarter).Scalar(Decimal, typeof(decimal))
        .Enum<PlanSource>().Enum<PlanStatus>().Enum<ActionStatus>().Enum<Rag>("RagRating")
        .InputObject<IdFilter>("IdOperationFilterInput", i => i.Field(x => x.Eq).Type("ID"))
        .InputObject<PlanFilter>("ActionPlanFilterInput", i => i.Field(x => x.Provider).Type("IdOperationFilterInput"))
        .Query(q =>
        {
            q.Field("actionPlans", (_, _) => new Connection<ActionPlan>(ShapedData.Plans.Length, ShapedData.Plans))
                .Type(TypeReference.Named("ActionPlanConnection").NonNull())
                .Argument<int?>("first").Argument("where", "ActionPlanFilterInput");
            q.Field("complianceSummary", (_, _) => new Connection<ProviderCompliance>(40, ShapedData.Providers, true, "MjA="))
                .Type(TypeReference.Named("ComplianceSummaryConnection").NonNull())
                .Argument("quarter", TypeReference.Named("FinancialQuarter").NonNull()).Argument<int?>("first");
        })
        .Object<Connection<ActionPlan>>("ActionPlanConnection", t =>
        {
            t.Field("totalCount", x => x.TotalCount);
            t.Field("nodes", x => x.Nodes).Type(TypeReference.Named("ActionPlan").NonNull().List().NonNull());
        })
        .Object<Connection<ProgressUpdate>>("ProgressUpdateConnection", t =>
        {
            t.Field("totalCount", x => x.TotalCount);
            t.Field("nodes", x => x.Nodes).Type(TypeReference.Named("ProgressUpdate").NonNull().List().NonNull());
        })
        .Object<Connection<ProviderCompliance>>("ComplianceSummaryConnection", t =>
        {
            t.Field("totalCount", x => x.TotalCount);
            t.Field("pageInfo", x => x).Type(TypeReference.Named("PageInfo").NonNull());
            t.Field("nodes", x => x.Nodes).Type(TypeReference.Named("ProviderCompliance").NonNull().List().NonNull());
        })
        .Object<Connection<ProviderCompliance>>("PageInfo", t =>
        {
            t.Field("hasNextPage", x => x.HasNextPage);
            t.Field("endCursor", x => x.EndCursor);
        })
        .Object<ActionPlan>("ActionPlan", t =>
        {
            t.Authorize(new AuthorizationRule(CaseReaders));
            t.Field("id", (x, _) => GlobalId("ActionPlan", x.Id)).Type(NonNullId);
            t.Field("title", x => x.Title);
            t.Field("source", x => x.Source);
            t.Field("status", x => x.Status);
            t.Field("raisedOn", x => x.RaisedOn);
            t.Field("version", x => x.Version);
            t.Field("accountableManager", x => x.AccountableManager);
            t.Field("actions", x => x.Actions);
            t.Field("progressUpdates", (x, c) => new Connection<ProgressUpdate>(x.ProgressUpdates.Length,
                    x.ProgressUpdates.Take(c.GetArgument<int?>("first") ?? 20).ToArray()))
                .Type(TypeReference.Named("ProgressUpdateConnection").NonNull()).Argument<int?>("first");
            t.Field("scrutinies", x => x.Scrutinies);
        })
        .Object<Manager>("AccountableSeniorManager", t =>
        {
            t.Field("name", x => x.Name);
            t.Field("jobTitle", x => x.JobTitle);
        })
        .Object<PlanAction>("PlanAction", t =>
        {
            t.Authorize(new AuthorizationRule(CaseReaders));
            t.Field("id", (x, _) => GlobalId("PlanAction", x.Id)).Type(NonNullId);
            t.Field("description", x => x.Description);
            t.Field("owner", x => x.Owner);
            t.Field("dueDate", x => x.DueDate);
            t.Field("status", x => x.Status);
            t.Field("completedOn", x => x.CompletedOn);
        })
        .Object<ProgressUpdate>("ProgressUpdate", t =>
        {
            t.Authorize(new AuthorizationRule(CaseReaders));
            t.Field("id", (x, _) => GlobalId("ProgressUpdate", x.Id)).Type(NonNullId);
            t.Field("quarter", x => x.Quarter).Type(TypeReference.Named("FinancialQuarter").NonNull());
            t.Field("revision", x => x.Revision);
            t.Field("overallNarrative", x => x.OverallNarrative);
            t.Field("submittedByName", x => x.SubmittedByName);
            t.Field("submittedAt", x => x.SubmittedAt);
        })
        .Object<Scrutiny>("Scrutiny", t =>
        {
            t.Authorize(new AuthorizationRule(CaseReaders));
            t.Field("id", (x, _) => GlobalId("Scrutiny", x.Id)).Type(NonNullId);
            t.Field("subject", x => x.Subject);
            t.Field("outcome", x => x.Outcome);
            t.Field("scrutinisedOn", x => x.ScrutinisedOn);
            t.Field("byName", x => x.ByName);
        })
        .Object<ProviderCompliance>("ProviderCompliance", t =>
        {
            t.Field("providerId", (x, _) => GlobalId("Provider", x.ProviderId)).Type(NonNullId);
            t.Field("providerName", x => x.ProviderName);
            t.Field("odsCode", x => x.OdsCode);
            t.Field("indicatorRag", x => x.IndicatorRag);
            t.Field("dutyRag", x => x.DutyRag);
            t.Field("indicators", x => x.Indicators);
            t.Field("duties", x => x.Duties);
        })
        .Object<IndicatorRating>("IndicatorRating", t =>
        {
            t.Field("code", x => x.Code);
            t.Field("value", x => x.Value);
            t.Field("rag", x => x.Rag);
        })
        .Object<DutyRating>("DutyRating", t =>
        {
            t.Field("dutyId", x => x.DutyId);
            t.Field("selfAssessment", x => x.SelfAssessment);
            t.Field("moderation", x => x.Moderation);
            t.Field("rag", x => x.Rag);
        })
        .Authorize(new AuthorizationRule(), "Query")
        .Build();

    /// <summary>The API's CallerAuthorization, reduced to a role string in the request data.</summary>
    public static AuthorizationResult Decide(AuthorizationContext context)
    {
        if (!context.Field.RequestData.TryGetValue(CallerKey, out var caller) || caller is not string role) return AuthorizationResult.NotAuthenticated;
        var roles = context.Rule.Roles;
        if (roles.Count == 0) return AuthorizationResult.Allowed;
        for (var i = 0; i < roles.Count; i++)
            if (string.Equals(roles[i], role, StringComparison.Ordinal)) return AuthorizationResult.Allowed;
        return AuthorizationResult.NotAuthorized;
    }

    private static string GlobalId(string type, Guid id) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{type}:{id}"));
}
