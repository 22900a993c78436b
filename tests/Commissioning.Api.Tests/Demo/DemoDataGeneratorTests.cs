using Commissioning.Api.Data.Demo;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Meetings;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Tests.Demo;

public sealed class DemoDataGeneratorTests
{
    private static readonly Lazy<DemoDataSet> Default = new(() => DemoDataGenerator.Generate(new DemoDataOptions()));

    [Fact]
    public void Same_options_give_identical_data_ids_included()
    {
        var again = DemoDataGenerator.Generate(new DemoDataOptions());
        Assert.Equal(DemoDataDump.Of(Default.Value), DemoDataDump.Of(again));
    }

    [Fact]
    public void A_different_seed_gives_different_data()
    {
        var other = DemoDataGenerator.Generate(new DemoDataOptions { Seed = 7 });
        Assert.NotEqual(Default.Value.Providers[0].Id, other.Providers[0].Id);
    }

    [Fact]
    public void Default_options_give_forty_providers_with_a_history()
    {
        var set = Default.Value;
        Assert.Equal(40, set.Providers.Count);
        Assert.Equal(set.Providers.Count, set.Providers.Select(p => p.OdsCode).Distinct().Count());
        Assert.True(set.Lscbs.Count >= 3);
        Assert.All(set.Providers, p => Assert.Contains(set.Contracts, c => c.ProviderId == p.Id && c.IsLiveOn(set.Options.AsOf)));
        Assert.True(set.ActionPlans.Count >= 150, $"{set.ActionPlans.Count} plans");
        Assert.True(set.ProgressUpdateCount >= 500, $"{set.ProgressUpdateCount} updates");
        Assert.NotEmpty(set.Incidents);
        Assert.NotEmpty(set.Reviews);
        Assert.NotEmpty(set.Meetings);
    }

    [Fact]
    public void Nothing_happens_after_the_as_of_date()
    {
        var set = Default.Value;
        var asOf = set.Options.AsOf;
        Assert.All(set.ActionPlans, p => Assert.True(p.History[^1].At <= new DateTimeOffset(asOf.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero)));
        Assert.All(set.ActionPlans.SelectMany(p => p.ProgressUpdates), u => Assert.True(DateOnly.FromDateTime(u.SubmittedAt.DateTime) <= asOf));
        Assert.All(set.IndicatorReturns, r => Assert.True(r.SubmittedOn is null || r.SubmittedOn <= asOf));
    }

    [Fact]
    public void Every_provider_type_is_present() =>
        Assert.Equal(Enum.GetValues<ProviderType>().ToHashSet(), Default.Value.Providers.Select(p => p.Type).ToHashSet());

    [Fact]
    public void Every_rag_colour_is_present_in_submitted_returns() =>
        Assert.Equal(Enum.GetValues<Rag>().ToHashSet(), Default.Value.IndicatorReturns.Where(r => r.IsSubmitted).SelectMany(r => r.Values).Select(v => v.Rag).ToHashSet());

    [Fact]
    public void Every_plan_source_is_present() =>
        Assert.Equal(Enum.GetValues<ActionPlanSource>().ToHashSet(), Default.Value.ActionPlans.Select(p => p.Source).ToHashSet());

    [Fact]
    public void Every_plan_state_is_present() =>
        Assert.Equal(
            string.Join(",", Enum.GetValues<ActionPlanStatus>()),
            string.Join(",", Default.Value.ActionPlans.Select(p => p.Status).Distinct().Order()));

    [Fact]
    public void Audits_have_every_assurance_level_and_some_are_overdue()
    {
        var set = Default.Value;
        var audits = set.Schedules.SelectMany(s => s.AuditSchedule?.Audits ?? []).ToList();
        Assert.Equal(Enum.GetValues<AssuranceLevel>().ToHashSet(), audits.Where(a => a.HasOutcome).Select(a => a.AssuranceLevel!.Value).ToHashSet());
        Assert.Contains(audits, a => a.IsOverdueOn(set.Options.AsOf));
        Assert.Contains(audits, a => a.Status == AuditStatus.Planned);
    }

    [Fact]
    public void Updates_include_late_missing_and_corrected_ones()
    {
        var set = Default.Value;
        var rules = new Commissioning.Domain.Common.CommissioningOptions();
        var updates = set.ActionPlans.SelectMany(p => p.ProgressUpdates).ToList();
        Assert.Contains(updates, u => u.IsCorrection);
        Assert.Contains(updates, u => DateOnly.FromDateTime(u.SubmittedAt.DateTime) > u.Quarter.DueDate(rules.UpdateDueDaysAfterQuarterEnd));
        Assert.Contains(set.ActionPlans, p => p.QuartersMissingUpdate(set.Options.AsOf, rules.UpdateDueDaysAfterQuarterEnd).Count > 0);
        Assert.Contains(set.ActionPlans, p => p.Scrutinies.Any(s => s.Subject == ScrutinySubject.ProgressUpdate));
    }

    [Fact]
    public void Reviews_have_authors_sign_off_chains_and_an_imported_author_conflict()
    {
        var set = Default.Value;
        Assert.Contains(set.Reviews, r => r.SignOff == SignOffStatus.ForwardedToLscb);
        Assert.Contains(set.Reviews, r => r.Authors.Count > 0);
        Assert.NotEmpty(AuthorConflicts.Find(set.Reviews));
        Assert.Contains(set.Reviews, r => r.IsTimescaleBreachedOn(set.Options.AsOf));
    }

    [Fact]
    public void Meetings_raise_both_kinds_of_sanction() =>
        Assert.Equal(Enum.GetValues<SanctionKind>().ToHashSet(), Default.Value.Meetings.SelectMany(m => m.Sanctions).Select(s => s.Kind).ToHashSet());

    [Fact]
    public void Some_live_schedules_are_deliberately_incomplete()
    {
        var set = Default.Value;
        var live = set.Contracts.Where(c => c.IsLiveOn(set.Options.AsOf)).ToList();
        Assert.Contains(live, c => c.LacksCompleteScheduleOn(set.Options.AsOf));
        Assert.Contains(live, c => c.Schedule is { IsComplete: true });
    }

    [Fact]
    public void The_provider_count_is_honoured_at_scale()
    {
        var stream = DemoDataGenerator.Stream(new DemoDataOptions { Providers = 500 });
        var count = 0;
        var ids = new HashSet<Guid>();
        foreach (var portfolio in stream.Portfolios)
        {
            count++;
            Assert.True(ids.Add(portfolio.Provider.Id));
        }
        Assert.Equal(500, count);
    }

    [Fact]
    public void A_provider_history_does_not_depend_on_how_many_providers_there_are()
    {
        var small = DemoDataGenerator.Stream(new DemoDataOptions { Providers = 20 }).Portfolios.ElementAt(17);
        var large = DemoDataGenerator.Stream(new DemoDataOptions { Providers = 20 }).Portfolios.ElementAt(17);
        Assert.Equal(small.Provider.Id, large.Provider.Id);
        Assert.Equal(small.ActionPlans.Select(p => p.Id), large.ActionPlans.Select(p => p.Id));
    }
}
