using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commissioning.Api.Data;

/// <summary>
/// Applies per-connection SQLite settings as each connection opens: a busy timeout, so that a
/// writer waits for another's lock instead of failing at once; and case-sensitive LIKE, which EF
/// uses for startsWith/endsWith filters, so that they match as <c>contains</c> (instr), in-memory
/// filtering and PostgreSQL do: case-sensitively. WAL mode is a property of the file and is set
/// once by <see cref="DatabaseInitializer"/>.
/// <para>
/// It also keeps each context's connection open from its first statement on: EF otherwise closes it after every
/// statement, so a request of five statements took a connection from Microsoft.Data.Sqlite's pool and gave it back five
/// times and ran the two PRAGMAs five times. Under 16 concurrent requests the pool's lock was the busiest lock in the
/// process (the plan tree's thread-time profile spent more time waiting for it than running queries). Suppressing the
/// close leaves EF believing the connection closed, so its next statement finds it open and leaves it so. A transaction
/// is never open across the suppressed close (EF closes only after the transaction ends). Request contexts come from EF
/// Core's context pool; returning one to the pool disposes its connection (EF's reset disposes, it does not close), which
/// goes back to Microsoft.Data.Sqlite's pool, so nothing is held between requests. The next request's context opens one
/// again (its PRAGMAs, and EF's SQL functions registered anew: the SQLitePCL handles the finalizer thread collects).
/// </para>
/// </summary>
internal sealed class SqliteConnectionSettings(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly string _pragma = $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA case_sensitive_like = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        connection is SqliteConnection ? InterceptionResult.Suppress() : result;

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(connection is SqliteConnection ? InterceptionResult.Suppress() : result);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = _pragma;
            command.ExecuteNonQuery();
        }
    }
}
