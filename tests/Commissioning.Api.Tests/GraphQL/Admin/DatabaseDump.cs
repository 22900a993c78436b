using System.Data.Common;
using System.Text;
using Commissioning.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>Every row of every table as text, to prove that a refused mutation stored nothing.</summary>
internal static class DatabaseDump
{
    public static string Of(CommissioningDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        connection.Open();
        try
        {
            var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => r[0]).ToList();
            var dump = new StringBuilder();
            foreach (var table in tables)
            {
                dump.Append("## ").AppendLine(table);
                foreach (var row in Query(connection, $"SELECT * FROM \"{table}\" ORDER BY rowid")) dump.AppendLine(string.Join(" | ", row));
            }
            return dump.ToString();
        }
        finally
        {
            connection.Close();
        }
    }

    private static List<string[]> Query(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++) row[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            rows.Add(row);
        }
        return rows;
    }
}
