using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.GraphQL.Http;

public static class GraphQLEndpointExtensions
{
    /// <summary>Registers the HTTP handler; the host registers its <c>IRequestExecutor</c> separately.</summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, Action<GraphQLHttpOptions>? configure = null)
    {
        services.AddOptions<GraphQLHttpOptions>();
        if (configure is not null) services.Configure(configure);
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>Maps the GraphQL endpoint for every HTTP method so that unsupported ones get a GraphQL-style 405.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, (HttpContext context) => context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context));
}
