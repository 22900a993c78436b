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
/// </summary>
internal sealed class SqliteConnectionSettings(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly string _pragma = $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA case_sensitive_like = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

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
