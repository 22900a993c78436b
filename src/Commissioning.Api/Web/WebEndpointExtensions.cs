using Microsoft.AspNetCore.StaticFiles;

namespace Commissioning.Api.Web;

public static class WebEndpointExtensions
{
    /// <summary>
    /// Serves the pages built by src/Commissioning.Web: the GraphQL IDE at /graphql to browsers (GraphQL requests
    /// are untouched, see <see cref="GraphQLIdeNegotiation"/>), the dashboard at /dashboard, their hashed assets
    /// under /assets, and / sends a browser to the dashboard. Pages carry no data and need no sign-in; the data
    /// they show comes from /graphql as the caller.
    /// </summary>
    public static WebApplication MapCommissioningWeb(this WebApplication app, string graphQLPath)
    {
        app.Use((context, next) =>
            context.Request.Path.Equals(graphQLPath, StringComparison.OrdinalIgnoreCase) && GraphQLIdeNegotiation.WantsIde(context.Request)
                ? WebPageResponder.SendAsync(context, WebPages.GraphQLIde)
                : next(context));

        app.UseWhen(context => context.Request.Path.StartsWithSegments(WebPages.AssetsPath), assets => assets.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = ContentTypes,
            OnPrepareResponse = file =>
            {
                // Vite puts a content hash in every asset's name, so a name never changes meaning.
                file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                file.Context.Response.Headers.XContentTypeOptions = "nosniff";
            },
        }));

        foreach (var page in WebPages.Routed)
        {
            app.MapGet(page.Path, (HttpContext context) => WebPageResponder.SendAsync(context, page)).AllowAnonymous();
        }
        app.MapGet("/", () => Results.Redirect(WebPages.Dashboard.Path)).AllowAnonymous();
        return app;
    }

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".css"] = "text/css; charset=utf-8";
        return provider;
    }
}
