using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Api.Data.Migrations;

/// <summary>
/// The first schema, written by hand (the EF design-time tooling is not available here). Each
/// area is created by its own part of this class; a test proves the result equals the model.
/// </summary>
[DbContext(typeof(CommissioningDbContext))]
[Migration("2026112301_Initial")]
public sealed partial class Initial : Migration
{
    /// <summary>Enum columns hold member names (see MappingConventions.EnumMaxLength).</summary>
    private const int Enum = 40;

    /// <summary>User ids and display names copied onto records (see MappingConventions.PersonMaxLength).</summary>
    private const int Person = 200;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateOrganisations(migrationBuilder);
        CreateContractsAndSchedules(migrationBuilder);
        CreateCaseRecords(migrationBuilder);
        CreateActionPlans(migrationBuilder);
        CreateMonitoringAndReporting(migrationBuilder);
        CreateAuditTrail(migrationBuilder);
        ColumnTypes.UseOrdinalCollation(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        DropAuditTrail(migrationBuilder);
        string[] tables =
        [
            "PublishedExceptionReports", "MonitoringMeetings", "IndicatorReturns",
            "Scrutinies", "ProgressUpdates", "PlanActions", "ActionPlans",
            "Reviews", "Incidents",
            "Audits", "MandatedIssues", "AuditSchedules", "Indicators", "DutyAssessments", "Section11Schedules", "Contracts",
            "SubContractors", "Providers", "Lscbs",
        ];
        foreach (var table in tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
