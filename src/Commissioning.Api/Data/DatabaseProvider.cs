namespace Commissioning.Api.Data;

/// <summary>The database engines the hand-written migrations are written for.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>A server, for running several API instances against one database.</summary>
    PostgreSql,
}
