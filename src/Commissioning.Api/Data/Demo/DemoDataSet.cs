using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Meetings;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Data.Demo;

/// <summary>
/// One provider and everything recorded about it: contracts (with their schedules), indicator
/// returns, incidents, the reviews of its cases, its action plans and its monitoring meetings.
/// The unit the generator streams, so memory stays flat however many providers there are.
/// </summary>
public sealed class ProviderPortfolio
{
    public required int Index { get; init; }

    public required Provider Provider { get; init; }

    public List<Contract> Contracts { get; } = [];

    public IEnumerable<Section11Schedule> Schedules => Contracts.Select(c => c.Schedule).OfType<Section11Schedule>();

    public List<IndicatorReturn> IndicatorReturns { get; } = [];

    public List<Incident> Incidents { get; } = [];

    public List<Review> Reviews { get; } = [];

    public List<ActionPlan> ActionPlans { get; } = [];

    public List<MonitoringMeeting> Meetings { get; } = [];
}

/// <summary>A whole demo commissioner held in memory: the shared LSCBs and every provider's portfolio flattened.</summary>
public sealed class DemoDataSet
{
    public DemoDataSet(DemoDataOptions options, IReadOnlyList<Lscb> lscbs, IEnumerable<ProviderPortfolio> portfolios)
    {
        Options = options;
        Lscbs = lscbs;
        foreach (var portfolio in portfolios)
        {
            Providers.Add(portfolio.Provider);
            Contracts.AddRange(portfolio.Contracts);
            Schedules.AddRange(portfolio.Schedules);
            IndicatorReturns.AddRange(portfolio.IndicatorReturns);
            Incidents.AddRange(portfolio.Incidents);
            Reviews.AddRange(portfolio.Reviews);
            ActionPlans.AddRange(portfolio.ActionPlans);
            Meetings.AddRange(portfolio.Meetings);
        }
    }

    public DemoDataOptions Options { get; }

    public IReadOnlyList<Lscb> Lscbs { get; }

    public List<Provider> Providers { get; } = [];

    public List<Contract> Contracts { get; } = [];

    public List<Section11Schedule> Schedules { get; } = [];

    public List<IndicatorReturn> IndicatorReturns { get; } = [];

    public List<Incident> Incidents { get; } = [];

    public List<Review> Reviews { get; } = [];

    public List<ActionPlan> ActionPlans { get; } = [];

    public List<MonitoringMeeting> Meetings { get; } = [];

    public int ProgressUpdateCount => ActionPlans.Sum(p => p.ProgressUpdates.Count);
}
