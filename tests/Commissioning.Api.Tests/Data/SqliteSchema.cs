using Microsoft.Data.Sqlite;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// A SQLite database's schema as sorted lines (tables, columns with type and nullability,
/// indexes, foreign keys), read through PRAGMAs so two databases can be compared line by line.
/// EF's own bookkeeping tables (__EFMigrationsHistory, __EFMigrationsLock) are left out.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Describe(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var lines = new List<string>();
        foreach (var table in Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF'", r => r.GetString(0)))
        {
            lines.Add($"table {table}");
            lines.AddRange(Query(connection, $"PRAGMA table_info(\"{table}\")", r =>
                $"column {table}.{r.GetString(1)} {r.GetString(2)} {(r.GetInt64(3) == 1 ? "NOT NULL" : "NULL")}{(r.GetInt64(5) > 0 ? " PRIMARY KEY" : "")}"));
            foreach (var (index, unique) in Query(connection, $"PRAGMA index_list(\"{table}\")", r => (r.GetString(1), r.GetInt64(2) == 1)))
            {
                if (index.StartsWith("sqlite_autoindex_", StringComparison.Ordinal))
                {
                    continue;
                }
                var columns = Query(connection, $"PRAGMA index_info(\"{index}\")", r => (Seq: r.GetInt64(0), Name: r.GetString(2)))
                    .OrderBy(c => c.Seq).Select(c => c.Name);
                lines.Add($"index {table}.{index} ({string.Join(", ", columns)}){(unique ? " UNIQUE" : "")}");
            }
            lines.AddRange(Query(connection, $"PRAGMA foreign_key_list(\"{table}\")", r =>
                $"foreign key {table}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} ON DELETE {r.GetString(6)}"));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>The lines only in <paramref name="expected"/> (prefixed "-") and only in <paramref name="actual"/> ("+").</summary>
    public static string Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        string.Join(Environment.NewLine,
            expected.Except(actual).Select(l => "- " + l).Concat(actual.Except(expected).Select(l => "+ " + l)));

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var results = new List<T>();
        while (reader.Read())
        {
            results.Add(read(reader));
        }
        return results;
    }
}
