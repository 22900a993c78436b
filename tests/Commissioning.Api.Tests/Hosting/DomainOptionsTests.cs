using Commissioning.Api.Tests.Data;
using Commissioning.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Tests.Hosting;

/// <summary>The policy defaults come from configuration, and a bad setting stops the host before it serves anything.</summary>
public sealed class DomainOptionsTests
{
    private static ApiFactory Factory(TestDatabase database, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>(database.Settings)
        {
            ["Commissioning:DemoData:Enabled"] = "false",
        };
        foreach (var (key, value) in settings) all[key] = value;
        return new ApiFactory(all);
    }

    [Fact]
    public void Configured_policy_values_reach_the_options_every_service_reads()
    {
        using var database = new TestDatabase();
        using var factory = Factory(database,
            ("Commissioning:ScrutinyServiceLevelWorkingDays", "10"),
            ("Commissioning:ExceptionSeverities:AUTHOR_CONFLICT", "LOW"));
        using var client = factory.CreateClient();

        var options = factory.Services.GetRequiredService<IOptions<CommissioningOptions>>().Value;
        Assert.Equal(10, options.ScrutinyServiceLevelWorkingDays);
        Assert.Equal(Severity.Low, options.SeverityOf("AUTHOR_CONFLICT"));
        Assert.Same(options, factory.Services.GetRequiredService<CommissioningOptions>());
        Assert.IsType<SystemClock>(factory.Services.GetRequiredService<IClock>());
    }

    [Fact]
    public void An_invalid_policy_value_stops_the_host_at_start()
    {
        using var database = new TestDatabase();
        using var factory = Factory(database, ("Commissioning:ScrutinyServiceLevelWorkingDays", "0"));

        var failure = Record.Exception(() => factory.CreateClient());
        // The whole exception when it is another: a full-suite run under load once saw an ObjectDisposedException here.
        Assert.True(failure is OptionsValidationException, failure?.ToString() ?? "no exception");
    }
}
