using Commissioning.Api.Data.Demo;
using Commissioning.Api.Tests.Data;
using Commissioning.Domain.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Tests.Demo;

/// <summary>The server seeds at start-up with nobody at a terminal: its progress goes to the log, the last line always.</summary>
public sealed class DemoDataSeederProgressTests
{
    private sealed class ListLogger : ILogger<DemoDataSeeder>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }

    [Fact]
    public async Task Without_a_reporter_the_seeder_logs_how_many_providers_are_saved_ending_with_all_of_them()
    {
        using var database = TestDatabase.Migrated();
        var logger = new ListLogger();
        var options = new DemoDataOptions { Providers = 6, ActionPlansPerProvider = 1, SeedBatchSize = 2 };

        await using (var db = database.NewContext())
            await new DemoDataSeeder(Options.Create(options), Options.Create(new CommissioningOptions()), logger).SeedAsync(db, CancellationToken.None);

        // The first batch is logged at once and the rest within the five-second interval, except the last.
        var lines = logger.Entries.Where(e => e.Message.StartsWith("Demo data: ", StringComparison.Ordinal)).ToList();
        Assert.All(lines, l => Assert.Equal(LogLevel.Information, l.Level));
        Assert.StartsWith("Demo data: 2 of 6 providers saved (33%)", lines[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Demo data: 6 of 6 providers saved (100%)", lines[^1].Message, StringComparison.Ordinal);
        Assert.Contains(", done in ", lines[^1].Message, StringComparison.Ordinal);
    }
}
