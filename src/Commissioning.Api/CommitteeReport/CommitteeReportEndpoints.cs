using System.Text;
using Commissioning.Api.GraphQL;
using Commissioning.Api.Web;
using Commissioning.Domain;
using Microsoft.Net.Http.Headers;

namespace Commissioning.Api.CommitteeReport;

/// <summary>
/// The Audit and Quality Committee's 3-monthly assurance report (DOR 6.1, 12.2): the printable page at
/// <c>/reports/committee?quarter=2026/27-Q2</c> (its data comes from /graphql as the person reading it), and the
/// same page printed to PDF at <c>/reports/committee.pdf?quarter=...</c> for the caller of the bearer token.
/// </summary>
public static class CommitteeReportEndpoints
{
    public const string PdfPath = "/reports/committee.pdf";

    public static IServiceCollection AddCommitteeReport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommitteeReportOptions>().Bind(configuration.GetSection(CommitteeReportOptions.SectionName));
        services.AddSingleton<CommitteeReportPrinter>();
        return services;
    }

    public static WebApplication MapCommitteeReport(this WebApplication app)
    {
        // The page itself is routed with the other pages (WebPages.Routed); it carries no data.
        // Anonymous at the routing level, as the exports are: the GraphQL queries decide, and say why.
        app.MapGet(PdfPath, SendPdfAsync).AllowAnonymous();
        return app;
    }

    private static async Task SendPdfAsync(HttpContext context, CommitteeReportPrinter printer)
    {
        var response = context.Response;
        // The PDF is the caller's own view of the data: never kept by a shared cache.
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        var quarterText = context.Request.Query["quarter"].ToString();
        if (!FinancialQuarter.TryParse(quarterText, out var quarter))
        {
            await FailAsync(context, StatusCodes.Status400BadRequest,
                $"Give the quarter to report on as ?quarter=2026/27-Q2 (financial year and quarter){(quarterText.Length > 0 ? $"; '{quarterText}' is not one" : "")}.");
            return;
        }
        // Only a signed-in caller gets a browser started for them; what their role may read the queries decide.
        var token = BearerToken(context.Request);
        if (token is null || CallerClaims.ToActor(context.User) is null)
        {
            response.Headers.WWWAuthenticate = "Bearer";
            await FailAsync(context, StatusCodes.Status401Unauthorized,
                "Sign in: send your bearer token in the Authorization header (the report is printed with it, as you).");
            return;
        }
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        if (!environment.WebRootFileProvider.GetFileInfo(WebPages.CommitteeReport.File).Exists)
        {
            await FailAsync(context, StatusCodes.Status503ServiceUnavailable, WebPageResponder.NotBuiltMessage(WebPages.CommitteeReport));
            return;
        }

        var outcome = await printer.PrintAsync(context, quarter, token);
        if (outcome.Pdf is null)
        {
            if (outcome.StatusCode == StatusCodes.Status401Unauthorized) response.Headers.WWWAuthenticate = "Bearer";
            await FailAsync(context, outcome.StatusCode, outcome.Message ?? "The PDF could not be printed.");
            return;
        }
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName($"committee-report-{quarter.ToString().Replace('/', '-')}.pdf");
        response.Headers.ContentDisposition = disposition.ToString();
        response.ContentType = "application/pdf";
        response.ContentLength = outcome.Pdf.Length;
        await response.Body.WriteAsync(outcome.Pdf, context.RequestAborted);
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length ? header[scheme.Length..].Trim() : null;
    }

    private static Task FailAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message + "\n", Encoding.UTF8, context.RequestAborted);
    }
}
