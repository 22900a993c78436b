using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Commissioning.Api.Data.Migrations;

/// <summary>
/// The few column types that differ by provider. Every other column leaves its type to the
/// provider's mapping of the CLR type (TEXT/INTEGER on SQLite, uuid/date/numeric/... on
/// PostgreSQL), which is what keeps the hand-written migrations provider-neutral.
/// </summary>
internal static class ColumnTypes
{
    /// <summary>Owned collections mapped with ToJson: jsonb on PostgreSQL, TEXT on SQLite.</summary>
    public static string? Json(MigrationBuilder migrationBuilder) => migrationBuilder.IsNpgsql() ? "jsonb" : null;

    /// <summary>A primitive collection of ids: a native array on PostgreSQL, a JSON array in TEXT on SQLite.</summary>
    public static string? GuidList(MigrationBuilder migrationBuilder) => migrationBuilder.IsNpgsql() ? "uuid[]" : null;

    /// <summary>A primitive collection of strings: a native array on PostgreSQL, a JSON array in TEXT on SQLite.</summary>
    public static string? StringList(MigrationBuilder migrationBuilder) => migrationBuilder.IsNpgsql() ? "text[]" : null;

    /// <summary>
    /// On PostgreSQL, gives every text column created so far in <paramref name="migrationBuilder"/>
    /// the collation the model gives it (<see cref="CommissioningDbContext.OrdinalCollation"/>), so
    /// text sorts and compares as it does on SQLite. Call it at the end of a migration's Up; JSON
    /// columns, whose type is given, are left alone.
    /// </summary>
    public static void UseOrdinalCollation(MigrationBuilder migrationBuilder)
    {
        if (!migrationBuilder.IsNpgsql())
        {
            return;
        }
        var columns = migrationBuilder.Operations.OfType<CreateTableOperation>().SelectMany(table => table.Columns)
            .Concat<ColumnOperation>(migrationBuilder.Operations.OfType<AddColumnOperation>());
        foreach (var column in columns.Where(c => c.ClrType == typeof(string) && c.ColumnType is null))
        {
            column.Collation = CommissioningDbContext.OrdinalCollation;
        }
    }
}
