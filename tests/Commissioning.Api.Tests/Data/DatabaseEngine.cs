namespace Commissioning.Api.Tests.Data;

/// <summary>
/// The trait that marks tests of behaviour only one engine has. build/test.sh runs the Api tests
/// twice, on SQLite and then on PostgreSQL, and each run leaves out the other engine's tests:
/// <list type="bullet">
/// <item><see cref="SqliteOnly"/>: the SQLite file, its PRAGMAs and WAL. Such a test builds its database
/// with <see cref="TestDatabase.Sqlite"/>, so it passes in either run; the PostgreSQL run leaves it out
/// (<c>--filter "DatabaseEngine!=SqliteOnly"</c>) rather than repeat it.</item>
/// <item><see cref="PostgresOnly"/>: what only a database server has (several instances starting at once).
/// Such a test needs <see cref="TestDatabase.PostgresVariable"/>; the SQLite run leaves it out
/// (<c>--filter "DatabaseEngine!=PostgresOnly"</c>).</item>
/// </list>
/// </summary>
internal static class DatabaseEngine
{
    public const string Trait = "DatabaseEngine";

    public const string SqliteOnly = "SqliteOnly";

    public const string PostgresOnly = "PostgresOnly";
}
