namespace Commissioning.Api.Data;

/// <summary>
/// Bound from <c>Commissioning:Database</c>. The connection string itself is
/// <c>ConnectionStrings:Commissioning</c>; without one, SQLite uses <see cref="SqlitePath"/>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Commissioning:Database";

    public const string ConnectionStringName = "Commissioning";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The SQLite file when no connection string is given; relative paths are from the working directory.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "commissioning.db");

    /// <summary>How long a SQLite writer waits for another's lock before failing with "database is locked".</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Migrate (and seed an empty database) before the application starts listening. Turn off
    /// where migrations are applied by a separate deployment step.
    /// </summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// EF Core's check that no context runs two operations at once. The application never does (a request's queries
    /// run one at a time, <c>SerializedQueries</c>), and the check costs two async-local writes per row read (7% of the
    /// bytes a compliance-summary request allocated), so it is on where mistakes are made, in Development (and so in
    /// the tests), and off elsewhere unless set.
    /// </summary>
    public bool? ThreadSafetyChecks { get; set; }
}
