using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Data.Demo;

/// <summary>
/// Builds a realistic commissioner's history through the domain's public methods only, so
/// every rule holds, ending at <see cref="DemoDataOptions.AsOf"/> with the conditions for every
/// exception code in place. Deterministic: the same options give the same data, ids included.
/// </summary>
public static class DemoDataGenerator
{
    /// <summary>Everything in memory; fine for demos and tests up to a few hundred providers.</summary>
    public static DemoDataSet Generate(DemoDataOptions options, CommissioningOptions? rules = null)
    {
        var stream = Stream(options, rules);
        return new DemoDataSet(options, stream.Lscbs, stream.Portfolios);
    }

    /// <summary>
    /// The shared LSCBs at once, then one provider at a time: each portfolio is built when
    /// enumerated and can be dropped after use, so memory does not grow with the provider count.
    /// </summary>
    public static DemoDataStream Stream(DemoDataOptions options, CommissioningOptions? rules = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid demo data options: " + string.Join(" ", problems), nameof(options));
        }
        rules ??= new CommissioningOptions();
        var lscbs = CreateLscbs(options);
        return new DemoDataStream(lscbs, Portfolios(options, rules, lscbs));
    }

    private static IReadOnlyList<Lscb> CreateLscbs(DemoDataOptions options)
    {
        var ids = new DemoIdSource(options.Seed, DemoIdSource.SharedStream);
        // Large commissioners deal with more boards; a small demo keeps to the home counties'.
        var count = Math.Clamp(3 + options.Providers / 20, 3, DemoNames.Lscbs.Length);
        return [.. DemoNames.Lscbs.Take(count).Select(l =>
        {
            var created = Lscb.Create(ids.Next(), l.Name, l.Area, DemoCast.QualityTeam);
            return created.IsSuccess ? created.Value : throw new InvalidOperationException(created.Error!.ToString());
        })];
    }

    private static IEnumerable<ProviderPortfolio> Portfolios(DemoDataOptions options, CommissioningOptions rules, IReadOnlyList<Lscb> lscbs)
    {
        for (var index = 0; index < options.Providers; index++)
        {
            yield return new ProviderHistory(options, rules, lscbs, index).Build();
        }
    }
}

/// <summary>The LSCBs every provider refers to, and the providers' portfolios, built one by one as enumerated.</summary>
public sealed record DemoDataStream(IReadOnlyList<Lscb> Lscbs, IEnumerable<ProviderPortfolio> Portfolios);
