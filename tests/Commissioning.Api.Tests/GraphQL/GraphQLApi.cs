using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Api.Data;
using Commissioning.Api.GraphQL;
using Commissioning.Api.Security;
using Commissioning.Api.Tests.Data;
using Commissioning.Api.Tests.Security;
using Commissioning.Domain.Common;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Api.Tests.GraphQL;

/// <summary>
/// The real API over HTTP against its own database (SQLite file or PostgreSQL, see TestDatabase), migrated and filled by the test through the domain
/// (never the demo generator), so each test knows exactly which rows exist.
/// </summary>
internal sealed class GraphQLApi : IDisposable
{
    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly Factory _factory;
    private readonly HttpClient _client;

    private GraphQLApi(TestDatabase database, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services, bool ownsDatabase = true)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
        _factory = new Factory(database, settings, services);
        _client = _factory.CreateClient();
    }

    /// <summary>
    /// Starts the API over a migrated database holding what <paramref name="seed"/> adds, with extra
    /// <paramref name="settings"/> and <paramref name="services"/> (applied after the application's own).
    /// </summary>
    public static GraphQLApi Start(Action<CommissioningDbContext>? seed = null, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var database = TestDatabase.Migrated();
        if (seed is not null)
        {
            using var db = database.NewContext();
            seed(db);
            db.SaveChanges();
        }
        return new GraphQLApi(database, settings ?? new Dictionary<string, string?>(), services);
    }

    /// <summary>
    /// Starts the API over a migrated database holding the demo data <paramref name="demo"/> describes, plus what
    /// <paramref name="seed"/> adds: for tests that need every kind of record in realistic numbers.
    /// </summary>
    public static async Task<GraphQLApi> StartWithDemoAsync(Commissioning.Api.Data.Demo.DemoDataOptions demo, Action<CommissioningDbContext>? seed = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = TestDatabase.Migrated();
        try
        {
            await database.SeedDemoAsync(demo);
            if (seed is not null)
            {
                await using var db = database.NewContext();
                seed(db);
                await db.SaveChangesAsync();
            }
            return new GraphQLApi(database, settings ?? new Dictionary<string, string?>(), null);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public CommissioningDbContext NewContext() => _database.NewContext();

    /// <summary>
    /// A second API host over the same database, as another instance behind a load balancer would be: its own
    /// services and caches, nothing shared but the data. Disposing it leaves the database to this one.
    /// </summary>
    public GraphQLApi AnotherInstance(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(_database, settings ?? new Dictionary<string, string?>(), null, ownsDatabase: false);

    /// <summary>The client for requests a test shapes itself (its own Authorization header, a raw body).</summary>
    public HttpClient Client => _client;

    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// A bearer token for <paramref name="caller"/>. In Development, minted as the <c>token</c> command mints it,
    /// with the keys this host is configured with (appsettings.Development.json unless a test overrides them);
    /// elsewhere, where development keys are refused, signed by the stub OpenID Connect authority the host trusts.
    /// </summary>
    public string TokenFor(Actor caller)
    {
        var options = _factory.Services.GetRequiredService<IOptions<BearerAuthenticationOptions>>().Value;
        if (_factory.Services.GetRequiredService<IHostEnvironment>().IsDevelopment())
            return DevelopmentTokens.Mint(options, caller, DateTimeOffset.UtcNow);
        return DevelopmentTokens.Create(caller, _factory.IdentityProvider.Authority, options.Audience,
            new SigningCredentials(_factory.IdentityProvider.SigningKey, SecurityAlgorithms.RsaSha256), DateTimeOffset.UtcNow, options.TokenLifetime);
    }

    /// <summary>POSTs a GraphQL request, optionally as a signed-in <paramref name="caller"/>, and returns the JSON response.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null, Actor? caller = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLServiceCollectionExtensions.Path)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (caller is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(caller));
        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        if (_ownsDatabase) _database.Dispose();
    }

    private sealed class Factory(TestDatabase database, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices)
        : WebApplicationFactory<Program>
    {
        /// <summary>The authority a host outside Development trusts, unless the test configures another (or none).</summary>
        public StubIdentityProvider IdentityProvider { get; } = new("https://login.test.invalid/commissioning");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in database.Settings) builder.UseSetting(key, value);
            // No background load at start unless a test asks for it: tests count the statements each request runs.
            builder.UseSetting("Commissioning:Reporting:WarmUp", "false");
            if (settings.TryGetValue("environment", out var environment) && environment is not null
                && !string.Equals(environment, Environments.Development, StringComparison.OrdinalIgnoreCase))
                builder.UseSetting(BearerAuthenticationOptions.SectionName + ":Authority", IdentityProvider.Authority);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IDatabaseSeeder>();
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = IdentityProvider);
                configureServices?.Invoke(services);
            });
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing) IdentityProvider.Dispose();
        }
    }
}
