using System.Text.Json;
using Commissioning.Api.Data;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL.AuditTrail;
using Commissioning.Api.Tests.GraphQL.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.Tests.GraphQL.Mutations;

/// <summary>
/// Two people change the same action plan at the same moment from the same version (DOMAIN.md "Rules":
/// the second writer gets a conflict error). Both requests are held until both are about to save, so
/// they really race: SQLite's write lock is contended, and the loser must still get a typed error.
/// </summary>
public sealed class ConcurrentUpdateTests : IDisposable
{
    private readonly SaveGate _gate = new();
    private readonly PlansWorld _world;

    public ConcurrentUpdateTests() =>
        _world = new PlansWorld(services: s => s.ConfigureDbContext<CommissioningDbContext>((_, o) => o.AddInterceptors(_gate)));

    [Fact]
    public async Task Exactly_one_of_two_simultaneous_updates_wins_and_the_audit_trail_shows_only_the_winner()
    {
        var plan = await new PlanSteps(_world).CreateAsync();
        _gate.Arm(2);

        var results = await Task.WhenAll(Appoint("Sam Senior"), Appoint("Alex Acting"));

        var won = Assert.Single(results, r => r.Payload.GetProperty("errors").ValueKind == JsonValueKind.Null);
        var lost = Assert.Single(results, r => r.Payload.GetProperty("errors").ValueKind != JsonValueKind.Null);
        Assert.Equal("ConcurrencyConflictError", lost.Payload.At("errors", 0, "__typename").GetString());
        Assert.Equal(JsonValueKind.Null, lost.Payload.GetProperty("actionPlan").ValueKind);

        var stored = await _world.Api.PostAsync($$"""{ node(id: "{{plan.Id}}") { ... on ActionPlan { version accountableManager { name } } } }""", caller: PlansWorld.QualityTeam);
        Assert.Equal(won.Name, stored.At("data", "node", "accountableManager", "name").GetString());
        Assert.Equal(plan.Version + 1, stored.At("data", "node", "version").GetInt32());

        var entry = await AuditTrailReader.SingleAsync(_world.Api, plan.Id, "appointAccountableManager");
        Assert.Equal($"\"{won.Name}\"", AuditTrailReader.Changes(entry)["accountableManager.name"].After);

        async Task<(string Name, JsonElement Payload)> Appoint(string name) =>
            (name, await _world.MutateAsync("appointAccountableManager", "actionPlan { version }",
                new { actionPlanId = plan.Id, expectedVersion = plan.Version, name, jobTitle = "Chief Nurse" }, _world.Staff));
    }

    public void Dispose() => _world.Dispose();
}
