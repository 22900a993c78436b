namespace Commissioning.Api.Data;

/// <summary>
/// The database's change counter, kept in <see cref="Slots"/> rows: every transaction that saves changes adds one to
/// one row, chosen at random, before it commits (<see cref="DataVersionInterceptor"/>), whichever API instance runs
/// it; the counter is the sum. A reader that reads the sum, then reads records, has seen at least every commit the
/// sum counts; when it reads the same sum again later, nothing has been committed since (each commit adds one).
/// Several rows rather than one so that concurrent writers on PostgreSQL do not all queue for one row lock at
/// commit. Caches of data computed from many tables (the exception snapshot) are keyed by it, on SQLite and on
/// PostgreSQL alike.
/// </summary>
public sealed class DataVersion
{
    /// <summary>How many rows the counter is spread over; the migration inserts rows 1 to <see cref="Slots"/> at 0.</summary>
    public const int Slots = 16;

    public int Id { get; set; }

    public long Value { get; set; }
}
