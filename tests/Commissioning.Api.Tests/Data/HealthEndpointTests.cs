using System.Net;
using System.Text.Json;
using Commissioning.Api.Data;
using Npgsql;

namespace Commissioning.Api.Tests.Data;

/// <summary>/health answers 200 when the database can be queried and 503, with a JSON body naming the failed check, when not.</summary>
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
}
