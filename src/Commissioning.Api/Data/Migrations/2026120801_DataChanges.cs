using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Api.Data.Migrations;

/// <summary>
/// The change log (<see cref="DataChange"/>) beside the change counter: which providers each commit changed, so the
/// exception snapshot of every provider reloads only those providers' records after a write instead of all of them
/// (at 5,000 providers a full reload outlasts the request timeout).
/// </summary>
[DbContext(typeof(CommissioningDbContext))]
[Migration("2026120801_DataChanges")]
public sealed class DataChangeLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DataChanges",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Version = table.Column<long>(nullable: false),
                Providers = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataChanges", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_DataChanges_Version", table: "DataChanges", column: "Version");
        ColumnTypes.UseOrdinalCollation(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("DataChanges");
}
