using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Commissioning.Api.Web;

/// <summary>Sends a built page from the web root with the headers every page of the site carries.</summary>
internal static class WebPageResponder
{
    /// <summary>
    /// Everything is loaded from this origin (no CDN). Monaco, the IDE's editor, sets element styles from script,
    /// hence 'unsafe-inline' for styles only; scripts and workers must be our own files.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public static async Task SendAsync(HttpContext context, WebPage page)
    {
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = environment.WebRootFileProvider.GetFileInfo(page.File);
        var response = context.Response;
        // /graphql answers HTML or JSON by the Accept header; caches must keep the two apart.
        response.Headers.Vary = HeaderNames.Accept;
        if (!file.Exists)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(NotBuiltMessage(page), context.RequestAborted);
            return;
        }

        AddSecurityHeaders(response.Headers);
        // The page names hashed assets; it must be revalidated so a new build is picked up at once.
        response.Headers.CacheControl = "no-cache";
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = file.Length;
        await response.SendFileAsync(file, context.RequestAborted);
    }

    public static void AddSecurityHeaders(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }

    public static string NotBuiltMessage(WebPage page) =>
        $"The {page.Title} has not been built into {WebRootName}. Build src/Commissioning.Api with Node.js and npm " +
        "on the PATH and without -p:SkipWebBuild=true (see the README, \"Dashboard and GraphQL IDE\").";

    private const string WebRootName = "src/Commissioning.Api/wwwroot";
}
