namespace Commissioning.Api.Tests.Data;

/// <summary>
/// The trait that marks tests of behaviour only one engine has: the SQLite file, its PRAGMAs and WAL.
/// Such a test builds its database with <see cref="TestDatabase.Sqlite"/>, so it passes in either run;
/// build/test.sh's PostgreSQL run leaves it out (<c>--filter "DatabaseEngine!=SqliteOnly"</c>) rather than
/// repeat it.
/// </summary>
internal static class DatabaseEngine
{
    public const string Trait = "DatabaseEngine";

    public const string SqliteOnly = "SqliteOnly";
}
