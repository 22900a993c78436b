using Commissioning.Api.Data;
using Commissioning.Domain;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Schedules;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Reporting;

/// <summary>A provider on the compliance dashboard, for one quarter.</summary>
public sealed record ComplianceRow
{
    public Guid ProviderId { get; init; }
    public string Name { get; init; } = "";
    public Domain.Organisations.ProviderType Type { get; init; }
    public string OdsCode { get; init; } = "";
    public FinancialQuarter Quarter { get; init; }

    /// <summary>The row's ratings, read with its page when the query selects any of them; null otherwise.</summary>
    internal ProviderCompliance? Ratings { get; init; }
}

/// <summary>The ratings of one provider for one quarter.</summary>
public sealed record ProviderCompliance(IReadOnlyList<IndicatorCompliance> Indicators, IReadOnlyList<DutyCompliance> Duties)
{
    public Rag IndicatorRag => ComplianceRag.Overall(Indicators.Select(i => i.Rag));
    public Rag DutyRag => ComplianceRag.Overall(Duties.Select(d => d.Rag));
}

/// <summary>
/// Loads the ratings of a page of providers for a quarter in four statements that read only the columns the
/// ratings use: the page's schedules of contracts live in the quarter, their indicators' terms, their duty
/// assessments' rating and moderation, and the values of their submitted returns for the quarter. Each looks rows
/// up by provider or schedule through an index, so a page costs the same however many providers the commissioner
/// has, and a page of 100 costs what a page of 10 does. The statements are hand-written and read through
/// <see cref="SqlRows"/>: the dashboard asks for them on every refresh, and EF Core's query pipeline cost more than
/// the rows (its owned-JSON reader alone allocated several times each return's values; bench/README.md).
/// ProviderComplianceLoaderTests prove the ratings equal those of the domain's own records on both engines.
/// </summary>
public static class ProviderComplianceLoader
{
    private sealed record LiveSchedule(Guid Id, Guid ProviderId, DutyFramework Framework);

    // A struct: a page reads a few hundred, each only on its way into the dictionary below.
    private readonly record struct Assessment(Guid ScheduleId, string DutyId, ComplianceRating? Rating, ModerationOutcome? Moderation);

    private sealed record SubmittedValues(Guid ScheduleId, IReadOnlyList<ReportedValue> Values);

    /// <param name="indicatorTerms">
    /// Whether to read each indicator's name, unit, target and tolerance. A rating needs none of them (a return's values carry
    /// their own terms and rating); without them an <see cref="IndicatorCompliance"/> holds only its schedule, code, value, rag
    /// and the target and tolerance of its value, and its name and unit keep their defaults: for a dashboard that shows only
    /// codes and ratings, which then reads two columns of each indicator instead of six (two of them decimals stored as text).
    /// </param>
    public static async Task<IReadOnlyDictionary<Guid, ProviderCompliance>> LoadAsync(CommissioningDbContext db, IReadOnlyList<Guid> providerIds,
        FinancialQuarter quarter, CancellationToken cancellationToken, bool indicatorTerms = true)
    {
        // One connection for the four statements: opening one runs the connection's settings each time (on SQLite two PRAGMAs).
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await LoadOpenAsync(db, providerIds, quarter, indicatorTerms, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task<IReadOnlyDictionary<Guid, ProviderCompliance>> LoadOpenAsync(CommissioningDbContext db, IReadOnlyList<Guid> providerIds,
        FinancialQuarter quarter, bool indicatorTerms, CancellationToken cancellationToken)
    {
        var ids = providerIds.Distinct().ToArray();
        // The statements below are not under the context's query filters: the data scope is applied here. Every later
        // statement reads by the schedules this one found, so none reaches past the scope either.
        object[] visible = db.ScopedProviderId is { } scope ? [.. ids.Where(id => id == scope).Cast<object>()] : [.. ids.Cast<object>()];
        var schedules = visible.Length == 0 ? [] : await SqlRows.ListAsync(db,
            // Ordered by id, as the schedules always were: indicators whose codes tie (in different schedules) keep this order.
            $"""
            SELECT s."Id", s."ProviderId", s."Framework" FROM "Section11Schedules" AS s
            WHERE s."ProviderId" {SqlRows.InList(0, visible.Length)} AND EXISTS (
                SELECT 1 FROM "Contracts" AS c WHERE c."Id" = s."ContractId" AND c."StartDate" <= {SqlRows.Placeholder(visible.Length)} AND c."EndDate" >= {SqlRows.Placeholder(visible.Length + 1)})
            ORDER BY s."Id"
            """,
            [.. visible, quarter.End, quarter.Start],
            r => new LiveSchedule(r.GetGuid(0), r.GetGuid(1), SqlRows.Enum<DutyFramework>(r, 2)), cancellationToken).ConfigureAwait(false);

        object[] scheduleIds = [.. schedules.Select(s => (object)s.Id)];
        List<IndicatorTerms> indicators = [];
        List<Assessment> assessments = [];
        List<SubmittedValues> returns = [];
        if (scheduleIds.Length > 0)
        {
            var bySchedule = SqlRows.InList(0, scheduleIds.Length);
            indicators = indicatorTerms
                ? await SqlRows.ListAsync(db,
                    $"""SELECT "ScheduleId", "Code", "Name", "Unit", "Target", "AmberTolerance" FROM "Indicators" WHERE "ScheduleId" {bySchedule}""",
                    scheduleIds,
                    r => new IndicatorTerms(r.GetGuid(0), r.GetString(1), r.GetString(2), SqlRows.Enum<IndicatorUnit>(r, 3), r.GetDecimal(4), r.GetDecimal(5)),
                    cancellationToken).ConfigureAwait(false)
                : await SqlRows.ListAsync(db,
                    $"""SELECT "ScheduleId", "Code" FROM "Indicators" WHERE "ScheduleId" {bySchedule}""",
                    scheduleIds,
                    r => new IndicatorTerms(r.GetGuid(0), r.GetString(1), "", default, 0, 0),
                    cancellationToken).ConfigureAwait(false);
            assessments = await SqlRows.ListAsync(db,
                $"""SELECT "ScheduleId", "DutyId", "Rating", "Moderation" FROM "DutyAssessments" WHERE "ScheduleId" {bySchedule}""",
                scheduleIds,
                r => new Assessment(r.GetGuid(0), r.GetString(1), SqlRows.NullableEnum<ComplianceRating>(r, 2), SqlRows.NullableEnum<ModerationOutcome>(r, 3)),
                cancellationToken).ConfigureAwait(false);
            returns = await SqlRows.ListAsync(db,
                $"""
                SELECT "ScheduleId", "Values" FROM "IndicatorReturns"
                WHERE "ScheduleId" {bySchedule} AND "Quarter" = {SqlRows.Placeholder(scheduleIds.Length)} AND "SubmittedAt" IS NOT NULL
                """,
                [.. scheduleIds, quarter.Ordinal],
                // The values as EF Core writes them (an owned JSON collection), read in one pass.
                r => new SubmittedValues(r.GetGuid(0), r.IsDBNull(1) ? [] : ReportedValues.Read(r.GetString(1))),
                cancellationToken).ConfigureAwait(false);
        }

        var submitted = returns.ToDictionary(r => r.ScheduleId, r => r.Values);
        var assessed = assessments.ToDictionary(a => (a.ScheduleId, a.DutyId), a => new AssessmentTerms(a.Rating, a.Moderation));
        var indicatorsBySchedule = indicators.ToLookup(i => i.ScheduleId);
        var schedulesByProvider = schedules.ToLookup(s => s.ProviderId);
        return ids.ToDictionary(id => id, id =>
        {
            var own = schedulesByProvider[id].ToList();
            return new ProviderCompliance(
                ComplianceRag.Indicators(own.SelectMany(s => indicatorsBySchedule[s.Id]), submitted),
                ComplianceRag.Duties(own.Select(s => (s.Id, s.Framework)),
                    (schedule, dutyId) => assessed.TryGetValue((schedule, dutyId), out var a) ? a : null));
        });
    }

    public static ProviderCompliance Rate(IReadOnlyList<Section11Schedule> schedules, IEnumerable<IndicatorReturn> returns, FinancialQuarter quarter) =>
        new(ComplianceRag.Indicators(schedules, returns, quarter), ComplianceRag.Duties(schedules));
}
