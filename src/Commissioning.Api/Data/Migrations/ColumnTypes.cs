using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

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
}
