using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commissioning.Api.Tests.Limits;

/// <summary>Unexpected failures reach the client as a fixed message with a correlation id; known errors keep their words.</summary>
public sealed class ErrorMaskingApiTests
{
    [Fact]
    public async Task A_database_failure_is_masked_with_a_correlation_id_and_no_exception_text()
    {
        var log = new CapturedLog();
        using var api = GraphQLApi.Start(db => TestData.AddLscb(db, "North LSCB", "Northshire"),
            services: services => services.AddSingleton<ILoggerProvider>(log));
        using (var db = api.NewContext())
        {
            // The table a query needs disappears: the resolver's query fails with a provider exception.
            var table = db.Model.FindEntityType(typeof(Lscb))!.GetTableName();
            var cascade = db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal) ? "" : " CASCADE";
#pragma warning disable EF1002 // the table name comes from the model, not from input
            db.Database.ExecuteSqlRaw($"DROP TABLE \"{table}\"{cascade}");
#pragma warning restore EF1002
        }

        var response = await api.PostAsync("{ lscbs { nodes { name } } }", caller: TestData.Quality);
        var text = response.GetRawText();

        Assert.Equal("Unexpected Execution Error", response.ErrorMessage());
        Assert.Equal("INTERNAL_SERVER_ERROR", response.ErrorCode());
        var correlationId = response.At("errors", 0, "extensions", "correlationId").GetString();
        Assert.False(string.IsNullOrWhiteSpace(correlationId));
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("no such table", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("does not exist", text);
        Assert.DoesNotContain(" at ", text);
        Assert.DoesNotContain(".cs:line", text);

        // The details are in the log, under the id the client was given.
        var entry = Assert.Single(log.Entries, e => e.Exception is not null && e.Message.Contains(correlationId!, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, entry.Level);
    }

    [Fact]
    public async Task A_known_error_keeps_its_message_and_code()
    {
        using var api = GraphQLApi.Start();
        var response = await api.PostAsync("{ node(id: \"not an id\") { id } }", caller: TestData.Quality);
        Assert.Equal("INVALID_NODE_ID", response.ErrorCode());
        Assert.NotEqual("Unexpected Execution Error", response.ErrorMessage());
        Assert.False(response.At("errors", 0, "extensions").TryGetProperty("correlationId", out _));
    }
}

/// <summary>Keeps every log entry of the host, for tests that check what reaches the log.</summary>
internal sealed class CapturedLog : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Message, Exception? Exception)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Message, Exception? Exception)> Entries
    {
        get { lock (_entries) return [.. _entries]; }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (log._entries) log._entries.Add((logLevel, formatter(state, exception), exception));
        }
    }
}
