using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Commissioning.Api.Data;

/// <summary>
/// Serialises the startup work of API instances that start together against one PostgreSQL
/// database: migrating, then seeding a database that has no providers yet. Without it two
/// instances can both find the database empty and both seed it, and the slower one fails on the
/// first duplicate key. EF's own migration lock covers only the migrations, not the seeding.
/// <para>
/// On PostgreSQL this is a session-level advisory lock held on a connection of its own: a second
/// instance waits until the first has finished, then finds the migrations applied and the data
/// there. If the holder dies, PostgreSQL ends its session and the lock goes with it. The key is
/// this application's constant plus the schema, so applications or tests in other schemas of the
/// same database do not wait for each other. SQLite needs nothing here: its instances share a
/// file on one machine, and it is not the engine for several instances.
/// </para>
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    /// <summary>The first half of the advisory-lock key: "Cmsn" in ASCII, so the lock is recognisable in pg_locks.</summary>
    internal const int ApplicationKey = 0x436D736E;

    private const string SchemaKey = "hashtext(coalesce(current_schema(), ''))";

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new StartupLock(null);
        }
        await EnsureDatabaseExistsAsync(db, cancellationToken);
        // Unpooled, so closing the connection really ends the session (and any lock it still holds).
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"SELECT pg_advisory_lock({ApplicationKey}, {SchemaKey})", cancellationToken);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Migrate creates a missing database, but the lock needs one to connect to first. Two instances
    /// may both try; the one that loses finds it created.
    /// </summary>
    private static async Task EnsureDatabaseExistsAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }
        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }
        try
        {
            await ExecuteAsync(_connection, $"SELECT pg_advisory_unlock({ApplicationKey}, {SchemaKey})", CancellationToken.None);
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        // Waiting for another instance's seeding may take longer than a query should.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
