using Commissioning.Api.Data.Demo;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;

namespace Commissioning.Api.Tests.Demo;

/// <summary>The demo data exists to show exception reporting (DOR 4.19), so every code must appear as of its date.</summary>
public sealed class DemoDataExceptionTests
{
    private static ExceptionSnapshot SnapshotOf(DemoDataSet set) => new()
    {
        Providers = set.Providers,
        Contracts = set.Contracts,
        Schedules = set.Schedules,
        IndicatorReturns = set.IndicatorReturns,
        Incidents = set.Incidents,
        Reviews = set.Reviews,
        ActionPlans = set.ActionPlans,
    };

    [Fact]
    public void Default_demo_data_raises_every_exception_code_as_of_its_date()
    {
        var set = DemoDataGenerator.Generate(new DemoDataOptions());
        var lines = new ExceptionEngine().Compute(SnapshotOf(set), set.Options.AsOf, new CommissioningOptions());
        Assert.Equal(
            string.Join(",", Enum.GetValues<ExceptionCode>()),
            string.Join(",", lines.Select(l => l.Code).Distinct().Order()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(14)]
    public void Even_a_small_commissioner_shows_every_exception_code(int providers)
    {
        var set = DemoDataGenerator.Generate(new DemoDataOptions { Providers = providers });
        var lines = new ExceptionEngine().Compute(SnapshotOf(set), set.Options.AsOf, new CommissioningOptions());
        Assert.Equal(
            string.Join(",", Enum.GetValues<ExceptionCode>()),
            string.Join(",", lines.Select(l => l.Code).Distinct().Order()));
    }

    [Fact]
    public void Most_providers_are_not_in_exception_on_every_code()
    {
        var set = DemoDataGenerator.Generate(new DemoDataOptions());
        var lines = new ExceptionEngine().Compute(SnapshotOf(set), set.Options.AsOf, new CommissioningOptions());
        var codesPerProvider = lines.Where(l => l.ProviderId is not null).GroupBy(l => l.ProviderId).Select(g => g.Select(l => l.Code).Distinct().Count());
        Assert.All(codesPerProvider, count => Assert.True(count < Enum.GetValues<ExceptionCode>().Length));
    }
}
