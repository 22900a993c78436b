using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Tests.Conformance;
using Commissioning.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>A masked resolver exception carries the request's correlation id to the client and, with the exception, to the log.</summary>
public class MaskedErrorCorrelationTests
{
    [Fact]
    public async Task The_correlation_id_of_the_request_is_on_the_masked_error_and_in_the_log()
    {
        var schema = SdlSchema.Build("type Query { a: String }", new Dictionary<string, FieldResolver>
        {
            ["Query.a"] = _ => throw new InvalidOperationException("Password=hunter2 at Db.Open()"),
        });
        var log = new ListLogger();
        var executor = new RequestExecutor(new RequestExecutorOptions { Schema = schema, Executor = new ExecutorOptions { Logger = log } });
        var result = await executor.ExecuteAsync(new ExecutionRequest
        {
            Query = "{ a }",
            Services = NoServices.Instance,
            RequestData = new Dictionary<string, object?> { [CorrelationId.RequestDataKey] = "req-42" },
        }, default);

        var json = Run.Json(result);
        Assert.Contains("\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\",\"correlationId\":\"req-42\"}", json);
        Assert.DoesNotContain("hunter2", json);
        Assert.DoesNotContain("Db.Open", json);
        var entry = Assert.Single(log.Entries);
        Assert.Contains("req-42", entry.Message);
        Assert.Equal("Password=hunter2 at Db.Open()", entry.Exception!.Message);
    }

    private sealed class ListLogger : ILogger
    {
        public List<(string Message, Exception? Exception)> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((formatter(state, exception), exception));
    }
}
