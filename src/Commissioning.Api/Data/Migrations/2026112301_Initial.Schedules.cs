using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Api.Data.Migrations;

public sealed partial class Initial
{
    private static void CreateContractsAndSchedules(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Contracts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProviderId = table.Column<Guid>(nullable: false),
                Reference = table.Column<string>(maxLength: 100, nullable: false),
                ServiceDescription = table.Column<string>(maxLength: 2000, nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: false),
                CommissionerLead = table.Column<string>(maxLength: 200, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Contracts", x => x.Id);
                table.ForeignKey("FK_Contracts_Providers_ProviderId", x => x.ProviderId, "Providers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Contracts_ProviderId", "Contracts", "ProviderId");
        migrationBuilder.CreateIndex("IX_Contracts_Reference", "Contracts", "Reference");
        migrationBuilder.CreateIndex("IX_Contracts_StartDate_EndDate", "Contracts", ["StartDate", "EndDate"]);

        migrationBuilder.CreateTable(
            name: "Section11Schedules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ContractId = table.Column<Guid>(nullable: false),
                ProviderId = table.Column<Guid>(nullable: false),
                Framework = table.Column<string>(maxLength: Enum, nullable: false),
                ActionPlanCopying_CopyPlans = table.Column<bool>(nullable: true),
                ActionPlanCopying_CopyUpdates = table.Column<bool>(nullable: true),
                ActionPlanCopying_Recipient = table.Column<string>(maxLength: 200, nullable: true),
                ActionPlanCopying_AgreedOn = table.Column<DateOnly>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Section11Schedules", x => x.Id);
                table.ForeignKey("FK_Section11Schedules_Contracts_ContractId", x => x.ContractId, "Contracts", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Section11Schedules_Providers_ProviderId", x => x.ProviderId, "Providers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Section11Schedules_ContractId", "Section11Schedules", "ContractId", unique: true);
        migrationBuilder.CreateIndex("IX_Section11Schedules_ProviderId", "Section11Schedules", "ProviderId");

        migrationBuilder.CreateTable(
            name: "DutyAssessments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ScheduleId = table.Column<Guid>(nullable: false),
                DutyId = table.Column<string>(maxLength: 20, nullable: false),
                Rating = table.Column<string>(maxLength: Enum, nullable: true),
                Evidence = table.Column<string>(nullable: false),
                AssessedBy = table.Column<string>(maxLength: Person, nullable: false),
                AssessedOn = table.Column<DateOnly>(nullable: true),
                Moderation = table.Column<string>(maxLength: Enum, nullable: true),
                ModerationComment = table.Column<string>(nullable: true),
                ModeratedBy = table.Column<string>(maxLength: Person, nullable: true),
                ModeratedOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DutyAssessments", x => x.Id);
                table.ForeignKey("FK_DutyAssessments_Section11Schedules_ScheduleId", x => x.ScheduleId, "Section11Schedules", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_DutyAssessments_ScheduleId_DutyId", "DutyAssessments", ["ScheduleId", "DutyId"], unique: true);

        migrationBuilder.CreateTable(
            name: "Indicators",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ScheduleId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 50, nullable: false),
                Name = table.Column<string>(maxLength: 500, nullable: false),
                Unit = table.Column<string>(maxLength: Enum, nullable: false),
                Direction = table.Column<string>(maxLength: Enum, nullable: false),
                Target = table.Column<decimal>(nullable: false),
                AmberTolerance = table.Column<decimal>(nullable: false),
                Citation = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Indicators", x => x.Id);
                table.ForeignKey("FK_Indicators_Section11Schedules_ScheduleId", x => x.ScheduleId, "Section11Schedules", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Indicators_ScheduleId_Code", "Indicators", ["ScheduleId", "Code"], unique: true);

        CreateAuditSchedules(migrationBuilder);
    }

    private static void CreateAuditSchedules(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditSchedules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ScheduleId = table.Column<Guid>(nullable: false),
                PeriodStart = table.Column<DateOnly>(nullable: false),
                PeriodEnd = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditSchedules", x => x.Id);
                table.ForeignKey("FK_AuditSchedules_Section11Schedules_ScheduleId", x => x.ScheduleId, "Section11Schedules", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AuditSchedules_ScheduleId", "AuditSchedules", "ScheduleId", unique: true);

        migrationBuilder.CreateTable(
            name: "MandatedIssues",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuditScheduleId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MandatedIssues", x => x.Id);
                table.ForeignKey("FK_MandatedIssues_AuditSchedules_AuditScheduleId", x => x.AuditScheduleId, "AuditSchedules", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_MandatedIssues_AuditScheduleId", "MandatedIssues", "AuditScheduleId");

        migrationBuilder.CreateTable(
            name: "Audits",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuditScheduleId = table.Column<Guid>(nullable: false),
                Topic = table.Column<string>(maxLength: 200, nullable: false),
                MandatedIssueId = table.Column<Guid>(nullable: true),
                PlannedQuarter = table.Column<int>(nullable: false),
                DueDate = table.Column<DateOnly>(nullable: false),
                Status = table.Column<string>(maxLength: Enum, nullable: false),
                AssuranceLevel = table.Column<string>(maxLength: Enum, nullable: true),
                Findings = table.Column<string>(nullable: true),
                ReportedOn = table.Column<DateOnly>(nullable: true),
                CancellationReason = table.Column<string>(maxLength: 1000, nullable: true),
                ActionPlanId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Audits", x => x.Id);
                table.ForeignKey("FK_Audits_AuditSchedules_AuditScheduleId", x => x.AuditScheduleId, "AuditSchedules", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Audits_AuditScheduleId", "Audits", "AuditScheduleId");
        migrationBuilder.CreateIndex("IX_Audits_DueDate", "Audits", "DueDate");
        migrationBuilder.CreateIndex("IX_Audits_PlannedQuarter", "Audits", "PlannedQuarter");
        migrationBuilder.CreateIndex("IX_Audits_ActionPlanId", "Audits", "ActionPlanId");
    }
}
