using System.Text;
using System.Text.Json;
using Commissioning.Domain;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.CommitteeReport;

/// <summary>
/// Prints the committee report page to PDF with headless Chromium, driven over the DevTools protocol: the caller's
/// bearer token goes into the tab's sessionStorage exactly where the page keeps it when a person pastes it, every
/// request the page makes is answered by <see cref="ReportPageRequests"/> as the caller, and the PDF is taken once
/// the page says its data has loaded. Nothing runs with more rights than the caller's own.
/// </summary>
public sealed class CommitteeReportPrinter(IOptions<CommitteeReportOptions> options, ILogger<CommitteeReportPrinter> logger)
{
    // Each PDF is one browser; a few at a time keep a burst of requests from starting a browser each.
    private static readonly SemaphoreSlim Printing = new(2, 2);

    /// <summary>Where the page keeps the token (src/Commissioning.Web/src/shared/token.ts).</summary>
    private const string TokenStorageKey = "commissioning.bearerToken";

    public async Task<PdfOutcome> PrintAsync(HttpContext caller, FinancialQuarter quarter, string bearerToken)
    {
        var settings = options.Value;
        var executable = settings.ResolveChromium();
        if (executable is null) return PdfOutcome.Failed(StatusCodes.Status503ServiceUnavailable, NotInstalledMessage(settings));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(caller.RequestAborted);
        timeout.CancelAfter(settings.PdfTimeout);
        try
        {
            await Printing.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                return await PrintWithAsync(executable, caller, quarter, bearerToken, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                Printing.Release();
            }
        }
        catch (OperationCanceledException) when (!caller.RequestAborted.IsCancellationRequested)
        {
            return PdfOutcome.Failed(StatusCodes.Status503ServiceUnavailable,
                $"The PDF was not ready within {settings.PdfTimeout.TotalSeconds:0} seconds (Commissioning:Reports:PdfTimeout). Try again, or print the HTML report.");
        }
        catch (ChromiumUnavailableException e)
        {
            logger.LogError("Chromium at {Path} could not print the committee report: {Reason}", executable, e.Message);
            return PdfOutcome.Failed(StatusCodes.Status503ServiceUnavailable,
                $"Chromium at {executable} could not be started to print the PDF. {InstallHint}");
        }
    }

    private static async Task<PdfOutcome> PrintWithAsync(string executable, HttpContext caller, FinancialQuarter quarter, string bearerToken,
        CancellationToken cancellationToken)
    {
        await using var chromium = await HeadlessChromium.StartAsync(executable, cancellationToken).ConfigureAwait(false);
        await using var devTools = await DevToolsConnection.ConnectAsync(chromium.DevToolsAddress, cancellationToken).ConfigureAwait(false);

        var target = await devTools.SendAsync("Target.createTarget", new { url = "about:blank" }, null, cancellationToken).ConfigureAwait(false);
        var attached = await devTools.SendAsync("Target.attachToTarget",
            new { targetId = target.GetProperty("targetId").GetString(), flatten = true }, null, cancellationToken).ConfigureAwait(false);
        var session = attached.GetProperty("sessionId").GetString();

        var requests = new ReportPageRequests(caller);
        using var stopServing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var serving = ServeAsync(devTools, session, requests, stopServing.Token);
        try
        {
            await devTools.SendAsync("Fetch.enable", new { patterns = new[] { new { urlPattern = "*", requestStage = "Request" } } }, session, cancellationToken)
                .ConfigureAwait(false);
            await devTools.SendAsync("Page.addScriptToEvaluateOnNewDocument",
                new { source = $"sessionStorage.setItem({JsonSerializer.Serialize(TokenStorageKey)}, {JsonSerializer.Serialize(bearerToken)});" },
                session, cancellationToken).ConfigureAwait(false);
            var address = new Uri(ReportPageRequests.Origin, $"{Web.WebPages.CommitteeReport.Path}?quarter={Uri.EscapeDataString(quarter.ToString())}");
            await devTools.SendAsync("Page.navigate", new { url = address.ToString() }, session, cancellationToken).ConfigureAwait(false);

            var state = await WaitForReportAsync(devTools, session, serving, cancellationToken).ConfigureAwait(false);
            if (state != "ready")
            {
                return requests.FirstFailure is { } failure
                    ? PdfOutcome.Failed(failure.Status, failure.Message)
                    : PdfOutcome.Failed(StatusCodes.Status502BadGateway, $"The report page could not be rendered: {state}");
            }

            var pdf = await devTools.SendAsync("Page.printToPDF",
                new { printBackground = true, preferCSSPageSize = true, generateDocumentOutline = true, generateTaggedPDF = true },
                session, cancellationToken).ConfigureAwait(false);
            return PdfOutcome.Printed(Convert.FromBase64String(pdf.GetProperty("data").GetString()!));
        }
        finally
        {
            await stopServing.CancelAsync().ConfigureAwait(false);
            try
            {
                await serving.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // Stopped on purpose, or the browser went away first; the outcome above already says which.
            }
        }
    }

    /// <summary>
    /// The page marks its main element <c>data-report-state</c> "ready" once every section has its data, and
    /// "failed" (with the reason in <c>data-report-error</c>) when any query failed.
    /// </summary>
    private static async Task<string> WaitForReportAsync(DevToolsConnection devTools, string? session, Task serving, CancellationToken cancellationToken)
    {
        const string probe = "(() => { const m = document.querySelector('[data-report-state]'); " +
            "return !m ? 'loading' : m.dataset.reportState === 'failed' ? 'failed: ' + (m.dataset.reportError || 'unknown error') : m.dataset.reportState; })()";
        while (true)
        {
            if (serving.IsFaulted) await serving.ConfigureAwait(false);
            var result = await devTools.SendAsync("Runtime.evaluate", new { expression = probe, returnByValue = true }, session, cancellationToken)
                .ConfigureAwait(false);
            var value = result.GetProperty("result").TryGetProperty("value", out var v) ? v.GetString() : null;
            if (value == "ready") return value;
            if (value?.StartsWith("failed", StringComparison.Ordinal) == true) return value["failed: ".Length..];
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Answers the page's requests one at a time: they share the caller's request services, whose database context
    /// allows one operation at a time.
    /// </summary>
    private static async Task ServeAsync(DevToolsConnection devTools, string? session, ReportPageRequests requests, CancellationToken cancellationToken)
    {
        await foreach (var message in devTools.Events.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (message.Method != "Fetch.requestPaused" || message.SessionId != session) continue;
            var parameters = message.Parameters;
            var id = parameters.GetProperty("requestId").GetString();
            var request = parameters.GetProperty("request");
            var answer = await requests.AnswerAsync(request.GetProperty("method").GetString() ?? "GET",
                new Uri(request.GetProperty("url").GetString()!), PostData(request), cancellationToken).ConfigureAwait(false);
            if (ReferenceEquals(answer, PageResponse.Blocked))
            {
                await devTools.SendAsync("Fetch.failRequest", new { requestId = id, errorReason = "BlockedByClient" }, session, cancellationToken)
                    .ConfigureAwait(false);
                continue;
            }
            await devTools.SendAsync("Fetch.fulfillRequest", new
            {
                requestId = id,
                responseCode = answer.Status,
                // Chromium wants a phrase for a status it does not know, such as GraphQL over HTTP's 294 partial success.
                responsePhrase = ReasonPhrases.GetReasonPhrase(answer.Status) is { Length: > 0 } phrase ? phrase : $"Status {answer.Status}",
                responseHeaders = answer.Headers.Select(h => new { name = h.Key, value = h.Value }).ToArray(),
                body = Convert.ToBase64String(answer.Body),
            }, session, cancellationToken).ConfigureAwait(false);
        }
    }

    private static byte[]? PostData(JsonElement request)
    {
        if (request.TryGetProperty("postDataEntries", out var entries))
            return [.. entries.EnumerateArray().SelectMany(e => e.TryGetProperty("bytes", out var b) ? Convert.FromBase64String(b.GetString() ?? "") : [])];
        return request.TryGetProperty("postData", out var text) ? Encoding.UTF8.GetBytes(text.GetString() ?? "") : null;
    }

    private const string InstallHint =
        "Install Debian's chromium package (apt-get install chromium, as build/install-browser-deps.sh does) or set " +
        "Commissioning:Reports:ChromiumPath to a Chromium or Chrome executable. The HTML report at /reports/committee prints from any browser.";

    private static string NotInstalledMessage(CommitteeReportOptions settings) =>
        string.IsNullOrWhiteSpace(settings.ChromiumPath)
            ? $"The PDF needs headless Chromium, which is not installed here (looked for {string.Join(", ", CommitteeReportOptions.DefaultChromiumPaths)}). {InstallHint}"
            : $"The PDF needs headless Chromium, but Commissioning:Reports:ChromiumPath ({settings.ChromiumPath}) does not exist. {InstallHint}";
}

/// <summary>The printed PDF, or the HTTP status and text saying why there is none.</summary>
public sealed record PdfOutcome(byte[]? Pdf, int StatusCode, string? Message)
{
    public static PdfOutcome Printed(byte[] pdf) => new(pdf, StatusCodes.Status200OK, null);
    public static PdfOutcome Failed(int statusCode, string message) => new(null, statusCode, message);
}
