using Commissioning.Api.Tests.GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commissioning.Api.Tests.Security;

/// <summary>The host says at start where it accepts tokens from, and warns when it accepts none.</summary>
public sealed class AuthenticationModeReportTests
{
    [Fact]
    public void A_production_host_without_an_authority_warns_that_every_token_will_be_refused()
    {
        var log = new CapturingLoggerProvider();
        using var api = GraphQLApi.Start(settings: new Dictionary<string, string?> { ["environment"] = "Production", ["Commissioning:Authentication:Authority"] = "" },
            services: services => services.AddSingleton<ILoggerProvider>(log));

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("every bearer token will be refused"));
    }

    [Fact]
    public void A_development_host_reports_the_development_key()
    {
        var log = new CapturingLoggerProvider();
        using var api = GraphQLApi.Start(services: services => services.AddSingleton<ILoggerProvider>(log));

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("development key are accepted (Development only)"));
        Assert.DoesNotContain(log.Entries, e => e.Message.Contains("every bearer token will be refused"));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly List<(LogLevel Level, string Message)> _entries = [];

        public IReadOnlyList<(LogLevel Level, string Message)> Entries
        {
            get { lock (_entries) return [.. _entries]; }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose() { }

        private sealed class Logger(CapturingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (provider._entries) provider._entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
