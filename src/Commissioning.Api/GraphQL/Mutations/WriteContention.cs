using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commissioning.Api.GraphQL.Mutations;

/// <summary>
/// Recognises a write that lost a race for the database rather than a defect: SQLite still busy or
/// locked after its busy timeout, or a PostgreSQL serialization failure or deadlock. Nothing was
/// written, and the caller can reload and try again, which is what a concurrency conflict tells them.
/// A unique-key violation is a lost race too: the domain checks uniqueness before it writes, so a
/// duplicate at save time means another writer inserted the same key meanwhile. On PostgreSQL two
/// writers run side by side, and the second one's INSERT (a progress update's plan, quarter and
/// revision) waits for the first and then fails on the key before its versioned UPDATE is reached.
/// </summary>
internal static class WriteContention
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public static bool IsContention(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // The primary result code is the low byte of an extended code such as SQLITE_BUSY_SNAPSHOT.
                case SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked:
                case SqliteException { SqliteExtendedErrorCode: SqliteConstraintPrimaryKey or SqliteConstraintUnique }:
                case PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.UniqueViolation }:
                    return true;
            }
        }
        return false;
    }
}
