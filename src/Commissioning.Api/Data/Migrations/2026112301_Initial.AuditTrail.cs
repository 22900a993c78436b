using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Api.Data.Migrations;

public sealed partial class Initial
{
    /// <summary>The message a refused UPDATE or DELETE on the audit trail fails with.</summary>
    internal const string AuditTrailAppendOnlyMessage = "The audit trail is append-only.";

    private static void CreateAuditTrail(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditTrail",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ActorUserId = table.Column<string>(maxLength: Person, nullable: false),
                ActorName = table.Column<string>(maxLength: Person, nullable: false),
                ActorRole = table.Column<string>(maxLength: Enum, nullable: false),
                ActorProviderId = table.Column<Guid>(nullable: true),
                At = table.Column<DateTimeOffset>(nullable: false),
                Operation = table.Column<string>(maxLength: 100, nullable: false),
                RecordType = table.Column<string>(maxLength: 100, nullable: false),
                RecordId = table.Column<Guid>(nullable: false),
                Before = table.Column<string>(nullable: true),
                After = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditTrail", x => x.Id));
        migrationBuilder.CreateIndex("IX_AuditTrail_RecordType_RecordId", "AuditTrail", ["RecordType", "RecordId"]);
        migrationBuilder.CreateIndex("IX_AuditTrail_At", "AuditTrail", "At");
        migrationBuilder.CreateIndex("IX_AuditTrail_ActorProviderId", "AuditTrail", "ActorProviderId");

        // SaveChanges already refuses to change an entry; the triggers also stop SQL run by hand.
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '{AuditTrailAppendOnlyMessage}';
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditTrail_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditTrail"
                FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();
                """);
        }
        else
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER "AuditTrail_NoUpdate" BEFORE UPDATE ON "AuditTrail"
                BEGIN SELECT RAISE(ABORT, '{AuditTrailAppendOnlyMessage}'); END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "AuditTrail_NoDelete" BEFORE DELETE ON "AuditTrail"
                BEGIN SELECT RAISE(ABORT, '{AuditTrailAppendOnlyMessage}'); END;
                """);
        }
    }

    private static void DropAuditTrail(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditTrail_AppendOnly" ON "AuditTrail";""");
            migrationBuilder.Sql("DROP FUNCTION audit_trail_append_only();");
        }
        else
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditTrail_NoUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER "AuditTrail_NoDelete";""");
        }
        migrationBuilder.DropTable("AuditTrail");
    }
}
