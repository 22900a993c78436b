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
}

/// <summary>The ratings of one provider for one quarter.</summary>
public sealed record ProviderCompliance(IReadOnlyList<IndicatorCompliance> Indicators, IReadOnlyList<DutyCompliance> Duties)
{
    public Rag IndicatorRag => ComplianceRag.Overall(Indicators.Select(i => i.Rag));
    public Rag DutyRag => ComplianceRag.Overall(Duties.Select(d => d.Rag));
}

/// <summary>
/// Loads the ratings of a page of providers for a quarter in a fixed number of statements: the
/// schedules of contracts live in the quarter (with indicators and assessments, split), and the
/// quarter's indicator returns. A page of 100 providers costs what a page of 10 does.
/// </summary>
public static class ProviderComplianceLoader
{
    public static async Task<IReadOnlyDictionary<Guid, ProviderCompliance>> LoadAsync(CommissioningDbContext db, IReadOnlyList<Guid> providerIds,
        FinancialQuarter quarter, CancellationToken cancellationToken)
    {
        var ids = providerIds.ToList();
        var (start, end) = (quarter.Start, quarter.End);
        var schedules = await db.Schedules.AsNoTracking().IgnoreAutoIncludes()
            .Include(s => s.Indicators).Include(s => s.Assessments)
            .Where(s => ids.Contains(s.ProviderId) && db.Contracts.Any(c => c.Id == s.ContractId && c.StartDate <= end && c.EndDate >= start))
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var returns = await db.IndicatorReturns.AsNoTracking()
            .Where(r => ids.Contains(r.ProviderId) && r.Quarter == quarter)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return ids.Distinct().ToDictionary(id => id, id => Rate(
            schedules.Where(s => s.ProviderId == id).ToList(), returns.Where(r => r.ProviderId == id), quarter));
    }

    public static ProviderCompliance Rate(IReadOnlyList<Section11Schedule> schedules, IEnumerable<IndicatorReturn> returns, FinancialQuarter quarter) =>
        new(ComplianceRag.Indicators(schedules, returns, quarter), ComplianceRag.Duties(schedules));
}
