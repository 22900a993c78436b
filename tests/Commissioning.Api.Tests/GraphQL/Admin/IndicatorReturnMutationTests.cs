using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain.Indicators;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>submitIndicatorReturn: one submitted return per schedule and quarter, values rated against targets.</summary>
public sealed class IndicatorReturnMutationTests : IDisposable
{
    private const string Submit = $$"""
        mutation ($input: SubmitIndicatorReturnInput!) { submitIndicatorReturn(input: $input) { indicatorReturn { id } {{AdminWorld.Errors}} } }
        """;

    private readonly AdminWorld _world = new();

    private object Return(string? quarter = null, object[]? values = null, string? scheduleId = null) => new
    {
        input = new
        {
            scheduleId = scheduleId ?? _world.ScheduleId,
            quarter = quarter ?? AdminWorld.ThisQuarter.Previous().ToString(),
            values = values ?? [new { indicatorCode = "TRAINING_L1", value = 99.5m, comment = "All but one" }, new { indicatorCode = "TRAINING_L3", value = (decimal?)null, comment = "Not collected" }],
        },
    };

    [Fact]
    public async Task Staff_submit_a_return_and_each_value_is_rated()
    {
        var payload = await _world.Succeeds("submitIndicatorReturn", Submit, Return(), _world.Staff);
        using var db = _world.Api.NewContext();
        var stored = db.IndicatorReturns.Single(r => r.ScheduleId == _world.Schedule.Id);
        Assert.Equal(NodeId.Encode("IndicatorReturn", stored.Id), payload.At("indicatorReturn", "id").GetString());
        Assert.True(stored.IsSubmitted);
        Assert.Equal(Rag.Green, stored.Values.Single(v => v.IndicatorCode == "TRAINING_L1").Rag);
        Assert.Equal(Rag.Grey, stored.Values.Single(v => v.IndicatorCode == "TRAINING_L3").Rag);
    }

    [Fact]
    public async Task A_second_return_for_the_quarter_is_a_duplicate()
    {
        await _world.Succeeds("submitIndicatorReturn", Submit, Return(), _world.Staff);
        await _world.Refused("submitIndicatorReturn", Submit, Return(), _world.Staff, "DuplicateError");
    }

    [Fact]
    public async Task Returns_are_refused_with_typed_errors()
    {
        await _world.Denied("submitIndicatorReturn", Submit, Return(), AdminWorld.QualityTeam, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("submitIndicatorReturn", Submit, Return(), _world.OtherStaff, "NotFoundError");
        await _world.Refused("submitIndicatorReturn", Submit, Return(scheduleId: NodeId.Encode("Section11Schedule", Guid.NewGuid())), _world.Staff, "NotFoundError");
        await _world.Refused("submitIndicatorReturn", Submit, Return(quarter: AdminWorld.ThisQuarter.Next().ToString()), _world.Staff, "QuarterNotOpenError");
        await _world.Refused("submitIndicatorReturn", Submit, Return(values: [new { indicatorCode = "NOPE", value = 1m }]), _world.Staff, "UnknownIndicatorError");
        await _world.Refused("submitIndicatorReturn", Submit, Return(values: [new { indicatorCode = "TRAINING_L1", value = 101m }]), _world.Staff, "ValidationFailedError");
        await _world.Refused("submitIndicatorReturn", Submit, Return(values: []), _world.Staff, "ValidationFailedError");
    }

    public void Dispose() => _world.Dispose();
}
