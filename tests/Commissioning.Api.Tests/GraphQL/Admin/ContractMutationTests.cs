using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>createContract, updateContract and attachSection11Schedule (DOR 4.1: one schedule per contract).</summary>
public sealed class ContractMutationTests : IDisposable
{
    private const string Create = $$"""
        mutation ($input: CreateContractInput!) { createContract(input: $input) { contract { id reference } {{AdminWorld.Errors}} } }
        """;

    private const string Update = $$"""
        mutation ($input: UpdateContractInput!) { updateContract(input: $input) { contract { id reference } {{AdminWorld.Errors}} } }
        """;

    private const string Attach = $$"""
        mutation ($input: AttachSection11ScheduleInput!) { attachSection11Schedule(input: $input) { schedule { id } {{AdminWorld.Errors}} } }
        """;

    private readonly AdminWorld _world = new();

    private static object Terms(string providerOrContractKey, string id, int? version = null, string start = "2026-04-01", string end = "2029-03-31", string reference = "CCG-2026-001")
    {
        var input = new Dictionary<string, object?>
        {
            [providerOrContractKey] = id, ["reference"] = reference, ["serviceDescription"] = "Community paediatrics",
            ["startDate"] = start, ["endDate"] = end, ["commissionerLead"] = "Jo Lead",
        };
        if (version is not null) input["expectedVersion"] = version;
        return new { input };
    }

    [Fact]
    public async Task The_quality_team_creates_a_contract_and_gives_it_its_schedule()
    {
        var payload = await _world.Succeeds("createContract", Create, Terms("providerId", _world.ProviderId), AdminWorld.QualityTeam);
        var contractId = payload.At("contract", "id").GetString()!;
        var attached = await _world.Succeeds("attachSection11Schedule", Attach,
            new { input = new { contractId, expectedVersion = 0, framework = "SECTION11" } }, AdminWorld.QualityTeam);
        using var db = _world.Api.NewContext();
        var key = NodeId.Decode<Guid>(contractId, "Contract");
        var schedule = db.Schedules.Single(s => s.ContractId == key);
        Assert.Equal(NodeId.Encode("Section11Schedule", schedule.Id), attached.At("schedule", "id").GetString());
        Assert.Equal(16, schedule.Assessments.Count);
    }

    [Fact]
    public async Task Creating_is_refused_for_anyone_else_bad_dates_missing_text_or_an_unknown_provider()
    {
        await _world.Denied("createContract", Create, Terms("providerId", _world.ProviderId), _world.Staff, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("createContract", Create, Terms("providerId", _world.ProviderId, start: "2027-01-01", end: "2026-01-01"), AdminWorld.QualityTeam, "DateOutOfRangeError");
        await _world.Refused("createContract", Create, Terms("providerId", _world.ProviderId, reference: " "), AdminWorld.QualityTeam, "ValidationFailedError");
        await _world.Refused("createContract", Create, Terms("providerId", NodeId.Encode("Provider", Guid.NewGuid())), AdminWorld.QualityTeam, "NotFoundError");
    }

    [Fact]
    public async Task An_update_on_the_current_version_is_stored_and_a_stale_one_conflicts()
    {
        var version = _world.Contract.Version;
        var payload = await _world.Succeeds("updateContract", Update, Terms("id", _world.ContractId, version, reference: "CCG-2025-017A"), AdminWorld.QualityTeam);
        Assert.Equal("CCG-2025-017A", payload.At("contract", "reference").GetString());
        await _world.Refused("updateContract", Update, Terms("id", _world.ContractId, version), AdminWorld.QualityTeam, "ConcurrencyConflictError");
    }

    [Fact]
    public async Task Updating_is_refused_for_anyone_else_bad_dates_missing_text_or_an_unknown_contract()
    {
        var version = _world.Contract.Version;
        await _world.Denied("updateContract", Update, Terms("id", _world.ContractId, version), AdminWorld.Nurse, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("updateContract", Update, Terms("id", _world.ContractId, version, start: "2027-01-01", end: "2026-01-01"), AdminWorld.QualityTeam, "DateOutOfRangeError");
        await _world.Refused("updateContract", Update, Terms("id", _world.ContractId, version, reference: ""), AdminWorld.QualityTeam, "ValidationFailedError");
        await _world.Refused("updateContract", Update, Terms("id", NodeId.Encode("Contract", Guid.NewGuid()), 0), AdminWorld.QualityTeam, "NotFoundError");
    }

    [Fact]
    public async Task A_second_schedule_a_framework_the_provider_may_not_use_or_a_stale_contract_is_refused()
    {
        var version = _world.Contract.Version;
        await _world.Refused("attachSection11Schedule", Attach, new { input = new { contractId = _world.ContractId, expectedVersion = version, framework = "SECTION11" } },
            AdminWorld.QualityTeam, "ScheduleAlreadyAttachedError");
        // A GP practice's new contract, still without its schedule.
        var created = await _world.Succeeds("createContract", Create, Terms("providerId", NodeId.Encode("Provider", _world.Other.Id)), AdminWorld.QualityTeam);
        var other = created.At("contract", "id").GetString()!;
        await _world.Refused("attachSection11Schedule", Attach, new { input = new { contractId = other, expectedVersion = 0, framework = "LUTON_NINE_STANDARDS" } },
            AdminWorld.QualityTeam, "ValidationFailedError");
        await _world.Refused("attachSection11Schedule", Attach, new { input = new { contractId = other, expectedVersion = 1, framework = "SECTION11" } },
            AdminWorld.QualityTeam, "ConcurrencyConflictError");
        await _world.Denied("attachSection11Schedule", Attach, new { input = new { contractId = other, expectedVersion = 0, framework = "SECTION11" } },
            AdminWorld.Director, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("attachSection11Schedule", Attach, new { input = new { contractId = NodeId.Encode("Contract", Guid.NewGuid()), expectedVersion = 0, framework = "SECTION11" } },
            AdminWorld.QualityTeam, "NotFoundError");
    }

    public void Dispose() => _world.Dispose();
}
