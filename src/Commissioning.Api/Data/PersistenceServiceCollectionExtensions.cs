using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Data;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CommissioningDbContext"/> for the configured provider, the startup
    /// migration (<see cref="DatabaseInitializer"/>) and the database health check. Configuration
    /// is read when the first context is built, so settings added by a test host still apply. The options are
    /// built once (singleton options, scoped contexts): building them for every request's context (connection
    /// string, provider extensions, interceptors) showed in the thread-time profile of every read.
    /// </summary>
    public static IServiceCollection AddCommissioningPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddPooledDbContextFactory<CommissioningDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
            UseConfiguredProvider(options, database, connectionString);
            options.EnableThreadSafetyChecks(database.ThreadSafetyChecks ?? provider.GetRequiredService<IHostEnvironment>().IsDevelopment());
            CommissioningDbContext.ConfigureEveryContext(options);
        });
        // A scope's context comes from the pool (EF Core keeps each context's own services, so a request no longer builds
        // them: ~3% of a read's CPU and 5% of its allocations in the thread-time and allocation profiles), restricted to the
        // scope's caller (DataScope; unrestricted where no caller is registered: hosted services, commands). Disposing the
        // scope returns it, restricted to nothing again.
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<CommissioningDbContext>>().CreateDbContext();
            db.Restrict(provider.GetService<DataScope>() ?? DataScope.Unrestricted);
            return db;
        });
        services.AddHostedService<DatabaseInitializer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: ["ready"]);
        return services;
    }

    internal static void UseConfiguredProvider(DbContextOptionsBuilder options, DatabaseOptions database, string? connectionString)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                // Split queries: an aggregate with several collections (a plan's actions, updates and scrutinies)
                // loaded in one JOIN returns their product; bench/README.md measured it.
                options.UseSqlite(SqliteConnectionString(database, connectionString), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                    .AddInterceptors(new SqliteConnectionSettings(database.SqliteBusyTimeout));
                break;
            case DatabaseProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        $"{DatabaseOptions.Section}:Provider is PostgreSql but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.");
                }
                options.UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{database.Provider}'; use Sqlite or PostgreSql.");
        }
    }

    /// <summary>The configured connection string, or one for <see cref="DatabaseOptions.SqlitePath"/>.</summary>
    internal static string SqliteConnectionString(DatabaseOptions database, string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(database.SqlitePath) }.ToString()
            : connectionString;
}
