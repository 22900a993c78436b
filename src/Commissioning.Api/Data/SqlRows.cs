using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Commissioning.Api.Data;

/// <summary>
/// Runs a hand-written read statement through the context's own command pipeline and reads its rows with a
/// caller-supplied function. For a hot read that needs a handful of columns, where EF Core's query pipeline
/// (shaper, owned-JSON reader, per-row bookkeeping) costs more than the rows themselves. The statement still goes
/// through the context: its connection and transaction, its command interceptors (so it is counted in
/// <c>sqlStatements</c>) and its logging. Parameter values are bound as the provider binds EF Core's own (ids as text
/// on SQLite, uuid on PostgreSQL). The SQL must name tables and columns as the migrations create them and be valid on
/// both engines; the data scope's query filters do NOT apply, so the caller applies the scope itself.
/// </summary>
internal static class SqlRows
{
    /// <summary>
    /// Runs <paramref name="sql"/>, in which <c>{0}</c>, <c>{1}</c>, ... stand for <paramref name="parameters"/>,
    /// and returns each row as <paramref name="read"/> reads it.
    /// </summary>
    public static async Task<List<T>> ListAsync<T>(DbContext db, string sql, IReadOnlyList<object> parameters, Func<DbDataReader, T> read,
        CancellationToken cancellationToken)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, parameters, db.Model);
        var reader = await command.RelationalCommand.ExecuteReaderAsync(
            new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), command.ParameterValues, readerColumns: null, db,
                db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.FromSqlQuery),
            cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var rows = new List<T>();
            var data = reader.DbDataReader;
            while (await data.ReadAsync(cancellationToken).ConfigureAwait(false)) rows.Add(read(data));
            return rows;
        }
    }

    /// <summary>The placeholder of parameter <paramref name="index"/>: <c>{index}</c>.</summary>
    public static string Placeholder(int index) => "{" + index.ToString(CultureInfo.InvariantCulture) + "}";

    /// <summary>
    /// <c>IN (...)</c> with a placeholder for each of <paramref name="count"/> parameters, numbered from <paramref name="first"/>;
    /// <c>IN (NULL)</c> (true of no row) when there are none.
    /// </summary>
    public static string InList(int first, int count)
    {
        if (count == 0) return "IN (NULL)";
        var sql = new StringBuilder("IN (");
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sql.Append(", ");
            sql.Append(Placeholder(first + i));
        }
        return sql.Append(')').ToString();
    }

    /// <summary>An enum stored by member name (the model's convention for every enum).</summary>
    public static TEnum Enum<TEnum>(DbDataReader reader, int ordinal) where TEnum : struct, System.Enum =>
        System.Enum.Parse<TEnum>(reader.GetString(ordinal), ignoreCase: false);

    /// <summary>A nullable enum stored by member name.</summary>
    public static TEnum? NullableEnum<TEnum>(DbDataReader reader, int ordinal) where TEnum : struct, System.Enum =>
        reader.IsDBNull(ordinal) ? null : Enum<TEnum>(reader, ordinal);
}
