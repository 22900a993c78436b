using Npgsql;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// A PostgreSQL database's schema as sorted lines, read from information_schema and the catalog:
/// tables, columns (type, length, nullability, collation, default), constraints (primary, unique,
/// foreign keys with their delete rule, checks) and indexes as PostgreSQL itself prints them. The
/// counterpart of <see cref="SqliteSchema"/>; EF's own bookkeeping tables (__EF...) are left out.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The schema first on the connection's search path, its own name left out so two can be compared.</summary>
    public static IReadOnlyList<string> Describe(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var lines = new List<string>();
        lines.AddRange(Query(connection, """
            SELECT 'table ' || table_name
            FROM information_schema.tables
            WHERE table_schema = current_schema() AND left(table_name, 4) <> '__EF'
            """));
        lines.AddRange(Query(connection, """
            SELECT format('column %s.%s %s%s %s collate %s default %s',
                table_name, column_name, udt_name,
                coalesce('(' || character_maximum_length || ')', ''),
                CASE is_nullable WHEN 'YES' THEN 'NULL' ELSE 'NOT NULL' END,
                coalesce(collation_name, 'default'), coalesce(column_default, 'none'))
            FROM information_schema.columns
            WHERE table_schema = current_schema() AND left(table_name, 4) <> '__EF'
            """));
        lines.AddRange(Query(connection, """
            SELECT format('constraint %s.%s %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
            FROM pg_constraint c
            WHERE c.connamespace = current_schema()::regnamespace AND left(c.conrelid::regclass::text, 5) <> '"__EF'
            """));
        lines.AddRange(Query(connection, """
            SELECT format('index %s', replace(pg_get_indexdef(i.indexrelid), quote_ident(current_schema()) || '.', ''))
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relnamespace = current_schema()::regnamespace AND NOT i.indisprimary AND left(t.relname, 4) <> '__EF'
            """));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static List<string> Query(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var results = new List<string>();
        while (reader.Read())
        {
            results.Add(reader.GetString(0));
        }
        return results;
    }
}
