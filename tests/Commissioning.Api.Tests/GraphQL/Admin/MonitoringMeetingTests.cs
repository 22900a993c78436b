using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>recordMonitoringMeeting with sanctions (DOR 4.19, 5.2), and the monitoringMeetings connection.</summary>
public sealed class MonitoringMeetingTests : IDisposable
{
    private const string Record = $$"""
        mutation ($input: RecordMonitoringMeetingInput!) {
          recordMonitoringMeeting(input: $input) {
            meeting { id heldOn notes decisions reviewedAudits { id } reviewedIndicators { code } provider { name } sanctions { kind amount reason contractId raisedBy } }
            {{AdminWorld.Errors}}
          }
        }
        """;

    private readonly AdminWorld _world = new();

    private object Input(string? heldOn = null, object[]? sanctions = null, string? providerId = null, string[]? audits = null, string indicator = "TRAINING_L3") => new
    {
        input = new
        {
            providerId = providerId ?? _world.ProviderId,
            heldOn = heldOn ?? AdminWorld.Today.AddDays(-3).ToString("yyyy-MM-dd"),
            notes = "Reviewed training and recruitment.",
            reviewedAuditIds = audits ?? [NodeId.Encode("Audit", _world.Audit.Id)],
            reviewedIndicators = new[] { new { scheduleId = _world.ScheduleId, code = indicator } },
            decisions = new[] { "Provider to send the training matrix." },
            sanctions = sanctions ?? [new { kind = "PENALTY_FINE", amount = 2500.50m, reason = "Level 3 training below target", contractId = _world.ContractId }],
        },
    };

    [Fact]
    public async Task The_quality_team_records_a_meeting_with_its_sanctions_and_it_is_listed()
    {
        var payload = await _world.Succeeds("recordMonitoringMeeting", Record, Input(), AdminWorld.QualityTeam);
        var meeting = payload.GetProperty("meeting");
        Assert.Equal("Poole Hospital", meeting.At("provider", "name").GetString());
        Assert.Equal(["Provider to send the training matrix."], meeting.GetProperty("decisions").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(NodeId.Encode("Audit", _world.Audit.Id), meeting.At("reviewedAudits", 0, "id").GetString());
        Assert.Equal("TRAINING_L3", meeting.At("reviewedIndicators", 0, "code").GetString());
        var sanction = meeting.At("sanctions", 0);
        Assert.Equal("PENALTY_FINE", sanction.GetProperty("kind").GetString());
        Assert.Equal(2500.50m, decimal.Parse(sanction.GetProperty("amount").ToString(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(_world.ContractId, sanction.GetProperty("contractId").GetString());
        Assert.Equal("qt", sanction.GetProperty("raisedBy").GetString());

        var list = await _world.Api.PostAsync($$"""{ monitoringMeetings(where: { provider: { eq: "{{_world.ProviderId}}" } }) { totalCount nodes { id notes } } }""",
            caller: AdminWorld.Nurse);
        list.AssertNoErrors();
        Assert.Equal(1, list.At("data", "monitoringMeetings", "totalCount").GetInt32());
        Assert.Equal(meeting.GetProperty("id").GetString(), list.At("data", "monitoringMeetings", "nodes", 0, "id").GetString());
    }

    [Fact]
    public async Task Provider_staff_see_only_their_own_meetings_in_lists_and_by_id()
    {
        var id = (await _world.Succeeds("recordMonitoringMeeting", Record, Input(sanctions: []), AdminWorld.Director)).At("meeting", "id").GetString();
        var query = $$"""{ monitoringMeetings { totalCount } node(id: "{{id}}") { id } }""";
        var own = await _world.Api.PostAsync(query, caller: _world.Staff);
        var other = await _world.Api.PostAsync(query, caller: _world.OtherStaff);
        own.AssertNoErrors();
        other.AssertNoErrors();
        Assert.Equal(1, own.At("data", "monitoringMeetings", "totalCount").GetInt32());
        Assert.Equal(id, own.At("data", "node", "id").GetString());
        Assert.Equal(0, other.At("data", "monitoringMeetings", "totalCount").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, other.At("data", "node").ValueKind);
    }

    [Fact]
    public async Task Provider_staff_cannot_record_a_meeting() =>
        await _world.Denied("recordMonitoringMeeting", Record, Input(sanctions: []), _world.Staff, "AUTH_NOT_AUTHORIZED");

    [Fact]
    public async Task A_designated_nurse_records_meetings_but_cannot_raise_sanctions_and_then_nothing_is_stored() =>
        await _world.Refused("recordMonitoringMeeting", Record, Input(), AdminWorld.Nurse, "ForbiddenError");

    [Fact]
    public async Task A_fine_without_an_amount_is_refused()
    {
        var error = await _world.Refused("recordMonitoringMeeting", Record,
            Input(sanctions: [new { kind = "PENALTY_FINE", reason = "Late returns" }]), AdminWorld.QualityTeam, "ValidationFailedError");
        Assert.Equal("amount", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_meeting_cannot_be_held_in_the_future() =>
        await _world.Refused("recordMonitoringMeeting", Record, Input(heldOn: AdminWorld.Today.AddDays(5).ToString("yyyy-MM-dd")),
            AdminWorld.QualityTeam, "DateInFutureError");

    [Fact]
    public async Task An_unknown_provider_or_another_providers_contract_or_audit_is_not_found()
    {
        await _world.Refused("recordMonitoringMeeting", Record, Input(providerId: NodeId.Encode("Provider", Guid.NewGuid())), AdminWorld.QualityTeam, "NotFoundError");
        await _world.Refused("recordMonitoringMeeting", Record,
            Input(sanctions: [new { kind = "CONTRACT_WITHDRAWAL", reason = "Repeated failures", contractId = NodeId.Encode("Contract", _world.OtherContract.Id) }]),
            AdminWorld.QualityTeam, "NotFoundError");
        await _world.Refused("recordMonitoringMeeting", Record, Input(audits: [NodeId.Encode("Audit", Guid.NewGuid())]), AdminWorld.QualityTeam, "NotFoundError");
        await _world.Refused("recordMonitoringMeeting", Record, Input(indicator: "NOPE"), AdminWorld.QualityTeam, "NotFoundError");
    }

    public void Dispose() => _world.Dispose();
}
