using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL.Plans;
using Commissioning.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Commissioning.Api.Tests.GraphQL.AuditTrail.AuditTrailReader;

namespace Commissioning.Api.Tests.GraphQL.AuditTrail;

/// <summary>
/// <c>auditTrail</c> is read by the quality team and the Director only, filtered by record, actor,
/// operation and time, and nothing (no mutation, no SQL) can change what it holds.
/// </summary>
public sealed class AuditTrailQueryTests : IDisposable
{
    private static readonly DateTimeOffset Start = SettableTime.Truncated(DateTimeOffset.UtcNow);
    private readonly SettableTime _time = new(Start);
    private readonly PlansWorld _world;

    public AuditTrailQueryTests() => _world = new PlansWorld(services: s => s.AddSingleton<TimeProvider>(_time));

    [Fact]
    public async Task Only_the_quality_team_and_the_Director_may_read_it()
    {
        await new PlanSteps(_world).CreateAsync();
        const string query = "{ auditTrail { totalCount } }";

        foreach (var reader in new[] { PlansWorld.QualityTeam, PlansWorld.Director })
        {
            var allowed = await _world.Api.PostAsync(query, caller: reader);
            allowed.AssertNoErrors();
            Assert.True(allowed.At("data", "auditTrail", "totalCount").GetInt32() > 0);
        }
        foreach (var refused in new[] { PlansWorld.Nurse, PlansWorld.ChiefExecutive, PlansWorld.Dashboard, _world.Staff })
            Assert.Equal("AUTH_NOT_AUTHORIZED", (await _world.Api.PostAsync(query, caller: refused)).ErrorCode());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await _world.Api.PostAsync(query)).ErrorCode());
    }

    [Fact]
    public async Task It_is_filtered_by_record_actor_operation_and_time()
    {
        var first = await new PlanSteps(_world).CreateAsync();
        _time.Now = Start.AddHours(1);
        await new PlanSteps(_world).CreateAsync();
        _time.Now = Start.AddHours(2);
        var incident = await PlanSteps.RaiseIncidentAsync(_world, PlansWorld.QualityTeam);

        var byRecord = await ReadAsync(_world.Api, first.Id);
        Assert.Equal(["createActionPlan"], byRecord.GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("operation").GetString()));

        var byActor = await ReadAsync(_world.Api, where: new { actorUserId = new { eq = PlansWorld.QualityTeam.UserId } });
        Assert.Equal(1, byActor.GetProperty("totalCount").GetInt32());
        Assert.Equal(incident, byActor.At("nodes", 0, "recordId").GetString());

        var byRole = await ReadAsync(_world.Api, where: new { actorRole = new { eq = "PROVIDER" } });
        Assert.Equal(4, byRole.GetProperty("totalCount").GetInt32()); // two incidents and two plans

        var byOperation = await ReadAsync(_world.Api, where: new { operation = new { eq = "raiseIncident" } });
        Assert.Equal(3, byOperation.GetProperty("totalCount").GetInt32());
        Assert.All(byOperation.GetProperty("nodes").EnumerateArray(), e => Assert.Equal("Incident", e.GetProperty("recordType").GetString()));

        var window = await ReadAsync(_world.Api, where: new { at = new { gte = Start.AddMinutes(30), lt = Start.AddMinutes(90) } });
        Assert.Equal(2, window.GetProperty("totalCount").GetInt32());
        Assert.Equal(new[] { "createActionPlan", "raiseIncident" }, window.GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("operation").GetString()).Order());
    }

    [Fact]
    public async Task It_is_newest_first_unless_ordered_and_each_entry_leads_to_its_record()
    {
        var plan = await new PlanSteps(_world).CreateAsync();
        _time.Now = Start.AddMinutes(5);
        await plan.AddActionAsync();

        var response = await _world.Api.PostAsync("""
            { newest: auditTrail(first: 1) { nodes { operation record { id ... on ActionPlan { title } } } }
              oldest: auditTrail(first: 1, order: [{ at: ASC }]) { nodes { operation } } }
            """, caller: PlansWorld.Director);

        response.AssertNoErrors();
        Assert.Equal("addAction", response.At("data", "newest", "nodes", 0, "operation").GetString());
        Assert.Equal(plan.Id, response.At("data", "newest", "nodes", 0, "record", "id").GetString());
        Assert.Equal("Discharge checks", response.At("data", "newest", "nodes", 0, "record", "title").GetString());
        Assert.Equal("raiseIncident", response.At("data", "oldest", "nodes", 0, "operation").GetString());
    }

    [Fact]
    public async Task No_mutation_touches_it_and_the_database_refuses_to_update_or_delete_what_mutations_wrote()
    {
        await new PlanSteps(_world).CreateAsync();
        var before = await ReadAsync(_world.Api);

        var mutations = await _world.Api.PostAsync("{ __schema { mutationType { fields { name type { ofType { name } } } } } }", caller: PlansWorld.QualityTeam);
        Assert.DoesNotContain(mutations.At("data", "__schema", "mutationType", "fields").EnumerateArray(),
            f => f.GetProperty("name").GetString()!.Contains("AuditTrail", StringComparison.OrdinalIgnoreCase)
                 || f.At("type", "ofType", "name").GetString()!.Contains("AuditTrail", StringComparison.Ordinal));

        await using (var db = _world.Api.NewContext())
        {
            foreach (var sql in new[] { """UPDATE "AuditTrail" SET "ActorName" = 'Someone else'""", """DELETE FROM "AuditTrail" """ })
            {
                var error = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(sql));
                Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
            }
        }
        Assert.Equal(before.ToString(), (await ReadAsync(_world.Api)).ToString());
    }

    public void Dispose() => _world.Dispose();
}
