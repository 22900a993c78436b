using System.Text;
using Commissioning.Api.Data;
using Commissioning.Api.Tests.Data;
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
            var dump = new StringBuilder();
            foreach (var table in DatabaseRows.TableNames(connection))
            {
                dump.Append("## ").AppendLine(table);
                foreach (var row in DatabaseRows.Rows(connection, table, " | ")) dump.AppendLine(row);
            }
            return dump.ToString();
        }
        finally
        {
            connection.Close();
        }
    }
}
