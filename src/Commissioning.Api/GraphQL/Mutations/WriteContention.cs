using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commissioning.Api.GraphQL.Mutations;

/// <summary>
/// Recognises a write that lost a race for the database rather than a defect: SQLite still busy or
/// locked after its busy timeout, or a PostgreSQL serialization failure or deadlock. Nothing was
/// written, and the caller can reload and try again, which is what a concurrency conflict tells them.
/// </summary>
internal static class WriteContention
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool IsContention(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // The primary result code is the low byte of an extended code such as SQLITE_BUSY_SNAPSHOT.
                case SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked:
                case PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }:
                    return true;
            }
        }
        return false;
    }
}
