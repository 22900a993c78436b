using Commissioning.Api.Progress;

namespace Commissioning.Api.Hosting;

/// <summary>
/// How a command meets the world: its output and error writers, how progress is shown, and for tests the
/// environment and extra configuration (a test database). <see cref="Console"/> is the real one.
/// </summary>
public sealed record CommandContext(TextWriter Output, TextWriter Error)
{
    /// <summary>Overrides the style <c>--progress</c> and the terminal would choose (tests ask for plain lines).</summary>
    public ProgressStyle? Progress { get; init; }

    /// <summary>How often plain progress lines are written; <see cref="ConsoleProgress.DefaultLineInterval"/> when null.</summary>
    public TimeSpan? LineInterval { get; init; }

    /// <summary>The host environment; null for the usual ASPNETCORE_ENVIRONMENT (Development under dotnet run).</summary>
    public string? EnvironmentName { get; init; }

    /// <summary>Adds configuration after the command's own (tests point it at their database).</summary>
    public Action<IConfigurationBuilder>? Configure { get; init; }

    /// <summary>Standard output for data; standard error for progress and messages; standard output may be a pipe.</summary>
    public static CommandContext Console => new(System.Console.Out, System.Console.Error);

    /// <summary>Writes to standard output as raw bytes (a file sent to a pipe).</summary>
    public Func<Stream>? OpenOutput { get; init; }
}
