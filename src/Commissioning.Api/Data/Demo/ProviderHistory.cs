using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Data.Demo;

/// <summary>
/// Plays one provider's years with the commissioner forward through the domain's own methods,
/// moving a <see cref="FixedClock"/> as a real history would, and stops at the as-of date.
/// Every choice comes from a <see cref="Random"/> seeded by the options' seed and the
/// provider's index, so a provider's history does not depend on how many others there are.
/// </summary>
internal sealed partial class ProviderHistory
{
    private readonly DemoDataOptions _options;
    private readonly CommissioningOptions _rules;
    private readonly WorkingCalendar _calendar;
    private readonly IReadOnlyList<Lscb> _lscbs;
    private readonly int _index;
    private readonly Random _random;
    private readonly DemoIdSource _ids;
    private readonly FixedClock _clock;
    private readonly HashSet<ExceptionCode> _forced;
    private readonly DateOnly _asOf;
    private readonly DateOnly _historyStart;
    private readonly FinancialQuarter _currentQuarter;

    private ProviderPortfolio _portfolio = null!;
    private Actor _staff = null!;
    private string _domain = "";

    /// <summary>How well this provider does, 0 (struggling) to 1 (exemplary); tilts every outcome.</summary>
    private double _quality;

    public ProviderHistory(DemoDataOptions options, CommissioningOptions rules, IReadOnlyList<Lscb> lscbs, int index)
    {
        _options = options;
        _rules = rules;
        _calendar = new WorkingCalendar(rules);
        _lscbs = lscbs;
        _index = index;
        _random = new Random(SeedFor(options.Seed, index));
        _ids = new DemoIdSource(options.Seed, index);
        _asOf = options.AsOf;
        _currentQuarter = FinancialQuarter.FromDate(_asOf);
        _historyStart = new FinancialQuarter(_currentQuarter.Year - options.Years, 1).Start;
        _clock = new FixedClock(_historyStart);
        _forced = ForcedExceptions(index, options.Providers);
    }

    /// <summary>
    /// Mixes the seed and the index with fixed arithmetic: <see cref="HashCode"/> is randomised per
    /// process, which would give different data on every run.
    /// </summary>
    private static int SeedFor(int seed, int index)
    {
        unchecked
        {
            var mixed = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)index * 0xC2B2AE3D27D4EB4FUL;
            mixed ^= mixed >> 29;
            return (int)(mixed & 0x7FFFFFFF);
        }
    }

    /// <summary>
    /// Each exception code is planted deliberately in one provider (code number modulo the
    /// provider count), so every code is present as of the as-of date at any scale.
    /// </summary>
    private static HashSet<ExceptionCode> ForcedExceptions(int index, int providers) =>
        [.. Enum.GetValues<ExceptionCode>().Where(code => (int)code % providers == index % Math.Max(providers, 1))];

    private bool Forced(ExceptionCode code) => _forced.Contains(code);

    public ProviderPortfolio Build()
    {
        using var scope = DomainIds.Use(_ids.Next);
        var type = TypeFor(_index);
        _quality = Math.Clamp(0.55 + (_random.NextDouble() - 0.5) * 0.8, 0.05, 0.95);
        At(_historyStart.AddDays(-_random.Next(30, 90)));
        var provider = Ok(Provider.Register(
            _ids.Next(),
            DemoNames.ProviderName(type, _index, _random),
            type,
            DemoNames.OdsCode(type, _index),
            _ => false,
            DemoCast.QualityTeam), "register provider");
        _portfolio = new ProviderPortfolio { Index = _index, Provider = provider };
        _domain = provider.OdsCode.ToLowerInvariant();
        _staff = new Actor($"safeguarding.lead@{_domain}.nhs.uk", $"{DemoNames.Person(_random)} (Safeguarding Lead)", Role.Provider, provider.Id);
        JoinLscbs(provider);
        AddSubContractors(provider);

        BuildContracts();
        BuildIndicatorReturns();
        BuildAudits();
        BuildReviews();
        BuildIncidents();
        BuildShowcasePlans();
        BuildMeetings();
        return _portfolio;
    }

    /// <summary>Mostly GP practices, as a CCG's list is, with every other kind in a fixed rotation.</summary>
    internal static ProviderType TypeFor(int index) => (index % 10) switch
    {
        0 => ProviderType.NhsTrust,
        2 => ProviderType.FoundationTrust,
        4 or 8 => ProviderType.Independent,
        6 => ProviderType.Voluntary,
        9 => ProviderType.Other,
        _ => ProviderType.GpPractice,
    };

    private ProviderType Type => _portfolio.Provider.Type;

    private bool IsTrust => Type is ProviderType.NhsTrust or ProviderType.FoundationTrust;

    private void JoinLscbs(Provider provider)
    {
        var home = _lscbs[_index % _lscbs.Count];
        Ok(provider.JoinLscb(home.Id, DemoCast.QualityTeam), "join LSCB");
        // Trusts serving a wider area, and some others, sit on a neighbouring board too (DOR 4.16).
        if (IsTrust || _random.NextDouble() < 0.1)
        {
            var neighbour = _lscbs[(_index + 1) % _lscbs.Count];
            if (neighbour.Id != home.Id)
            {
                Ok(provider.JoinLscb(neighbour.Id, DemoCast.QualityTeam), "join second LSCB");
            }
        }
    }

    private static readonly string[] SubContractorPrefixes = ["Wessex", "Solent", "Chiltern"];

    private void AddSubContractors(Provider provider)
    {
        if (!IsTrust && Type != ProviderType.Independent)
        {
            return;
        }
        string[] services = ["Out-of-hours paediatric cover", "Patient transport", "Interpreting services", "Agency nursing", "Community phlebotomy"];
        var count = _random.Next(0, 3);
        for (var i = 0; i < count; i++)
        {
            var sub = Ok(provider.AddSubContractor(
                _ids.Next(),
                $"{SubContractorPrefixes[i]} {DemoNames.Pick(_random, ["Care Partners", "Health Services", "Staffing", "Medical"])} Ltd",
                null,
                services[(i + _index) % services.Length],
                DemoCast.QualityTeam), "add sub-contractor");
            if (_random.NextDouble() < 0.8)
            {
                At(_clock.Today.AddDays(_random.Next(10, 60)));
                Ok(provider.ConfirmDutiesFlowedDown(sub.Id, _clock, _staff), "confirm duties flowed down");
            }
        }
    }

    // Time.

    /// <summary>Moves the clock to <paramref name="day"/> at an office hour.</summary>
    private void At(DateOnly day, int hour = -1)
    {
        var h = hour >= 0 ? hour : _random.Next(8, 18);
        _clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(h, _random.Next(0, 60))), TimeSpan.Zero);
    }

    private bool Happened(DateOnly day) => day <= _asOf;

    private DateOnly RandomDay(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));

    private DateOnly WorkingDaysAfter(DateOnly day, int workingDays) => _calendar.AddWorkingDays(day, workingDays);

    private bool Chance(double probability) => _random.NextDouble() < probability;

    // Results: a failure here is a generator bug, never data to keep, so it stops generation.

    private T Ok<T>(Result<T> result, string what) =>
        result.IsSuccess ? result.Value : throw Broken(what, result.Error);

    private void Ok(Result result, string what)
    {
        if (result.IsFailure)
        {
            throw Broken(what, result.Error);
        }
    }

    private InvalidOperationException Broken(string what, DomainError error) =>
        new($"Demo data for provider {_index} broke a domain rule ({what}) on {_clock.Today:yyyy-MM-dd}: {error}");
}
