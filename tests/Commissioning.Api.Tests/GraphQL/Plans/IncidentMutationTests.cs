using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Plans;

public sealed class IncidentMutationTests : IDisposable
{
    private readonly PlansWorld _world = new();

    private object Input(string? providerId = null, string summary = "A child was discharged without a check.", int reportedDaysAgo = 3) => new
    {
        providerId = providerId ?? _world.ProviderId, type = "SIRI", reportedOn = PlansWorld.Day(PlansWorld.DaysAgo(reportedDaysAgo)),
        externalReference = "2025/77", summary,
    };

    [Fact]
    public async Task Provider_staff_raise_an_incident_for_their_provider_and_it_is_listed()
    {
        var incident = await _world.SucceedAsync("raiseIncident", "incident", "id type providerId summary version", Input(), _world.Staff);
        Assert.Equal("SIRI", incident.GetProperty("type").GetString());
        Assert.Equal(_world.ProviderId, incident.GetProperty("providerId").GetString());
        var listed = await _world.Api.PostAsync("{ incidents(where: { type: { eq: SIRI } }) { totalCount nodes { id externalReference actionPlans { id } } } }", caller: PlansWorld.QualityTeam);
        listed.AssertNoErrors();
        Assert.Equal(incident.GetProperty("id").GetString(), listed.At("data", "incidents", "nodes", 0, "id").GetString());
        Assert.Equal(0, listed.At("data", "incidents", "nodes", 0, "actionPlans").GetArrayLength());
    }

    [Fact]
    public async Task Each_typed_error_leaves_the_data_unchanged()
    {
        // Another provider's id answers as an id that does not exist.
        await _world.RefusedAsync("raiseIncident", "incident", Input(), _world.OtherStaff, "NotFoundError");
        await _world.RefusedAsync("raiseIncident", "incident", Input(), PlansWorld.ChiefExecutive, "ForbiddenError");
        await _world.RefusedAsync("raiseIncident", "incident", Input(providerId: NodeId.Encode("Provider", Guid.NewGuid())), PlansWorld.QualityTeam, "NotFoundError");
        await _world.RefusedAsync("raiseIncident", "incident", Input(summary: ""), _world.Staff, "ValidationFailedError");
        await _world.RefusedAsync("raiseIncident", "incident", Input(reportedDaysAgo: -2), _world.Staff, "DateInFutureError");
    }

    public void Dispose() => _world.Dispose();
}
