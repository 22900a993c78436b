using System.Text.Json;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>Two people reporting on the same plan from the same version: one report is kept, the other is told to reload.</summary>
public sealed class ConcurrentPlanChangeTests : IDisposable
{
    private readonly PlansWorld _world = new();

    [Fact]
    public async Task Exactly_one_of_two_simultaneous_reports_is_stored()
    {
        var plan = await new PlanSteps(_world).InProgressAsync();
        var input = plan.ProgressInput("IN_PROGRESS");
        var results = await Task.WhenAll(
            _world.MutateAsync("submitQuarterlyProgress", "actionPlan { id }", input, _world.Staff),
            _world.MutateAsync("submitQuarterlyProgress", "actionPlan { id }", input, _world.Staff));

        Assert.Single(results, r => r.GetProperty("errors").ValueKind == JsonValueKind.Null);
        var refused = Assert.Single(results, r => r.GetProperty("errors").ValueKind != JsonValueKind.Null);
        Assert.Equal("ConcurrencyConflictError", refused.At("errors", 0, "__typename").GetString());
        var stored = await _world.Api.PostAsync($$"""{ node(id: "{{plan.Id}}") { ... on ActionPlan { version progressUpdates { totalCount } } } }""", caller: _world.Staff);
        Assert.Equal(1, stored.At("data", "node", "progressUpdates", "totalCount").GetInt32());
        Assert.Equal(plan.Version + 1, stored.At("data", "node", "version").GetInt32());
    }

    public void Dispose() => _world.Dispose();
}
