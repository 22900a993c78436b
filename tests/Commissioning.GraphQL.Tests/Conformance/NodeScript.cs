using System.Diagnostics;

namespace Commissioning.GraphQL.Tests.Conformance;

/// <summary>Runs a script from tests/conformance with Node without blocking the thread pool (the server under test lives in this process).</summary>
internal static class NodeScript
{
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var directory = GraphQLJsOracle.ConformanceDirectory;
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "graphql-http")))
            throw new InvalidOperationException($"graphql-http is not installed in {directory}; run `bash build/install-test-deps.sh` first.");
        var start = new ProcessStartInfo("node", [Path.Combine(directory, script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within 2 minutes.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node {script} failed ({process.ExitCode}): {await stderr}");
        return await stdout;
    }
}
