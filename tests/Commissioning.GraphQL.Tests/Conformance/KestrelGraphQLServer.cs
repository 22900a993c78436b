using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Http;
using Commissioning.GraphQL.Tests.Http;
using Commissioning.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commissioning.GraphQL.Tests.Conformance;

/// <summary>
/// Our engine behind a real Kestrel listener on a free loopback port, so that out-of-process clients
/// (Node's graphql-http audit, raw sockets) talk to it exactly as production clients would.
/// </summary>
internal sealed class KestrelGraphQLServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelGraphQLServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The absolute URL of <c>/graphql</c>.</summary>
    public Uri Endpoint { get; }

    public static async Task<KestrelGraphQLServer> StartAsync(RequestExecutorOptions options, Action<GraphQLHttpOptions>? configure = null)
    {
        var app = await GraphQLEndpointApp.StartAsync(new RequestExecutor(options), configure, builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
        });
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new KestrelGraphQLServer(app, new Uri(new Uri(address), "/graphql"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>A small schema with a query, an argument and a mutation: enough for transport-level checks.</summary>
internal static class GreetingSchema
{
    public static Schema Build() => new SchemaBuilder()
        .Query(q =>
        {
            q.Field("hello", (_, ctx) => "Hello, " + (ctx.GetArgument<string?>("name") ?? "world"))
                .Argument<string?>("name");
            q.Field("count", (_, _) => 3);
        })
        .Mutation(m => m.Field("touch", (_, _) => true))
        .Build();
}
