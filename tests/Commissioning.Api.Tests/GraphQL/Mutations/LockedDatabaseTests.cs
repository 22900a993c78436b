using System.Data.Common;
using System.Text.Json;
using Commissioning.Api.Data;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.Data;
using Commissioning.Api.Tests.GraphQL.AuditTrail;
using Commissioning.Api.Tests.GraphQL.Plans;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.Tests.GraphQL.Mutations;

/// <summary>
/// A SQLite writer that cannot get the write lock within its timeouts (another process holds it) is told
/// to try again with a ConcurrencyConflictError, never an internal error, and nothing of its change is stored.
/// </summary>
public sealed class LockedDatabaseTests : IDisposable
{
    private readonly PlansWorld _world = new(services: s =>
    {
        // Short waits keep the test quick; the defaults (5 s busy timeout, 30 s command timeout) only wait longer.
        s.Configure<DatabaseOptions>(o => o.SqliteBusyTimeout = TimeSpan.FromMilliseconds(100));
        s.ConfigureDbContext<CommissioningDbContext>((_, o) => o.AddInterceptors(new ShortCommandTimeout()));
    });

    [Fact]
    [Trait(DatabaseEngine.Trait, DatabaseEngine.SqliteOnly)]
    public async Task A_change_that_cannot_get_the_write_lock_is_a_concurrency_conflict_and_stores_nothing()
    {
        var plan = await new PlanSteps(_world).CreateAsync();
        var before = await AuditTrailReader.ReadAsync(_world.Api, plan.Id);

        JsonElement payload;
        await using (var holder = _world.Api.NewContext())
        {
            await holder.Database.OpenConnectionAsync();
            await holder.Database.ExecuteSqlRawAsync("BEGIN IMMEDIATE;");
            payload = await _world.MutateAsync("appointAccountableManager", "actionPlan { version }",
                new { actionPlanId = plan.Id, expectedVersion = plan.Version, name = "Sam Senior", jobTitle = "Chief Nurse" }, _world.Staff);
            await holder.Database.ExecuteSqlRawAsync("ROLLBACK;");
        }

        Assert.Equal("ConcurrencyConflictError", payload.At("errors", 0, "__typename").GetString());
        var stored = await _world.Api.PostAsync($$"""{ node(id: "{{plan.Id}}") { ... on ActionPlan { version accountableManager { name } } } }""", caller: PlansWorld.QualityTeam);
        Assert.Equal(JsonValueKind.Null, stored.At("data", "node", "accountableManager").ValueKind);
        Assert.Equal(plan.Version, stored.At("data", "node", "version").GetInt32());
        Assert.Equal(before.ToString(), (await AuditTrailReader.ReadAsync(_world.Api, plan.Id)).ToString());
    }

    public void Dispose() => _world.Dispose();

    /// <summary>Microsoft.Data.Sqlite retries a busy statement until the connection's default timeout; one second is enough here.</summary>
    private sealed class ShortCommandTimeout : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Shorten(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Shorten(connection);
            return Task.CompletedTask;
        }

        private static void Shorten(DbConnection connection)
        {
            if (connection is SqliteConnection sqlite) sqlite.DefaultTimeout = 1;
        }
    }
}
