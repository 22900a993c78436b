using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace Commissioning.Api.Exports;

/// <summary>
/// GET /exports/{name}.csv and /exports/{name}.xlsx for every <see cref="ExportDefinitions.All"/>: the rows of the
/// export's GraphQL query for the caller of the bearer token, filtered by the query string.
/// </summary>
public static partial class ExportEndpointExtensions
{
    public const string PathBase = "/exports";
    public const string CsvMediaType = "text/csv; charset=utf-8; header=present";
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IServiceCollection AddCommissioningExports(this IServiceCollection services) =>
        services.AddScoped<GraphQLExportRunner>();

    public static WebApplication MapCommissioningExports(this WebApplication app)
    {
        foreach (var export in ExportDefinitions.All)
        {
            foreach (var format in ExportFormat.All)
            {
                // Anonymous at the routing level: the GraphQL query decides, and says why in the 401 or 403.
                app.MapGet($"{PathBase}/{export.Name}.{format.Extension}", (HttpContext context, GraphQLExportRunner runner) =>
                    SendAsync(context, runner, export, format)).AllowAnonymous();
            }
        }
        return app;
    }

    private static async Task SendAsync(HttpContext context, GraphQLExportRunner runner, ExportDefinition export, ExportFormat format)
    {
        var response = context.Response;
        // The file is the caller's own view of the data: never kept by a shared cache.
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        var outcome = await runner.RunAsync(export, context);
        if (outcome.Table is null)
        {
            response.StatusCode = outcome.StatusCode;
            if (outcome.StatusCode == StatusCodes.Status401Unauthorized) response.Headers.WWWAuthenticate = "Bearer";
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(outcome.Message + "\n", Encoding.UTF8, context.RequestAborted);
            return;
        }

        var bytes = format.Write(outcome.Table, export);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(FileName(export, context.Request.Query, format.Extension));
        response.Headers.ContentDisposition = disposition.ToString();
        response.ContentType = format.MediaType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>
    /// e.g. <c>compliance-summary-2025-26-Q2.xlsx</c> for quarter 2025/26-Q2 (no slash in a file name); the filter's
    /// text is used only when it is a plain quarter or day, never anything a header or file system would misread.
    /// </summary>
    public static string FileName(ExportDefinition export, IQueryCollection query, string extension) =>
        export.FileNameSuffix(query)?.Replace('/', '-') is { } suffix && SafeSuffix().IsMatch(suffix)
            ? $"{export.Name}-{suffix}.{extension}"
            : $"{export.Name}.{extension}";

    [GeneratedRegex("^[0-9A-Za-z-]{1,20}$")]
    private static partial Regex SafeSuffix();
}
