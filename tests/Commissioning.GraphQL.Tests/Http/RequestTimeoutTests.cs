using System.Net;
using System.Text;
using System.Text.Json;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Tests.Execution;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Http;

/// <summary>A request still running at <c>RequestTimeout</c> is cancelled all the way into its resolvers and answered 503.</summary>
public class RequestTimeoutTests
{
    [Fact]
    public async Task A_request_past_its_timeout_cancels_the_resolver_and_is_answered_with_request_timeout()
    {
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = SdlSchema.Build("type Query { slow: String }", new Dictionary<string, FieldResolver>
        {
            ["Query.slow"] = async c =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, c.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    cancelled.TrySetResult(true);
                    throw;
                }
                return "never";
            },
        });
        var executor = new RequestExecutor(new RequestExecutorOptions { Schema = schema });
        await using var host = await HttpTestHost.StartAsync(executor, o => o.RequestTimeout = TimeSpan.FromMilliseconds(100));

        using var content = new StringContent("{\"query\":\"{ slow }\"}", Encoding.UTF8, "application/json");
        var response = await host.Client.PostAsync("/graphql", content);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Equal("REQUEST_TIMEOUT", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(await cancelled.Task);
    }
}
