using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Api.Data.Migrations;

/// <summary>
/// The change counter (<see cref="DataVersion"/>) that cached reports compare before reuse. It replaces a per-engine
/// probe: PostgreSQL's pg_current_wal_lsn() (the WAL write position) does not move at an asynchronous commit until the
/// WAL writer flushes, so a report could be served from records older than another connection's committed write.
/// </summary>
[DbContext(typeof(CommissioningDbContext))]
[Migration("2026112312_DataVersion")]
public sealed class DataVersionCounter : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DataVersions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                Value = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataVersions", x => x.Id));
        // Plain SQL both engines accept: InsertData would need the column types of a model snapshot we do not keep.
        var rows = string.Join(", ", Enumerable.Range(1, DataVersion.Slots).Select(slot => $"({slot}, 0)"));
        migrationBuilder.Sql($"""INSERT INTO "DataVersions" ("Id", "Value") VALUES {rows}""");
        ColumnTypes.UseOrdinalCollation(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("DataVersions");
}
