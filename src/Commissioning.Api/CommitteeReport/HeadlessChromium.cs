using System.Diagnostics;
using System.Text;

namespace Commissioning.Api.CommitteeReport;

/// <summary>
/// One headless Chromium for one PDF: a fresh profile in a temporary folder (so nothing of one caller's session is
/// left for the next), the DevTools endpoint on a loopback port Chromium picks, and the process and profile gone
/// when disposed.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    // No GPU and a closed network on servers: without these flags Chromium keeps trying to reach Google's services.
    // The sandbox stays on unless this process runs as root, where Chromium refuses to start sandboxed (containers,
    // CI); even then the page it loads is this API's own report, and every request it makes is answered by
    // ReportPageRequests, never by the network.
    private static readonly string[] Flags =
    [
        "--headless", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--disable-extensions",
        "--mute-audio", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
    ];

    private readonly Process _process;
    private readonly string _profile;
    private readonly StringBuilder _output = new();

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The browser's DevTools WebSocket address.</summary>
    public Uri DevToolsAddress { get; private set; } = null!;

    public static async Task<HeadlessChromium> StartAsync(string executable, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("commissioning-report-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var flag in Flags) start.ArgumentList.Add(flag);
        if (Environment.IsPrivilegedProcess) start.ArgumentList.Add("--no-sandbox");
        start.ArgumentList.Add($"--user-data-dir={profile}");
        start.ArgumentList.Add("about:blank");

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        var chromium = new HeadlessChromium(process, profile);
        process.ErrorDataReceived += (_, e) => chromium.Remember(e.Data);
        process.OutputDataReceived += (_, e) => chromium.Remember(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            chromium.DevToolsAddress = await chromium.WaitForDevToolsAsync(cancellationToken).ConfigureAwait(false);
            return chromium;
        }
        catch
        {
            await chromium.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Chromium writes the port it chose and the browser target's path to DevToolsActivePort in the profile once it
    /// listens: more dependable than reading its log.
    /// </summary>
    private async Task<Uri> WaitForDevToolsAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(_profile, "DevToolsActivePort");
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
                throw new ChromiumUnavailableException($"Chromium exited with code {_process.ExitCode} before it was ready. Its output:\n{Output}");
            if (File.Exists(file))
            {
                var lines = (await File.ReadAllLinesAsync(file, cancellationToken).ConfigureAwait(false)).Where(l => l.Length > 0).ToArray();
                if (lines.Length >= 2 && int.TryParse(lines[0], out var port)) return new Uri($"ws://127.0.0.1:{port}{lines[1]}");
            }
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            // Enough to say why it failed; a long-running browser must not grow the API's memory.
            if (_output.Length < 16_000) _output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or not going: either way there is nothing more this request can do about it.
        }
        finally
        {
            _process.Dispose();
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
                // A child process may still hold a file for a moment; the folder is in the temporary directory.
            }
        }
    }
}

/// <summary>Chromium is not installed where configured, or would not start: the PDF cannot be printed here.</summary>
public sealed class ChromiumUnavailableException(string message) : Exception(message);
