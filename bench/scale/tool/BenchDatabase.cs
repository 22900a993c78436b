using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commissioning.Bench.Scale;

/// <summary>
/// The bench's databases on either engine: a SQLite file path, or a PostgreSQL connection string (anything with
/// "Host="). For PostgreSQL it also makes the per-scale databases the write test uses: one seeded once by the API
/// itself and marked by a comment, and a work copy made from it as a template before each run, so the write test
/// never changes the seeded data (as the SQLite run writes to a copy of its file).
/// </summary>
internal static class BenchDatabase
{
    public static bool IsPostgres(string target) => target.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static DbConnection Open(string target)
    {
        DbConnection connection = IsPostgres(target)
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target) { Pooling = false }.ToString())
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>An id as read: text on SQLite (EF stores upper-case text), uuid on PostgreSQL.</summary>
    public static Guid Id(object value) => value is Guid id ? id : Guid.Parse((string)value);

    /// <summary>An id as a parameter value for this engine's column.</summary>
    public static object Key(DbConnection connection, Guid id) => connection is NpgsqlConnection ? id : id.ToString("D").ToUpperInvariant();

    public static string TablesSql(DbConnection connection) => connection is NpgsqlConnection
        ? "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND left(table_name, 2) <> '__'"
        : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'";

    /// <summary>
    /// postgres-database &lt;server&gt; &lt;name&gt;: the connection string of database <c>name</c> on the server of
    /// <paramref name="server"/> (same host, role and password).
    /// </summary>
    public static int ConnectionFor(string server, string name)
    {
        Console.WriteLine(new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
        return 0;
    }

    /// <summary>postgres-seeded &lt;server&gt; &lt;name&gt;: prints the seeding seconds recorded on the database, or nothing (exit 1) when it is not seeded.</summary>
    public static int Seeded(string server, string name)
    {
        using var connection = Open(server);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name";
        command.Parameters.Add(new NpgsqlParameter("name", name));
        if (command.ExecuteScalar() is string comment && comment.StartsWith("seeded ", StringComparison.Ordinal))
        {
            Console.WriteLine(comment["seeded ".Length..]);
            return 0;
        }
        return 1;
    }

    /// <summary>postgres-drop &lt;server&gt; &lt;name&gt;: drops the database if it exists (its connections too).</summary>
    public static int Drop(string server, string name)
    {
        Execute(server, $"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)");
        return 0;
    }

    /// <summary>postgres-mark-seeded &lt;server&gt; &lt;name&gt; &lt;seconds&gt;: records that seeding finished and how long it took.</summary>
    public static int MarkSeeded(string server, string name, string seconds)
    {
        Execute(server, $"COMMENT ON DATABASE {Quote(name)} IS 'seeded {seconds.Replace("'", "", StringComparison.Ordinal)}'");
        return 0;
    }

    /// <summary>postgres-copy &lt;server&gt; &lt;from&gt; &lt;to&gt;: a fresh database <c>to</c> made from <c>from</c> as a template (a file copy).</summary>
    public static int Copy(string server, string from, string to)
    {
        Execute(server, $"DROP DATABASE IF EXISTS {Quote(to)} WITH (FORCE)");
        Execute(server, $"CREATE DATABASE {Quote(to)} TEMPLATE {Quote(from)}");
        return 0;
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "", StringComparison.Ordinal) + "\"";

    private static void Execute(string server, string sql)
    {
        using var connection = Open(server);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        // Creating and dropping a database waits for a checkpoint: on a loaded machine far longer than the default 30 s.
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
