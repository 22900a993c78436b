using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.GraphQL.Tests.Http;

/// <summary>
/// A started web application that hosts only the GraphQL endpoint over the given executor. The caller picks
/// the server (in-memory test server or a real Kestrel listener) and anything else the host needs.
/// </summary>
internal static class GraphQLEndpointApp
{
    public static async Task<WebApplication> StartAsync(IRequestExecutor executor, Action<GraphQLHttpOptions>? configure,
        Action<WebApplicationBuilder> server)
    {
        var builder = WebApplication.CreateSlimBuilder();
        server(builder);
        builder.Services.AddSingleton(executor);
        builder.Services.AddGraphQLHttp(configure);
        builder.Services.AddRouting();
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        return app;
    }
}
