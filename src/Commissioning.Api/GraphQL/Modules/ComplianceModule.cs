using System.Collections.Frozen;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Reporting;
using Commissioning.Domain;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// The compliance dashboard: per provider, the RAG of every indicator (from the quarter's return) and
/// of every Section 11 duty (self-assessment as moderated). Providers are paged in SQL and their
/// ratings loaded with the page, in a fixed number of statements, when the query selects any of them
/// (<see cref="ProviderComplianceLoader"/>).
/// </summary>
public sealed class ComplianceModule : ISchemaModule
{
    private const string RowType = "ProviderCompliance";

    public void Configure(SchemaModuleContext schema)
    {
        var nodes = schema.Nodes;
        var conventions = schema.Conventions;
        var rows = conventions.Queryable<ComplianceRow, Guid>(RowType, r => r.ProviderId, q => q
            .FilterAndSort("providerName", r => r.Name)
            .Filter("providerType", r => r.Type)
            .FilterAndSort("odsCode", r => r.OdsCode)
            .FilterById("provider", r => r.ProviderId, ReportNodes.Provider)
            .OrderByDefault("providerName"));
        DeclareTypes(schema.Types, nodes);

        schema.Query(query => query.Field("complianceSummary", (_, context) =>
            {
                var quarter = context.GetArgument<FinancialQuarter>("quarter");
                var providers = context.Db().Providers.AsNoTracking().IgnoreAutoIncludes();
                if (ReportingRequest.ProviderScope(context) is { } own) providers = providers.Where(p => p.Id == own);
                if (LscbArgument.Of(context) is { } lscb) providers = providers.Where(p => p.LscbIds.Contains(lscb));
                var page = Paging.Create(context, rows,
                    providers.Select(p => new ComplianceRow { ProviderId = p.Id, Name = p.Name, Type = p.Type, OdsCode = p.OdsCode }),
                    conventions.ConnectionOptions);
                // The quarter is not a column, so it is set on the rows once their page is read, with the page's ratings.
                // The ratings are read for the whole page right after it, when any rating field is selected, so that
                // every row's rating fields answer at once: before, each of them (four per row) awaited one shared
                // load, and their continuations contended for the task's lock when it completed.
                var rated = !SelectedFields.NodesSelectOnly(context, UnratedFields);
                var indicatorTerms = SelectedFields.OnNodes(context)
                    .Any(f => f.Name.Value == "indicators" && SelectedFields.Under(context, f).Any(i => !TermlessIndicatorFields.Contains(i.Name.Value)));
                return new Connection<ComplianceRow>(async () =>
                {
                    var read = await page.GetPageAsync().ConfigureAwait(false);
                    var ratings = rated && read.Edges.Count > 0
                        ? await LoadRatingsAsync(context, [.. read.Edges.Select(e => e.Node.ProviderId)], quarter, indicatorTerms).ConfigureAwait(false)
                        : null;
                    return read with
                    {
                        Edges = [.. read.Edges.Select(e => e with { Node = e.Node with { Quarter = quarter, Ratings = ratings?[e.Node.ProviderId] } })],
                    };
                }, page.GetTotalCountAsync);
            })
            .Type(TypeReference.Named(RowType + "Connection").NonNull())
            .Argument("quarter", TypeReference.Clr(typeof(FinancialQuarter)).NonNull(), a => a.Description("The quarter to rate."))
            .Argument("where", rows.FilterInputName, a => a.Description("Keep only the providers matching this filter."))
            .Argument(LscbArgument.Name, Scalars.ID, a => a.Description(LscbArgument.Description))
            .Argument("order", TypeReference.Named(rows.SortInputName).NonNull().List(), a => a.Description("Sort by these fields in turn; default by provider name."))
            .Argument("first", Scalars.Int, a => a.Description("Returns the first n elements from the list."))
            .Argument("after", Scalars.String, a => a.Description("Returns the elements in the list that come after the specified cursor."))
            .Argument("last", Scalars.Int, a => a.Description("Returns the last n elements from the list."))
            .Argument("before", Scalars.String, a => a.Description("Returns the elements in the list that come before the specified cursor."))
            .Description("For dashboards: each provider's RAG per indicator and per Section 11 duty for a quarter. " +
                "The number of database statements does not grow with the page size."));
    }

    // The row's fields that need no rating; any other field selected on the nodes reads the page's ratings.
    private static readonly FrozenSet<string> UnratedFields =
        new[] { "providerId", "provider", "providerName", "providerType", "odsCode", "quarter", "__typename" }.ToFrozenSet(StringComparer.Ordinal);

    // The fields of an indicator that its terms (name, unit, target, tolerance, ProviderComplianceLoader) are not needed for.
    private static readonly FrozenSet<string> TermlessIndicatorFields =
        new[] { "scheduleId", "code", "value", "rag", "__typename" }.ToFrozenSet(StringComparer.Ordinal);

    // Through the request's serialized queries: sibling fields may be using the request's database context.
    private static Task<IReadOnlyDictionary<Guid, ProviderCompliance>> LoadRatingsAsync(IResolveFieldContext context, IReadOnlyList<Guid> providerIds,
        FinancialQuarter quarter, bool indicatorTerms = true) =>
        SerializedQueries.RunAsync(context, ct => ProviderComplianceLoader.LoadAsync(context.Db(), providerIds, quarter, ct, indicatorTerms));

    /// <summary>The row's ratings as read with its page; a row without them (none is, as the page reads them) reads its own.</summary>
    private static async ValueTask<ProviderCompliance> RatingsAsync(IResolveFieldContext context, ComplianceRow row) =>
        row.Ratings ?? (await LoadRatingsAsync(context, [row.ProviderId], row.Quarter).ConfigureAwait(false))[row.ProviderId];

    private static void DeclareTypes(SchemaBuilder types, NodeRegistry nodes)
    {
        types.Object<ComplianceRow>(RowType, t =>
        {
            t.Description("One provider's compliance for a quarter: a row of the RAG heat map.");
            t.Field("providerId", (r, _) => NodeId.Encode(ReportNodes.Provider, r.ProviderId)).Type(TypeReference.Of(new NonNullType(Scalars.ID)))
                .Description("The provider's id.");
            t.FieldAsync("provider", (r, c) => ReportNodes.ResolveAsync(nodes, c, ReportNodes.Provider, r.ProviderId)).Type(ReportNodes.Provider)
                .Description("The provider, to open it.");
            t.Field("providerName", r => r.Name).Description("The provider's name.");
            t.Field("providerType", r => r.Type).Description("The kind of organisation.");
            t.Field("odsCode", r => r.OdsCode).Description("The provider's ODS code.");
            t.Field("quarter", r => r.Quarter).Description("The quarter rated.");
            t.FieldValueTask("indicatorRag", async (r, c) => (await RatingsAsync(c, r).ConfigureAwait(false)).IndicatorRag)
                .Description("The worst indicator RAG: RED if any is red, else AMBER, else GREY if any value (or the return) is missing, else GREEN.");
            t.FieldValueTask("dutyRag", async (r, c) => (await RatingsAsync(c, r).ConfigureAwait(false)).DutyRag)
                .Description("The worst Section 11 duty RAG, by the same rule.");
            t.FieldValueTask("indicators", async (r, c) => (await RatingsAsync(c, r).ConfigureAwait(false)).Indicators)
                .Type(TypeReference.Named("IndicatorCompliance").NonNull().List().NonNull())
                .Description("Every indicator of the provider's live schedules, rated from the quarter's submitted return.");
            t.FieldValueTask("duties", async (r, c) => (await RatingsAsync(c, r).ConfigureAwait(false)).Duties)
                .Type(TypeReference.Named("DutyCompliance").NonNull().List().NonNull())
                .Description("Every Section 11 duty of the provider's live schedules, with self-assessment, moderation and RAG.");
        });
        types.Object<IndicatorCompliance>("IndicatorCompliance", t =>
        {
            t.Description("One indicator rated for a quarter: GREEN meets target, AMBER within tolerance, RED otherwise, GREY missing.");
            t.Field("scheduleId", (i, _) => NodeId.Encode("Section11Schedule", i.ScheduleId)).Type(TypeReference.Of(new NonNullType(Scalars.ID)))
                .Description("The Section 11 schedule the indicator belongs to.");
            t.Field("code", i => i.Code).Description("The indicator's code.");
            t.Field("name", i => i.Name).Description("What it measures.");
            t.Field("unit", i => i.Unit).Description("Percent, count or yes/no.");
            t.Field("target", i => i.Target).Description("The target the value was rated against.");
            t.Field("amberTolerance", i => i.AmberTolerance).Description("How far short of target still rates AMBER.");
            t.Field("value", i => i.Value).Description("The value reported for the quarter; null when not reported.");
            t.Field("rag", i => i.Rag).Description("The rating.");
        });
        types.Object<DutyCompliance>("DutyCompliance", t =>
        {
            t.Description("One Section 11 duty: the provider's self-assessment as moderated by the commissioner.");
            t.Field("scheduleId", (d, _) => NodeId.Encode("Section11Schedule", d.ScheduleId)).Type(TypeReference.Of(new NonNullType(Scalars.ID)))
                .Description("The Section 11 schedule the duty belongs to.");
            t.Field("dutyId", d => d.DutyId).Description("The duty's id in the catalogue, e.g. S11-03.");
            t.Field("title", d => d.Title).Description("The duty's title.");
            t.Field("selfAssessment", d => d.SelfAssessment).Description("The provider's own rating; null when not yet assessed.");
            t.Field("moderation", d => d.Moderation).Description("The commissioner's response; null when not yet moderated.");
            t.Field("rag", d => d.Rag).Description("GREEN met (or not applicable) and agreed, AMBER partly met or challenged, RED not met, GREY not assessed.");
        });
    }
}
