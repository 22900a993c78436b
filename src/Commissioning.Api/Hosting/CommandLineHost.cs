using Commissioning.Api.Data;
using Commissioning.Api.Progress;
using Microsoft.Data.Sqlite;

namespace Commissioning.Api.Hosting;

/// <summary>
/// What the <c>seed</c> and <c>export</c> commands share: the API's own services built from the host's
/// configuration (appsettings, environment variables) without listening for HTTP, log messages on standard
/// error at Warning and above, and the options every long-running command takes (<c>--database</c>, <c>--progress</c>).
/// </summary>
internal static class CommandLineHost
{
    public const string DatabaseOption = "--database";
    public const string ProgressOption = "--progress";

    public const string SharedUsage =
        "--database: a SQLite file, or a connection string (Host=... for PostgreSQL, Data Source=... for SQLite); default as configured\n" +
        "--progress: live (one line redrawn in place), lines (a line every few seconds) or none; default live at a terminal, lines otherwise";

    /// <summary>The configuration keys that point the API at <paramref name="database"/>, or the problem with it.</summary>
    public static bool TryDatabaseSettings(string? database, bool mustExist, Dictionary<string, string?> settings, out string problem)
    {
        problem = "";
        if (string.IsNullOrWhiteSpace(database)) return true;
        var connection = $"ConnectionStrings:{DatabaseOptions.ConnectionStringName}";
        var provider = $"{DatabaseOptions.Section}:Provider";
        if (database.Contains('=', StringComparison.Ordinal))
        {
            var postgres = database.Contains("Host=", StringComparison.OrdinalIgnoreCase) || database.Contains("Server=", StringComparison.OrdinalIgnoreCase);
            settings[provider] = (postgres ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite).ToString();
            settings[connection] = database;
            return true;
        }
        var path = Path.GetFullPath(database);
        if (mustExist && !File.Exists(path))
        {
            // SQLite would create an empty file and then fail on the first table.
            problem = $"{DatabaseOption} '{path}' does not exist. Create one with: dotnet run --project src/Commissioning.Api -- seed {DatabaseOption} {database}";
            return false;
        }
        settings[provider] = DatabaseProvider.Sqlite.ToString();
        settings[connection] = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
        return true;
    }

    public static bool TryProgressStyle(string? text, out ProgressStyle style, out string problem)
    {
        problem = "";
        style = ConsoleProgress.DetectStyle();
        switch (text)
        {
            case null or "auto": return true;
            case "live": style = ProgressStyle.Live; return true;
            case "lines": style = ProgressStyle.Lines; return true;
            case "none": style = ProgressStyle.None; return true;
            default:
                problem = $"{ProgressOption} '{text}' is not one of live, lines, none.";
                return false;
        }
    }

    /// <summary>
    /// The application's services over the host configuration plus <paramref name="settings"/> (the command's own
    /// options win), then <paramref name="context"/>'s additions for tests. Hosted services do not start.
    /// </summary>
    public static WebApplication Build(CommandContext context, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        // appsettings*.json are read from beside the program, so the command finds them wherever it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [], EnvironmentName = context.EnvironmentName, ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        // Standard output may be the data (export --output -); everything else goes to standard error.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(settings);
        context.Configure?.Invoke(builder.Configuration);
        builder.AddCommissioningServices();
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>Where the data is, for messages: the SQLite file, or which PostgreSQL database (never its password).</summary>
    public static string Describe(IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        var connection = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var postgres = new Npgsql.NpgsqlConnectionStringBuilder(connection);
            return $"PostgreSQL database {postgres.Database} on {postgres.Host}";
        }
        return new SqliteConnectionStringBuilder(PersistenceServiceCollectionExtensions.SqliteConnectionString(database, connection)).DataSource;
    }
}
