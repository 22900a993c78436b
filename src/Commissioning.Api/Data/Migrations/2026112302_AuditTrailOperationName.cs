using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Api.Data.Migrations;

/// <summary>
/// The audit trail names the client's GraphQL operation as well as the mutation field, and is searched
/// by who acted. Adding a column and an index leaves existing entries, and the append-only triggers, as they were.
/// </summary>
[DbContext(typeof(CommissioningDbContext))]
[Migration("2026112302_AuditTrailOperationName")]
public sealed class AuditTrailOperationName : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("OperationName", "AuditTrail", maxLength: 200, nullable: true);
        migrationBuilder.CreateIndex("IX_AuditTrail_ActorUserId", "AuditTrail", "ActorUserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_AuditTrail_ActorUserId", "AuditTrail");
        migrationBuilder.DropColumn("OperationName", "AuditTrail");
    }
}
