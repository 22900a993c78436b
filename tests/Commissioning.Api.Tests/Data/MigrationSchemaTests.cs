using System.Data.Common;
using Commissioning.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// The migrations are written by hand, so nothing but this test keeps them in step with the EF
/// model: a database built by Migrate must have exactly the schema EF builds from the model.
/// </summary>
public sealed class MigrationSchemaTests
{
    [Fact]
    public void Migrated_database_has_exactly_the_schema_of_the_model()
    {
        using var migrated = TestDatabase.Migrated();
        using var fromModel = new TestDatabase();
        using (var db = fromModel.NewContext())
        {
            // What EnsureCreated builds, without its check for existing tables, which on PostgreSQL looks
            // at every schema in the database, other tests' included.
            db.GetService<IRelationalDatabaseCreator>().CreateTables();
        }

        var expected = Describe(fromModel);
        var actual = Describe(migrated);

        Assert.True(expected.SequenceEqual(actual),
            "The migrations drifted from the model (- only in the model, + only in the migrated database):"
            + Environment.NewLine + SqliteSchema.Diff(expected, actual));
    }

    private static IReadOnlyList<string> Describe(TestDatabase database) =>
        database.Provider == DatabaseProvider.Sqlite
            ? SqliteSchema.Describe(database.ConnectionString)
            : PostgresSchema.Describe(database.ConnectionString);

    [Fact]
    public void Migrating_twice_applies_each_migration_once()
    {
        using var database = TestDatabase.Migrated();
        using var db = database.NewContext();

        db.Database.Migrate();

        Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
        Assert.Empty(db.Database.GetPendingMigrations());
    }

    [Fact]
    public void Every_migration_is_in_the_applied_history_after_Migrate()
    {
        using var database = TestDatabase.Migrated();
        using var db = database.NewContext();

        Assert.Contains("2026112301_Initial", db.Database.GetAppliedMigrations());
    }

    [Fact]
    public void Audit_trail_refuses_update_and_delete_even_from_raw_sql()
    {
        using var database = TestDatabase.Migrated();
        using var db = database.NewContext();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO "AuditTrail" ("Id", "ActorUserId", "ActorName", "ActorRole", "At", "Operation", "RecordType", "RecordId", "After")
                VALUES ('6a1f5e34-0000-0000-0000-000000000001', 'qt', 'Quinn', 'QualityTeam', '2025-11-12T12:00:00+00:00', 'Create', 'Provider', '6a1f5e34-0000-0000-0000-000000000002', '{}')
                """;
            insert.ExecuteNonQuery();
        }

        foreach (var sql in new[] { """UPDATE "AuditTrail" SET "ActorName" = 'Someone else'""", """DELETE FROM "AuditTrail" """ })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            var error = Assert.ThrowsAny<DbException>(() => command.ExecuteNonQuery());
            Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        }
    }
}
