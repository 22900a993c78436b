using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Commissioning.Api.Data;
using Commissioning.Api.GraphQL;
using Commissioning.Api.Tests.Data;
using Commissioning.Domain.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commissioning.Api.Tests.GraphQL;

/// <summary>
/// The real API over HTTP against its own SQLite file, migrated and filled by the test through the domain
/// (never the demo generator), so each test knows exactly which rows exist.
/// </summary>
internal sealed class GraphQLApi : IDisposable
{
    private const string UserHeader = "X-Test-User";
    private const string RoleHeader = "X-Test-Role";
    private const string ProviderHeader = "X-Test-Provider";

    private readonly TestDatabase _database;
    private readonly Factory _factory;
    private readonly HttpClient _client;

    private GraphQLApi(TestDatabase database, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _database = database;
        _factory = new Factory(database, settings, services);
        _client = _factory.CreateClient();
    }

    /// <summary>Starts the API over a migrated database holding what <paramref name="seed"/> adds; <paramref name="services"/> may replace the host's services (e.g. its clock).</summary>
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

    public CommissioningDbContext NewContext() => _database.NewContext();

    /// <summary>POSTs a GraphQL request, optionally as a signed-in <paramref name="caller"/>, and returns the JSON response.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null, Actor? caller = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLServiceCollectionExtensions.Path)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (caller is not null)
        {
            request.Headers.Add(UserHeader, caller.UserId);
            request.Headers.Add(RoleHeader, caller.Role.ToClaim());
            if (caller.ProviderId is { } providerId) request.Headers.Add(ProviderHeader, providerId.ToString());
        }
        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _database.Dispose();
    }

    private sealed class Factory(TestDatabase database, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Commissioning", database.ConnectionString);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IDatabaseSeeder>();
                services.AddTransient<IStartupFilter, TestSignIn>();
                configure?.Invoke(services);
            });
        }
    }

    /// <summary>
    /// Stands in for authentication, which a later issue adds: the caller's claims come from test headers,
    /// named as our tokens name them.
    /// </summary>
    private sealed class TestSignIn : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[UserHeader].ToString() is { Length: > 0 } user)
                {
                    var claims = new List<Claim>
                    {
                        new(CallerClaims.UserId, user),
                        new(CallerClaims.Name, user),
                        new(CallerClaims.Role, context.Request.Headers[RoleHeader].ToString()),
                    };
                    if (context.Request.Headers[ProviderHeader].ToString() is { Length: > 0 } provider)
                        claims.Add(new Claim(CallerClaims.ProviderId, provider));
                    context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
