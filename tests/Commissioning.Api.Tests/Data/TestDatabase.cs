using Commissioning.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// A database of its own for one test, deleted with it. By default a real SQLite file in a fresh
/// temporary folder; when <see cref="PostgresVariable"/> holds a connection string (build/test.sh sets
/// it for its second run), a fresh schema in that PostgreSQL database instead, so the same tests
/// prove the same behaviour on both engines.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    /// <summary>A connection string for a role that may create schemas in its database; see build/install-postgres.sh.</summary>
    public const string PostgresVariable = "COMMISSIONING_TEST_POSTGRES";

    private const string PostgresNamePrefix = "commissioning_test_";

    private readonly string? _postgresServer;

    /// <summary>A database on the engine this test run is for (SQLite unless <see cref="PostgresVariable"/> is set).</summary>
    public TestDatabase()
        : this(PostgresServer)
    {
    }

    private TestDatabase(string? postgresServer)
    {
        Folder = Path.Combine(Path.GetTempPath(), "commissioning-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "commissioning.db");
        _postgresServer = postgresServer;
        if (postgresServer is null)
        {
            Provider = DatabaseProvider.Sqlite;
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
        }
        else
        {
            Provider = DatabaseProvider.PostgreSql;
            ConnectionString = CreatePostgresSchema(postgresServer);
        }
    }

    /// <summary>The PostgreSQL server this run uses, or null when it runs on SQLite.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool IsPostgresRun => PostgresServer is not null;

    /// <summary>A temporary folder of the test's own (it holds the SQLite file when there is one).</summary>
    public string Folder { get; }

    /// <summary>The SQLite file; on PostgreSQL nothing is ever written there.</summary>
    public string FilePath { get; }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The application settings that point the API at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = ConnectionString,
        [$"{DatabaseOptions.Section}:Provider"] = Provider.ToString(),
    };

    /// <summary>A SQLite file whatever the run, for tests of behaviour only SQLite has (the file, PRAGMAs, WAL).</summary>
    public static TestDatabase Sqlite() => new(postgresServer: null);

    /// <summary>A schema on the PostgreSQL server whatever the run, for tests of what only a server has.</summary>
    public static TestDatabase Postgres() => new(PostgresServer ?? throw new InvalidOperationException(
        $"This test needs a PostgreSQL server: run `bash build/install-postgres.sh` and set {PostgresVariable} to the "
        + "connection string it prints (build/test.sh does both), or leave the test out with --filter \"DatabaseEngine!=PostgresOnly\"."));

    public CommissioningDbContext NewContext(DataScope? scope = null)
    {
        var options = new DbContextOptionsBuilder<CommissioningDbContext>();
        if (Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(ConnectionString);
        }
        else
        {
            options.UseNpgsql(ConnectionString);
        }
        return CommissioningDbContext.Create(options.Options, scope);
    }

    /// <summary>Fills the database with the demo data <paramref name="demo"/> describes, through the application's seeder.</summary>
    public async Task SeedDemoAsync(Commissioning.Api.Data.Demo.DemoDataOptions demo)
    {
        await using var db = NewContext();
        var seeder = new Commissioning.Api.Data.Demo.DemoDataSeeder(Microsoft.Extensions.Options.Options.Create(demo),
            Microsoft.Extensions.Options.Options.Create(new Commissioning.Domain.Common.CommissioningOptions()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Commissioning.Api.Data.Demo.DemoDataSeeder>.Instance);
        await seeder.SeedAsync(db, CancellationToken.None);
    }

    /// <summary>A database built by the hand-written migrations, as the application builds it.</summary>
    public static TestDatabase Migrated()
    {
        var database = new TestDatabase();
        using var db = database.NewContext();
        db.Database.Migrate();
        return database;
    }

    public void Dispose()
    {
        if (_postgresServer is null)
        {
            SqliteConnection.ClearAllPools();
        }
        else
        {
            DropPostgresSchema(_postgresServer);
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine is left for the OS to clean; it holds only test data.
        }
    }

    private string SchemaName => new NpgsqlConnectionStringBuilder(ConnectionString).SearchPath!;

    /// <summary>
    /// A schema of its own in the server's database, first and only on the search path, so the
    /// migrations (which name no schema) build every table, index and trigger function inside it. A
    /// schema rather than a database because creating and dropping a database costs a checkpoint
    /// each, seconds per test on a slow disk, and a schema costs a few catalog rows.
    /// </summary>
    private static string CreatePostgresSchema(string server)
    {
        var name = PostgresNamePrefix + Guid.NewGuid().ToString("N");
        Execute(server, $"""CREATE SCHEMA "{name}" """);
        return new NpgsqlConnectionStringBuilder(server)
        {
            SearchPath = name,
            // A test's data is thrown away: waiting for each commit to reach the disk only slows the run.
            Options = "-c synchronous_commit=off",
        }.ToString();
    }

    private void DropPostgresSchema(string server)
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            // Idle pooled sessions hold no locks, but there is no reason to keep them once the schema is gone.
            NpgsqlConnection.ClearPool(connection);
        }
        Execute(server, $"""DROP SCHEMA IF EXISTS "{SchemaName}" CASCADE""");
    }

    private static void Execute(string server, string sql)
    {
        // Unpooled: these statements run outside any test's schema, once per test.
        var builder = new NpgsqlConnectionStringBuilder(server) { Pooling = false, Options = "-c synchronous_commit=off" };
        using var connection = new NpgsqlConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
