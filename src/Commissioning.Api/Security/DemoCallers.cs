using Commissioning.Api.Data.Demo;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Security;

/// <summary>
/// One person per role from the demo commissioner, so that a token for each lands on real demo rows: the
/// commissioner's own cast, the safeguarding lead of the first demo provider, and a dashboard. The demo data
/// is deterministic, so the provider's id is the same on every machine for the same options.
/// </summary>
public static class DemoCallers
{
    public static readonly Actor Dashboard = new("lscb.dashboard@dorsetccg.nhs.uk", "LSCB safeguarding dashboard", Role.Dashboard);

    public static IReadOnlyList<DemoCaller> For(DemoDataOptions options)
    {
        // Only the first provider is built: a provider's history, ids included, does not depend on the others.
        var first = DemoDataGenerator.Stream(options).Portfolios.First().Provider;
        var staff = new Actor($"safeguarding.lead@{first.OdsCode.ToLowerInvariant()}.nhs.uk",
            $"Safeguarding Lead, {first.Name}", Role.Provider, first.Id);
        return
        [
            new(DemoCast.QualityTeam, null),
            new(DemoCast.DesignatedNurse, null),
            new(DemoCast.Director, null),
            new(DemoCast.ChiefExecutive, null),
            new(staff, first.Name),
            new(Dashboard, null),
        ];
    }
}

/// <summary>A demo sign-in, and for provider staff the name of the provider they work for.</summary>
public sealed record DemoCaller(Actor Actor, string? ProviderName);
