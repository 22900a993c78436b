using System.Net;
using System.Text.Json;

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
        var missing = Path.Combine(database.Folder, "no-such-folder", "commissioning.db");
        using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Commissioning"] = $"Data Source={missing};Mode=ReadWrite",
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
        Assert.DoesNotContain(database.Folder, check.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Is_503_when_the_database_exists_but_was_never_migrated()
    {
        using var database = new TestDatabase();
        using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Commissioning"] = database.ConnectionString,
            ["Commissioning:Database:MigrateOnStartup"] = "false",
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
