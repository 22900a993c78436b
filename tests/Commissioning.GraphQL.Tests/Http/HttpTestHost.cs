using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Commissioning.GraphQL.Tests.Http;

/// <summary>An in-memory server hosting only the GraphQL endpoint, over a scripted executor.</summary>
internal sealed class HttpTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HttpTestHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<HttpTestHost> StartAsync(IRequestExecutor executor, Action<GraphQLHttpOptions>? configure = null)
    {
        var app = await GraphQLEndpointApp.StartAsync(executor, configure, builder => builder.WebHost.UseTestServer());
        return new HttpTestHost(app, app.GetTestClient());
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>Returns a fixed result and remembers the request it was given.</summary>
internal sealed class ScriptedExecutor(Func<ExecutionRequest, ExecutionResult> script) : IRequestExecutor
{
    public ExecutionRequest? LastRequest { get; private set; }

    public ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken)
    {
        LastRequest = request;
        return ValueTask.FromResult(script(request));
    }

    public static ScriptedExecutor Data() => new(_ =>
    {
        var data = new ResultMap();
        data.Add("__typename", "Query");
        return new ExecutionResult { Data = data };
    });
}
