using System.Text.RegularExpressions;
using Commissioning.Api.Hosting;
using Commissioning.Api.Progress;
using Microsoft.Extensions.Configuration;

namespace Commissioning.Api.Tests.Hosting;

/// <summary>
/// Runs a command as the program would, in a Development host over a test's database, with progress as plain
/// lines (as in CI: standard error is not a terminal) written at every step, and captures what it writes.
/// </summary>
internal sealed class CommandRun(IReadOnlyDictionary<string, string?> settings)
{
    public int ExitCode { get; private set; }
    public string Output { get; private set; } = "";
    public string Error { get; private set; } = "";
    public byte[] RawOutput { get; private set; } = [];

    public static async Task<CommandRun> RunAsync(Func<string[], CommandContext, CancellationToken, Task<int>> command, string arguments,
        IReadOnlyDictionary<string, string?> settings)
    {
        var run = new CommandRun(settings);
        var output = new StringWriter();
        var error = new StringWriter();
        var raw = new MemoryStream();
        var context = new CommandContext(output, error)
        {
            Progress = ProgressStyle.Lines,
            LineInterval = TimeSpan.Zero,
            EnvironmentName = "Development",
            Configure = configuration => configuration.AddInMemoryCollection(run.Settings),
            OpenOutput = () => new KeepOpen(raw),
        };
        run.ExitCode = await command(Split(arguments).ToArray(), context, CancellationToken.None);
        run.Output = output.ToString();
        run.Error = error.ToString();
        run.RawOutput = raw.ToArray();
        return run;
    }

    public IReadOnlyDictionary<string, string?> Settings { get; } = settings;

    /// <summary>Arguments as a shell would split them, with "double quotes" grouping words.</summary>
    public static IEnumerable<string> Split(string arguments) =>
        Regex.Matches(arguments, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);

    /// <summary>The command disposes what it writes to; the test still wants to read it.</summary>
    private sealed class KeepOpen(MemoryStream inner) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.WriteAsync(buffer, offset, count, cancellationToken);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);
    }
}
