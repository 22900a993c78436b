using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Api.Data.Migrations;

public sealed partial class Initial
{
    private static void CreateOrganisations(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Lscbs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Area = table.Column<string>(maxLength: 200, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Lscbs", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Providers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Type = table.Column<string>(maxLength: Enum, nullable: false),
                OdsCode = table.Column<string>(maxLength: 6, nullable: false),
                LscbIds = table.Column<string>(type: ColumnTypes.GuidList(migrationBuilder), nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Providers", x => x.Id));
        migrationBuilder.CreateIndex("IX_Providers_OdsCode", "Providers", "OdsCode", unique: true);
        migrationBuilder.CreateIndex("IX_Providers_Name", "Providers", "Name");

        migrationBuilder.CreateTable(
            name: "SubContractors",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProviderId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                OdsCode = table.Column<string>(maxLength: 6, nullable: true),
                ServiceDescription = table.Column<string>(maxLength: 1000, nullable: false),
                DutiesFlowedDownOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SubContractors", x => x.Id);
                table.ForeignKey("FK_SubContractors_Providers_ProviderId", x => x.ProviderId, "Providers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SubContractors_ProviderId", "SubContractors", "ProviderId");
    }
}
