using System.Net;
using System.Text.Json;
using Commissioning.Api.Data;
using Commissioning.Api.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// /health answers 200 when the database can be queried and 503, with a JSON body naming the failed check, when not; the
/// exception report's warm-up shows as Degraded (still 200) until it has loaded.
/// </summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Is_healthy_with_a_migrated_database()
    {
        using var database = new TestDatabase();
        using var factory = ApiFactory.For(database);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Is_503_with_a_json_body_when_the_database_cannot_be_opened()
    {
        using var database = new TestDatabase();
        // Where the database should be: a folder on SQLite, a database name on PostgreSQL. It must not leak.
        var (unopenable, location) = database.Provider == DatabaseProvider.Sqlite
            ? ($"Data Source={Path.Combine(database.Folder, "no-such-folder", "commissioning.db")};Mode=ReadWrite", database.Folder)
            : (new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "missing_" + Guid.NewGuid().ToString("N") }.ToString(), "missing_");
        using var factory = new ApiFactory(new Dictionary<string, string?>(database.Settings)
        {
            ["ConnectionStrings:Commissioning"] = unopenable,
            ["Commissioning:Database:MigrateOnStartup"] = "false",
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        var check = body.RootElement.GetProperty("checks").GetProperty("database");
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        Assert.DoesNotContain(location, check.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Is_503_when_the_database_exists_but_was_never_migrated()
    {
        using var database = new TestDatabase();
        using var factory = new ApiFactory(new Dictionary<string, string?>(database.Settings)
        {
            ["Commissioning:Database:MigrateOnStartup"] = "false",
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Reports_the_exception_reports_warm_up_degraded_until_it_has_loaded()
    {
        using var database = new TestDatabase();
        using var factory = new ApiFactory(new Dictionary<string, string?>(database.Settings)
        {
            ["Commissioning:DemoData:Enabled"] = "false",
            ["Commissioning:Reporting:WarmUp"] = "true",
        });
        using var client = factory.CreateClient();
        var warmUp = factory.Services.GetServices<IHostedService>().OfType<ExceptionSnapshotWarmUp>().Single();
        Assert.Same(warmUp, factory.Services.GetRequiredService<ExceptionSnapshotWarmUp>());

        // Before it has run (a host just starting): Degraded, still 200, so the instance answers but says it is not warm.
        var notYet = new ExceptionSnapshotWarmUp(factory.Services.GetRequiredService<ExceptionSnapshotCache>(),
            factory.Services.GetRequiredService<IOptions<CommissioningReportingCacheOptions>>(), NullLogger<ExceptionSnapshotWarmUp>.Instance);
        var degraded = await new ExceptionReportHealthCheck(notYet).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, degraded.Status);

        await warmUp.ExecuteTask!;
        using var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty(ExceptionReportHealthCheck.Name).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_the_warm_up_the_exception_report_is_healthy_from_the_start()
    {
        using var database = new TestDatabase();
        using var factory = ApiFactory.For(database);
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/health"));
        var check = body.RootElement.GetProperty("checks").GetProperty(ExceptionReportHealthCheck.Name);
        Assert.Equal("Healthy", check.GetProperty("status").GetString());
        Assert.Contains("first exception request", check.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
