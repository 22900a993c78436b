using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Reporting;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// Exception reporting (DOMAIN.md "Exception reporting", DOR 4.19): the exception engine's lines as a
/// connection, counts for dashboards, the trend by quarter, and reports published to an LSCB.
/// </summary>
public sealed class ExceptionsModule : ISchemaModule
{
    private static readonly ExceptionEngine Engine = new();

    public void Configure(SchemaModuleContext schema)
    {
        var nodes = schema.Nodes;
        var conventions = schema.Conventions;
        DeclareEnums(schema.Types);

        // Exception lines are the engine's output for an as-of date, not rows of a table, so where:
        // and order: apply in memory after the engine has run (InMemoryPaging), with the same inputs
        // and cursors as SQL-backed connections.
        var lines = conventions.Queryable<ExceptionItem, int>("ExceptionLine", x => x.Rank, q => q
            .Filter("code", x => x.Code)
            .Filter("severity", x => x.Severity)
            .FilterById("provider", x => x.ProviderKey, ReportNodes.Provider)
            .Filter("providerType", x => x.ProviderType)
            .Filter("arisenOn", x => x.ArisenOn)
            .Filter("daysOutstanding", x => x.DaysOutstanding)
            .Sort("severity", x => x.Severity)
            .Sort("code", x => x.Code)
            .Sort("arisenOn", x => x.ArisenOn)
            .Sort("daysOutstanding", x => x.DaysOutstanding)
            .Sort("providerName", x => x.ProviderSortName));
        ExceptionTypes.Declare(schema.Types, nodes);

        var published = conventions.Queryable<PublishedExceptionReport, Guid>("PublishedExceptionReport", r => r.Id, q => q
            .FilterById("lscb", r => r.LscbId, ReportNodes.Lscb)
            .FilterAndSort("quarter", r => r.Quarter)
            .FilterAndSort("asOf", r => r.AsOf)
            .FilterAndSort("publishedAt", r => r.PublishedAt)
            .OrderByDefault("publishedAt", SortEnumType.Desc));
        PublishedReportTypes.Declare(schema.Types, nodes);

        schema.Query(query =>
        {
            var field = query.Field("exceptions", (_, context) => InMemoryPaging.Create(context, lines, async () =>
                {
                    var run = await ReportingRequest.ComputeAsync(context, ReportingRequest.AsOf(context),
                        context.GetArgument<FinancialQuarter?>("quarter")).ConfigureAwait(false);
                    if (LscbArgument.Of(context) is not { } lscb) return run.Items();
                    var members = run.Snapshot.Providers.Where(p => p.LscbIds.Contains(lscb)).Select(p => p.Id).ToHashSet();
                    return run.Items().Where(item => members.Contains(item.ProviderKey)).ToList();
                }, conventions.ConnectionOptions, sourceInKeyOrder: true))
                .Type(TypeReference.Named("ExceptionLineConnection").NonNull())
                .Description("Every exception outstanding on `asOf` (default today), most severe and longest outstanding first. " +
                    "With `quarter`, the exceptions the report for that quarter lists: those belonging to it or carried into it and still outstanding.");
            ReportArguments(field);
            LscbArgument.Declare(field);
            field.Argument("where", lines.FilterInputName, a => a.Description("Keep only the lines matching this filter."))
                .Argument("order", TypeReference.Named(lines.SortInputName).NonNull().List(),
                    a => a.Description("Sort by these fields in turn; the engine's report order breaks ties."))
                .Argument("first", Scalars.Int, a => a.Description("Returns the first n elements from the list."))
                .Argument("after", Scalars.String, a => a.Description("Returns the elements in the list that come after the specified cursor."))
                .Argument("last", Scalars.Int, a => a.Description("Returns the last n elements from the list."))
                .Argument("before", Scalars.String, a => a.Description("Returns the elements in the list that come before the specified cursor."));

            var summary = query.FieldAsync("exceptionSummary", async (_, context) =>
                {
                    var asOf = ReportingRequest.AsOf(context);
                    var quarter = context.GetArgument<FinancialQuarter?>("quarter");
                    var run = await ReportingRequest.ComputeAsync(context, asOf, quarter).ConfigureAwait(false);
                    return ExceptionSummary.Of(run.Lines, asOf, quarter, ReportingRequest.Options(context), run.ProviderName);
                })
                .Type(TypeReference.Named("ExceptionSummary").NonNull())
                .Description("Counts of the exceptions `exceptions` lists for the same arguments: by provider, code and severity, with totals.");
            ReportArguments(summary);

            query.FieldAsync("exceptionTrend", async (_, context) =>
                {
                    var count = context.GetArgument<int>("quarters");
                    if (count is < 1 or > MaxTrendQuarters)
                        throw new Commissioning.GraphQL.Errors.GraphQLError($"`quarters` must be between 1 and {MaxTrendQuarters}; it was {count}.",
                            extensions: NodeId.Code(ConventionErrorCodes.InvalidFilter));
                    var asOf = ReportingRequest.AsOf(context);
                    var snapshot = await ReportingRequest.SnapshotAsync(context).ConfigureAwait(false);
                    return Trend(context, snapshot, asOf, count, ReportingRequest.Options(context));
                })
                .Type(TypeReference.Named("ExceptionTrendPoint").NonNull().List().NonNull())
                .Argument("quarters", Scalars.Int, a => a.Default(8).Description($"How many quarters, ending with the quarter of `asOf` (1 to {MaxTrendQuarters})."))
                .Argument("asOf", TypeReference.Clr(typeof(DateOnly)).Nullable(), a => a.Description("The last day of the trend; default today."))
                .Description("Exceptions outstanding at the end of each of the last `quarters` quarters (the last one as of `asOf`), oldest first, by code and severity.");

            query.Connection("publishedExceptionReports", conventions, published,
                    (_, context) => context.Db().PublishedExceptionReports.AsNoTracking())
                .Description("Exception reports the Director has published to LSCBs, newest first; each is a snapshot that never changes.");
        });

        schema.Mutation(mutation => PublishedReportTypes.DeclarePublish(mutation, conventions, Engine));
    }

    public const int MaxTrendQuarters = 20;

    /// <summary>
    /// The trend reuses one snapshot: the engine reads dated facts as they stood on each as-of date,
    /// so the same records answer for every quarter (each quarter's run is cached like a report's).
    /// </summary>
    private static IReadOnlyList<ExceptionTrendPoint> Trend(IResolveFieldContext context, ExceptionSnapshot snapshot, DateOnly asOf, int quarters, CommissioningOptions options)
    {
        var last = FinancialQuarter.FromDate(asOf);
        return FinancialQuarter.Range(last.AddQuarters(1 - quarters), last)
            .Select(quarter =>
            {
                var end = quarter.End < asOf ? quarter.End : asOf;
                var lines = ReportingRequest.Compute(context, snapshot, end, quarter).Lines;
                return new ExceptionTrendPoint(quarter, end, lines.Count, ExceptionSummary.ByCodeOf(lines, options), ExceptionSummary.BySeverityOf(lines));
            })
            .ToList();
    }

    private static void ReportArguments(FieldBuilder field) =>
        field.Argument("asOf", TypeReference.Clr(typeof(DateOnly)).Nullable(), a => a.Description("The day the exceptions are computed for; default today."))
            .Argument("quarter", TypeReference.Clr(typeof(FinancialQuarter)).Nullable(),
                a => a.Description("Report for this quarter: leave out exceptions that belong to a later quarter."));

    private static void DeclareEnums(SchemaBuilder types)
    {
        types.DescribedEnum("ExceptionCode", "Why something is reported to the LSCB on an exception basis (DOR 4.19).", new Dictionary<ExceptionCode, string>
        {
            [ExceptionCode.OverdueAction] = "An action is past its due date and not complete.",
            [ExceptionCode.MissingQuarterlyUpdate] = "An open action plan has no progress update for a closed quarter past its due day.",
            [ExceptionCode.NoAccountableManager] = "An action plan past draft has no accountable senior manager.",
            [ExceptionCode.ScrutinyOverdue] = "A submitted plan or update has not been scrutinised within the service level.",
            [ExceptionCode.RevisionNotResubmitted] = "A plan sent back for revision has not been resubmitted within the service level.",
            [ExceptionCode.NotSubmittedToLscb] = "An accepted plan has not been submitted to its LSCB(s) within the service level.",
            [ExceptionCode.IndicatorRed] = "An indicator value is red for the quarter.",
            [ExceptionCode.IndicatorReturnMissing] = "No indicator return for a closed quarter past its due day.",
            [ExceptionCode.AuditOverdue] = "A scheduled audit is past due with no outcome.",
            [ExceptionCode.MandatedAuditNotScheduled] = "A mandated issue has no audit in the 12-month schedule.",
            [ExceptionCode.LimitedAssuranceWithoutPlan] = "An audit gave limited or no assurance and no action plan is linked.",
            [ExceptionCode.ScheduleIncomplete] = "A live contract lacks its Section 11 schedule or one of its three parts.",
            [ExceptionCode.ReviewTimescaleBreached] = "A review is past its target completion date and not complete.",
            [ExceptionCode.AuthorConflict] = "One person is both a provider IMR author and the Health Overview Report author on a case (DOR 4.10).",
        });
        types.DescribedEnum("Severity", "How urgently an exception needs attention; set per code in configuration.", new Dictionary<Severity, string>
        {
            [Severity.High] = "Needs attention now.",
            [Severity.Medium] = "Needs attention this quarter.",
            [Severity.Low] = "Worth knowing; no urgent action.",
        });
    }
}
