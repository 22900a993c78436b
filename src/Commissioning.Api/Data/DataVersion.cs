namespace Commissioning.Api.Data;

/// <summary>
/// The database's change counter: one row whose <see cref="Value"/> every transaction that saves changes advances
/// by one before it commits (<see cref="DataVersionInterceptor"/>), whichever API instance runs it. A reader that
/// reads the value, then reads records, has seen at least every commit the value counts; when it reads the same
/// value again later, nothing has been committed since. Caches of data computed from many tables (the exception
/// snapshot) are keyed by it, on SQLite and on PostgreSQL alike.
/// </summary>
public sealed class DataVersion
{
    /// <summary>The id of the only row; the migration inserts it with <see cref="Value"/> 0.</summary>
    public const int RowId = 1;

    public int Id { get; set; }

    public long Value { get; set; }
}
