using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL.Plans;

namespace Commissioning.Api.Tests.GraphQL.Mutations;

/// <summary>
/// Every mutation goes through one pipeline, so a caller who is not signed in gets the same answer from
/// each: an AUTH_NOT_AUTHENTICATED GraphQL error, no payload, and nothing stored.
/// </summary>
public sealed class AnonymousMutationTests : IDisposable
{
    private readonly PlansWorld _world = new();

    [Fact]
    public async Task Plans_incidents_reports_and_admin_mutations_refuse_an_anonymous_caller_alike()
    {
        var plan = await new PlanSteps(_world).CreateAsync();
        var before = await _world.DumpAsync();
        var day = PlansWorld.Day(PlansWorld.DaysAgo(1));
        (string Field, object Input)[] attempts =
        [
            ("createActionPlan", new { providerId = _world.ProviderId, source = "SUI", sourceRecordId = plan.Id, title = "T", raisedOn = day, lscbIds = new[] { _world.LscbId } }),
            ("appointAccountableManager", new { actionPlanId = plan.Id, expectedVersion = plan.Version, name = "Sam Senior", jobTitle = "Chief Nurse" }),
            ("raiseIncident", new { providerId = _world.ProviderId, type = "SUI", reportedOn = day, externalReference = "2025/1", summary = "S" }),
            ("publishExceptionReport", new { lscbId = _world.LscbId, quarter = "2025/26-Q1" }),
            ("updateProvider", new { id = _world.ProviderId, expectedVersion = 1, name = "Renamed", type = "NHS_TRUST", odsCode = "R10X" }),
        ];

        foreach (var (field, input) in attempts)
        {
            var type = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
            var response = await _world.Api.PostAsync($"mutation($input: {type}!) {{ {field}(input: $input) {{ errors {{ __typename }} }} }}", new { input });
            Assert.True("AUTH_NOT_AUTHENTICATED" == response.ErrorCode(), $"{field}: {response}");
            Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("data").ValueKind);
        }
        Assert.Equal(before, await _world.DumpAsync());
    }

    public void Dispose() => _world.Dispose();
}
