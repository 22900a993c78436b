using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.Tests.Data;

/// <summary>The real application host, with its settings and services adjusted per test.</summary>
internal sealed class ApiFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public static ApiFactory For(TestDatabase database, Action<IServiceCollection>? services = null) =>
        new(new Dictionary<string, string?>(database.Settings)
        {
            // These tests register their own seeders; the demo commissioner would fill the database first.
            ["Commissioning:DemoData:Enabled"] = "false",
        }, services);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // No background load of the exception snapshot while a test works on the database, unless it asks for one.
        builder.UseSetting("Commissioning:Reporting:WarmUp", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
