using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Api.Data.Migrations;

public sealed partial class Initial
{
    private static void CreateCaseRecords(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Incidents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProviderId = table.Column<Guid>(nullable: false),
                Type = table.Column<string>(maxLength: Enum, nullable: false),
                ReportedOn = table.Column<DateOnly>(nullable: false),
                ExternalReference = table.Column<string>(maxLength: 100, nullable: false),
                Summary = table.Column<string>(maxLength: 4000, nullable: false),
                RecordedAt = table.Column<DateTimeOffset>(nullable: false),
                RecordedBy = table.Column<string>(maxLength: Person, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Incidents", x => x.Id);
                table.ForeignKey("FK_Incidents_Providers_ProviderId", x => x.ProviderId, "Providers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Incidents_ProviderId_ReportedOn", "Incidents", ["ProviderId", "ReportedOn"]);
        migrationBuilder.CreateIndex("IX_Incidents_ReportedOn", "Incidents", "ReportedOn");
        migrationBuilder.CreateIndex("IX_Incidents_ExternalReference", "Incidents", "ExternalReference");

        migrationBuilder.CreateTable(
            name: "Reviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: Enum, nullable: false),
                CaseReference = table.Column<string>(maxLength: 50, nullable: false),
                LeadLscbId = table.Column<Guid>(nullable: false),
                SecondLscbId = table.Column<Guid>(nullable: true),
                SubjectProviderId = table.Column<Guid>(nullable: true),
                DecisionDate = table.Column<DateOnly>(nullable: false),
                TargetCompletionDate = table.Column<DateOnly>(nullable: true),
                CompletedOn = table.Column<DateOnly>(nullable: true),
                SignOff = table.Column<string>(maxLength: Enum, nullable: true),
                ForwardedActionPlanIds = table.Column<string>(type: ColumnTypes.GuidList(migrationBuilder), nullable: false),
                Authors = table.Column<string>(type: ColumnTypes.Json(migrationBuilder), nullable: true),
                Extensions = table.Column<string>(type: ColumnTypes.Json(migrationBuilder), nullable: true),
                SignOffSteps = table.Column<string>(type: ColumnTypes.Json(migrationBuilder), nullable: true),
                Evaluations = table.Column<string>(type: ColumnTypes.Json(migrationBuilder), nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Reviews", x => x.Id);
                table.ForeignKey("FK_Reviews_Lscbs_LeadLscbId", x => x.LeadLscbId, "Lscbs", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Reviews_Lscbs_SecondLscbId", x => x.SecondLscbId, "Lscbs", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Reviews_Providers_SubjectProviderId", x => x.SubjectProviderId, "Providers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Reviews_CaseReference", "Reviews", "CaseReference");
        migrationBuilder.CreateIndex("IX_Reviews_LeadLscbId", "Reviews", "LeadLscbId");
        migrationBuilder.CreateIndex("IX_Reviews_SecondLscbId", "Reviews", "SecondLscbId");
        migrationBuilder.CreateIndex("IX_Reviews_SubjectProviderId", "Reviews", "SubjectProviderId");
        migrationBuilder.CreateIndex("IX_Reviews_TargetCompletionDate_CompletedOn", "Reviews", ["TargetCompletionDate", "CompletedOn"]);
    }
}
