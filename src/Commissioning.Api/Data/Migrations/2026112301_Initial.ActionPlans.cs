using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Api.Data.Migrations;

public sealed partial class Initial
{
    private static void CreateActionPlans(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ActionPlans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProviderId = table.Column<Guid>(nullable: false),
                Source = table.Column<string>(maxLength: Enum, nullable: false),
                SourceRecordId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                RaisedOn = table.Column<DateOnly>(nullable: false),
                AccountableManager_Name = table.Column<string>(maxLength: Person, nullable: true),
                AccountableManager_JobTitle = table.Column<string>(maxLength: Person, nullable: true),
                LscbIds = table.Column<string>(type: ColumnTypes.GuidList(migrationBuilder), nullable: false),
                Status = table.Column<string>(maxLength: Enum, nullable: false),
                SubmittedToLscbIds = table.Column<string>(type: ColumnTypes.GuidList(migrationBuilder), nullable: false),
                History = table.Column<string>(type: ColumnTypes.Json(migrationBuilder), nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionPlans", x => x.Id);
                table.ForeignKey("FK_ActionPlans_Providers_ProviderId", x => x.ProviderId, "Providers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ActionPlans_ProviderId", "ActionPlans", "ProviderId");
        migrationBuilder.CreateIndex("IX_ActionPlans_Status", "ActionPlans", "Status");
        migrationBuilder.CreateIndex("IX_ActionPlans_SourceRecordId", "ActionPlans", "SourceRecordId");

        migrationBuilder.CreateTable(
            name: "PlanActions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActionPlanId = table.Column<Guid>(nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                Owner = table.Column<string>(maxLength: 200, nullable: false),
                DueDate = table.Column<DateOnly>(nullable: false),
                IntendedOutcome = table.Column<string>(maxLength: 2000, nullable: false),
                HowReviewed = table.Column<string>(maxLength: 2000, nullable: false),
                Category = table.Column<string>(maxLength: Enum, nullable: false),
                Status = table.Column<string>(maxLength: Enum, nullable: false),
                CompletedOn = table.Column<DateOnly>(nullable: true),
                Evidence = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanActions", x => x.Id);
                table.ForeignKey("FK_PlanActions_ActionPlans_ActionPlanId", x => x.ActionPlanId, "ActionPlans", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PlanActions_ActionPlanId", "PlanActions", "ActionPlanId");
        migrationBuilder.CreateIndex("IX_PlanActions_DueDate_Status", "PlanActions", ["DueDate", "Status"]);

        migrationBuilder.CreateTable(
            name: "ProgressUpdates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Quarter = table.Column<int>(nullable: false),
                Revision = table.Column<int>(nullable: false),
                OverallNarrative = table.Column<string>(nullable: false),
                SubmittedByUserId = table.Column<string>(maxLength: Person, nullable: false),
                SubmittedByName = table.Column<string>(maxLength: Person, nullable: false),
                SubmittedByRole = table.Column<string>(maxLength: Enum, nullable: false),
                SubmittedAt = table.Column<DateTimeOffset>(nullable: false),
                Entries = table.Column<string>(type: ColumnTypes.Json(migrationBuilder), nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgressUpdates", x => x.Id);
                table.ForeignKey("FK_ProgressUpdates_ActionPlans_PlanId", x => x.PlanId, "ActionPlans", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProgressUpdates_PlanId_Quarter_Revision", "ProgressUpdates", ["PlanId", "Quarter", "Revision"], unique: true);
        migrationBuilder.CreateIndex("IX_ProgressUpdates_Quarter", "ProgressUpdates", "Quarter");

        migrationBuilder.CreateTable(
            name: "Scrutinies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActionPlanId = table.Column<Guid>(nullable: false),
                Subject = table.Column<string>(maxLength: Enum, nullable: false),
                ProgressUpdateId = table.Column<Guid>(nullable: true),
                Outcome = table.Column<string>(maxLength: Enum, nullable: false),
                Advice = table.Column<string>(maxLength: 4000, nullable: false),
                ScrutinisedOn = table.Column<DateOnly>(nullable: false),
                ByUserId = table.Column<string>(maxLength: Person, nullable: false),
                ByName = table.Column<string>(maxLength: Person, nullable: false),
                RecordedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Scrutinies", x => x.Id);
                table.ForeignKey("FK_Scrutinies_ActionPlans_ActionPlanId", x => x.ActionPlanId, "ActionPlans", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Scrutinies_ActionPlanId", "Scrutinies", "ActionPlanId");
        migrationBuilder.CreateIndex("IX_Scrutinies_ProgressUpdateId", "Scrutinies", "ProgressUpdateId");
    }
}
