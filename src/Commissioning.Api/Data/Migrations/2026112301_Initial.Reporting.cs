using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Api.Data.Migrations;

public sealed partial class Initial
{
    private static void CreateMonitoringAndReporting(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "IndicatorReturns",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ScheduleId = table.Column<Guid>(nullable: false),
                ProviderId = table.Column<Guid>(nullable: false),
                Quarter = table.Column<int>(nullable: false),
                SubmittedOn = table.Column<DateOnly>(nullable: true),
                SubmittedAt = table.Column<DateTimeOffset>(nullable: true),
                SubmittedBy = table.Column<string>(maxLength: Person, nullable: true),
                Values = table.Column<string>(type: ColumnTypes.Json(migrationBuilder), nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IndicatorReturns", x => x.Id);
                table.ForeignKey("FK_IndicatorReturns_Providers_ProviderId", x => x.ProviderId, "Providers", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_IndicatorReturns_Section11Schedules_ScheduleId", x => x.ScheduleId, "Section11Schedules", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_IndicatorReturns_ProviderId_Quarter", "IndicatorReturns", ["ProviderId", "Quarter"]);
        migrationBuilder.CreateIndex("IX_IndicatorReturns_ScheduleId_Quarter", "IndicatorReturns", ["ScheduleId", "Quarter"]);
        migrationBuilder.CreateIndex("IX_IndicatorReturns_Quarter", "IndicatorReturns", "Quarter");

        migrationBuilder.CreateTable(
            name: "MonitoringMeetings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProviderId = table.Column<Guid>(nullable: false),
                HeldOn = table.Column<DateOnly>(nullable: false),
                Notes = table.Column<string>(maxLength: 8000, nullable: false),
                ReviewedPlanIds = table.Column<string>(type: ColumnTypes.GuidList(migrationBuilder), nullable: false),
                ReviewedIndicatorIds = table.Column<string>(type: ColumnTypes.GuidList(migrationBuilder), nullable: false),
                ReviewedAuditIds = table.Column<string>(type: ColumnTypes.GuidList(migrationBuilder), nullable: false),
                Decisions = table.Column<string>(type: ColumnTypes.StringList(migrationBuilder), nullable: false),
                Sanctions = table.Column<string>(type: ColumnTypes.Json(migrationBuilder), nullable: true),
                RecordedByUserId = table.Column<string>(maxLength: Person, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MonitoringMeetings", x => x.Id);
                table.ForeignKey("FK_MonitoringMeetings_Providers_ProviderId", x => x.ProviderId, "Providers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_MonitoringMeetings_ProviderId_HeldOn", "MonitoringMeetings", ["ProviderId", "HeldOn"]);

        migrationBuilder.CreateTable(
            name: "PublishedExceptionReports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Quarter = table.Column<int>(nullable: false),
                LscbId = table.Column<Guid>(nullable: false),
                AsOf = table.Column<DateOnly>(nullable: false),
                PublishedByUserId = table.Column<string>(maxLength: Person, nullable: false),
                PublishedByName = table.Column<string>(maxLength: Person, nullable: false),
                PublishedAt = table.Column<DateTimeOffset>(nullable: false),
                Lines = table.Column<string>(type: ColumnTypes.Json(migrationBuilder), nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PublishedExceptionReports", x => x.Id);
                table.ForeignKey("FK_PublishedExceptionReports_Lscbs_LscbId", x => x.LscbId, "Lscbs", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PublishedExceptionReports_LscbId_Quarter", "PublishedExceptionReports", ["LscbId", "Quarter"]);
        migrationBuilder.CreateIndex("IX_PublishedExceptionReports_Quarter", "PublishedExceptionReports", "Quarter");
    }
}
