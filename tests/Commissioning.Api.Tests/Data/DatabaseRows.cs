using System.Collections;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// Reads a database's tables and rows as text on either engine, for tests that prove what was (or
/// was not) stored by comparing every row before and after.
/// </summary>
internal static class DatabaseRows
{
    /// <summary>
    /// The application's tables by name. Bookkeeping is left out: EF's tables (__EF...), DataVersions, the change
    /// counter every saving transaction advances, whose value says how many commits there were, not what is stored,
    /// and DataChanges, the log of which providers each commit changed (random ids, one row per commit).
    /// </summary>
    public static List<string> TableNames(DbConnection connection)
    {
        var sql = connection is SqliteConnection
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND left(table_name, 4) <> '__EF' ORDER BY table_name";
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            if (reader.GetString(0) is not ("DataVersions" or "DataChanges")) names.Add(reader.GetString(0));
        }
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Every row of <paramref name="table"/>, cells joined by <paramref name="separator"/>, sorted.</summary>
    public static List<string> Rows(DbConnection connection, string table, string separator)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                cells[i] = reader.IsDBNull(i) ? "NULL" : Text(reader.GetValue(i));
            }
            rows.Add(string.Join(separator, cells));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>A cell as invariant text; PostgreSQL arrays show their elements, instants their full precision.</summary>
    public static string Text(object value) => value switch
    {
        string text => text,
        DateTime instant => instant.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object>().Select(Text)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
