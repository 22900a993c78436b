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

    /// <summary>The ratings of the page this row was read in; set on every row once its page is read.</summary>
    internal CompliancePageRatings? PageRatings { get; init; }
}

/// <summary>The ratings of one provider for one quarter.</summary>
public sealed record ProviderCompliance(IReadOnlyList<IndicatorCompliance> Indicators, IReadOnlyList<DutyCompliance> Duties)
{
    public Rag IndicatorRag => ComplianceRag.Overall(Indicators.Select(i => i.Rag));
    public Rag DutyRag => ComplianceRag.Overall(Duties.Select(d => d.Rag));
}

/// <summary>
/// Loads the ratings of a page of providers for a quarter in four untracked statements that read only
/// the columns the ratings use: the page's schedules of contracts live in the quarter, their indicators'
/// terms, their duty assessments' rating and moderation, and the values of their submitted returns for
/// the quarter. Each looks rows up by provider or schedule through an index, so a page costs the same
/// however many providers the commissioner has, and a page of 100 costs what a page of 10 does.
/// </summary>
public static class ProviderComplianceLoader
{
    private sealed record LiveSchedule(Guid Id, Guid ProviderId, DutyFramework Framework);

    private sealed record Assessment(Guid ScheduleId, string DutyId, ComplianceRating? Rating, ModerationOutcome? Moderation);

    private sealed record SubmittedValues(Guid ScheduleId, IReadOnlyList<IndicatorValue> Values);

    public static async Task<IReadOnlyDictionary<Guid, ProviderCompliance>> LoadAsync(CommissioningDbContext db, IReadOnlyList<Guid> providerIds,
        FinancialQuarter quarter, CancellationToken cancellationToken)
    {
        // One connection for the four statements: opening one runs the connection's settings each time (on SQLite two PRAGMAs).
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await LoadOpenAsync(db, providerIds, quarter, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    // Compiled once: a page's four statements skip building and looking up their query plans on every request.
    // Ordered by id, as the schedules always were: indicators whose codes tie (in different schedules) keep this order.
    private static readonly Func<CommissioningDbContext, Guid[], DateOnly, DateOnly, IAsyncEnumerable<LiveSchedule>> LiveSchedules =
        EF.CompileAsyncQuery((CommissioningDbContext db, Guid[] providerIds, DateOnly start, DateOnly end) => db.Schedules.AsNoTracking()
            .Where(s => providerIds.Contains(s.ProviderId) && db.Contracts.Any(c => c.Id == s.ContractId && c.StartDate <= end && c.EndDate >= start))
            .OrderBy(s => s.Id)
            .Select(s => new LiveSchedule(s.Id, s.ProviderId, s.Framework)));

    private static readonly Func<CommissioningDbContext, Guid[], IAsyncEnumerable<IndicatorTerms>> IndicatorsOf =
        EF.CompileAsyncQuery((CommissioningDbContext db, Guid[] scheduleIds) => db.Set<Indicator>().AsNoTracking()
            .Where(i => scheduleIds.Contains(EF.Property<Guid>(i, "ScheduleId")))
            .Select(i => new IndicatorTerms(EF.Property<Guid>(i, "ScheduleId"), i.Code, i.Name, i.Unit, i.Target, i.AmberTolerance)));

    private static readonly Func<CommissioningDbContext, Guid[], IAsyncEnumerable<Assessment>> AssessmentsOf =
        EF.CompileAsyncQuery((CommissioningDbContext db, Guid[] scheduleIds) => db.Set<DutyAssessment>().AsNoTracking()
            .Where(a => scheduleIds.Contains(EF.Property<Guid>(a, "ScheduleId")))
            .Select(a => new Assessment(EF.Property<Guid>(a, "ScheduleId"), a.DutyId, a.Rating, a.Moderation)));

    private static readonly Func<CommissioningDbContext, Guid[], FinancialQuarter, IAsyncEnumerable<SubmittedValues>> SubmittedReturnsOf =
        EF.CompileAsyncQuery((CommissioningDbContext db, Guid[] scheduleIds, FinancialQuarter quarter) => db.IndicatorReturns.AsNoTracking()
            .Where(r => scheduleIds.Contains(r.ScheduleId) && r.Quarter == quarter && r.SubmittedAt != null)
            .Select(r => new SubmittedValues(r.ScheduleId, r.Values)));

    private static async Task<IReadOnlyDictionary<Guid, ProviderCompliance>> LoadOpenAsync(CommissioningDbContext db, IReadOnlyList<Guid> providerIds,
        FinancialQuarter quarter, CancellationToken cancellationToken)
    {
        var ids = providerIds.Distinct().ToArray();
        var schedules = await ListAsync(LiveSchedules(db, ids, quarter.Start, quarter.End), cancellationToken).ConfigureAwait(false);
        var scheduleIds = schedules.Select(s => s.Id).ToArray();
        List<IndicatorTerms> indicators = [];
        List<Assessment> assessments = [];
        List<SubmittedValues> returns = [];
        if (scheduleIds.Length > 0)
        {
            indicators = await ListAsync(IndicatorsOf(db, scheduleIds), cancellationToken).ConfigureAwait(false);
            assessments = await ListAsync(AssessmentsOf(db, scheduleIds), cancellationToken).ConfigureAwait(false);
            returns = await ListAsync(SubmittedReturnsOf(db, scheduleIds, quarter), cancellationToken).ConfigureAwait(false);
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

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false)) list.Add(row);
        return list;
    }

    public static ProviderCompliance Rate(IReadOnlyList<Section11Schedule> schedules, IEnumerable<IndicatorReturn> returns, FinancialQuarter quarter) =>
        new(ComplianceRag.Indicators(schedules, returns, quarter), ComplianceRag.Duties(schedules));
}
