using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>Every object of the plan tree can be fetched again by the id the API gave out.</summary>
public sealed class PlanNodeTests : IDisposable
{
    private readonly PlansWorld _world = new();

    [Fact]
    public async Task Plans_actions_updates_scrutinies_and_incidents_are_refetchable_by_id()
    {
        var plan = await new PlanSteps(_world).InProgressAsync();
        await plan.ReportAsync("IN_PROGRESS");
        var tree = await _world.Api.PostAsync($$"""
            { node(id: "{{plan.Id}}") { ... on ActionPlan { id provider { id } lscbs { id } sourceIncident { id }
                actions { id } progressUpdates { nodes { id } } scrutinies { id } } } }
            """, caller: PlansWorld.QualityTeam);
        tree.AssertNoErrors();
        var node = tree.At("data", "node");
        Assert.Equal(_world.ProviderId, node.At("provider", "id").GetString());
        Assert.Equal(2, node.GetProperty("lscbs").GetArrayLength());
        string[] ids =
        [
            node.GetProperty("id").GetString()!, node.At("sourceIncident", "id").GetString()!, node.At("actions", 0, "id").GetString()!,
            node.At("progressUpdates", "nodes", 0, "id").GetString()!, node.At("scrutinies", 0, "id").GetString()!,
        ];
        var refetched = await _world.Api.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids }, PlansWorld.QualityTeam);
        refetched.AssertNoErrors();
        Assert.Equal(["ActionPlan", "Incident", "PlanAction", "ProgressUpdate", "Scrutiny"],
            refetched.At("data", "nodes").EnumerateArray().Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(ids, refetched.At("data", "nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    public void Dispose() => _world.Dispose();
}
