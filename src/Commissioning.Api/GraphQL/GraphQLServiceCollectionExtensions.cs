using Commissioning.Api.Data;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Http;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/graphql";

    /// <summary>The section of configuration holding the transport settings (body limit, GET, timeout).</summary>
    public const string HttpSection = "GraphQL";

    /// <summary>
    /// Registers the schema of <see cref="SchemaModules.All"/>, the request executor and the HTTP endpoint.
    /// Resolvers run with the request's services, so they share its scoped <see cref="CommissioningDbContext"/>.
    /// </summary>
    public static IServiceCollection AddCommissioningGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddOptions<CommissioningGraphQLOptions>().Bind(configuration.GetSection(CommissioningGraphQLOptions.Section))
            .Validate(o => o.Paging.DefaultPageSize > 0 && o.Paging.MaxPageSize >= o.Paging.DefaultPageSize,
                "Commissioning:GraphQL:Paging needs 0 < DefaultPageSize <= MaxPageSize.")
            .ValidateOnStart();
        services.AddSingleton(provider => CommissioningSchema.Build(SchemaModules.All,
            provider.GetRequiredService<IOptions<CommissioningGraphQLOptions>>().Value.Paging.ToConnectionOptions()));
        services.AddSingleton<IRequestExecutor>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CommissioningGraphQLOptions>>().Value;
            var (documents, requireDocuments) = TrustedDocuments.ForExecutor(options.TrustedDocuments);
            return new RequestExecutor(new RequestExecutorOptions
            {
                Schema = provider.GetRequiredService<Schema>(),
                Executor = new ExecutorOptions
                {
                    Logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Commissioning.GraphQL"),
                    Authorize = Authorization.CallerAuthorization.Decide,
                    // Decide reads only the rule and the request's caller, so one answer per rule serves the whole request.
                    AuthorizationDependsOnRequestOnly = true,
                },
                PersistedDocuments = documents,
                RequirePersistedDocuments = requireDocuments,
                Guards = RequestGuards.Create(options),
            });
        });

        // Provider staff read only their own provider's rows, whatever the query (Data/DataScope.cs).
        services.AddScoped(provider => Authorization.CallerDataScope.Of(provider.GetRequiredService<IHttpContextAccessor>().HttpContext));
        services.AddSingleton<SqlStatementCounter>();
        services.ConfigureDbContext<CommissioningDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<SqlStatementCounter>()));

        services.AddGraphQLHttp();
        services.AddOptions<GraphQLHttpOptions>()
            .Bind(configuration.GetSection(HttpSection))
            .Configure<IOptions<CommissioningGraphQLOptions>, IHostEnvironment>((http, graphQL, environment) =>
            {
                var reportSql = graphQL.Value.ReportSqlStatements ?? environment.IsDevelopment();
                http.ConfigureRequestData = (context, data) =>
                {
                    data[ResolveFieldContextExtensions.CallerKey] = CallerClaims.ToActor(context.User);
                    data[ResolveFieldContextExtensions.DbKey] = ResolveFieldContextExtensions.PerRequest(context.RequestServices);
                    if (reportSql) context.Features.Set(new SqlStatementCount());
                };
                http.OnResult = (context, result) =>
                {
                    if (context.Features.Get<SqlStatementCount>() is not { } count) return;
                    result.Extensions ??= new Dictionary<string, object?>(StringComparer.Ordinal);
                    result.Extensions["sqlStatements"] = count.Value;
                };
            });
        return services;
    }

    /// <summary>Maps POST (and GET for queries) at <see cref="Path"/>.</summary>
    public static IEndpointRouteBuilder MapCommissioningGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGraphQL(Path);
        return endpoints;
    }
}
