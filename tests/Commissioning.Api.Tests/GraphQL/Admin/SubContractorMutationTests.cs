using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>Sub-contractors (DOR App.1) and LSCB membership through updateProvider: success and every typed error, nothing stored on refusal.</summary>
public sealed class SubContractorMutationTests : IDisposable
{
    private const string Selection = "provider { version lscbs { name } subContractors { id name odsCode dutiesFlowedDownOn } }";
    private readonly AdminWorld _world = new();

    private static string Mutation(string field) =>
        $"mutation ($input: {char.ToUpperInvariant(field[0])}{field[1..]}Input!) {{ {field}(input: $input) {{ {Selection} {AdminWorld.Errors} }} }}";

    private async Task<int> VersionAsync()
    {
        using var db = _world.Api.NewContext();
        return db.Providers.Single(p => p.Id == _world.Provider.Id).Version;
    }

    private object Add(int version, string name = "Kids Physio Ltd", string? odsCode = "NQ1", string? providerId = null) =>
        new { input = new { providerId = providerId ?? _world.ProviderId, expectedVersion = version, name, odsCode, serviceDescription = "Community physiotherapy" } };

    private object Sub(int version, string subContractorId) => new { input = new { providerId = _world.ProviderId, expectedVersion = version, subContractorId } };

    [Fact]
    public async Task Provider_staff_record_confirm_and_remove_a_sub_contractor()
    {
        var added = await _world.Succeeds("addSubContractor", Mutation("addSubContractor"), Add(await VersionAsync()), _world.Staff);
        var sub = added.At("provider", "subContractors", 0);
        Assert.Equal("NQ1", sub.GetProperty("odsCode").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, sub.GetProperty("dutiesFlowedDownOn").ValueKind);
        var subId = sub.GetProperty("id").GetString()!;

        var confirmed = await _world.Succeeds("confirmSubContractorDuties", Mutation("confirmSubContractorDuties"), Sub(await VersionAsync(), subId), _world.Staff);
        Assert.Equal(AdminWorld.Today.ToString("yyyy-MM-dd"), confirmed.At("provider", "subContractors", 0, "dutiesFlowedDownOn").GetString());

        var removed = await _world.Succeeds("removeSubContractor", Mutation("removeSubContractor"), Sub(await VersionAsync(), subId), AdminWorld.QualityTeam);
        Assert.Empty(removed.At("provider", "subContractors").EnumerateArray());
    }

    [Fact]
    public async Task Sub_contractor_refusals_store_nothing()
    {
        var version = await VersionAsync();
        await _world.Denied("addSubContractor", Mutation("addSubContractor"), Add(version), AdminWorld.Nurse, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("addSubContractor", Mutation("addSubContractor"), Add(version), _world.OtherStaff, "NotFoundError");
        await _world.Refused("addSubContractor", Mutation("addSubContractor"), Add(version + 1), _world.Staff, "ConcurrencyConflictError");
        await _world.Refused("addSubContractor", Mutation("addSubContractor"), Add(version, name: " "), _world.Staff, "ValidationFailedError");
        await _world.Refused("addSubContractor", Mutation("addSubContractor"), Add(version, odsCode: "no such code!"), _world.Staff, "InvalidOdsCodeError");

        var added = await _world.Succeeds("addSubContractor", Mutation("addSubContractor"), Add(version), _world.Staff);
        var current = added.At("provider", "version").GetInt32();
        await _world.Refused("addSubContractor", Mutation("addSubContractor"), Add(current, name: "kids physio ltd"), _world.Staff, "DuplicateError");
        var unknown = NodeId.Encode("SubContractor", Guid.NewGuid());
        await _world.Refused("confirmSubContractorDuties", Mutation("confirmSubContractorDuties"), Sub(current, unknown), _world.Staff, "NotFoundError");
        await _world.Refused("removeSubContractor", Mutation("removeSubContractor"), Sub(current, unknown), _world.Staff, "NotFoundError");
        var subId = added.At("provider", "subContractors", 0, "id").GetString()!;
        await _world.Denied("removeSubContractor", Mutation("removeSubContractor"), Sub(current, subId), AdminWorld.Director, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("confirmSubContractorDuties", Mutation("confirmSubContractorDuties"), Sub(version, subId), _world.Staff, "ConcurrencyConflictError");
    }

    [Fact]
    public async Task UpdateProvider_sets_the_LSCBs_a_provider_belongs_to()
    {
        string? second = null;
        using (var db = _world.Api.NewContext())
        {
            var lscb = Domain.Organisations.Lscb.Create(Guid.NewGuid(), "Hampshire LSCB", "Hampshire", AdminWorld.QualityTeam).Value;
            db.Lscbs.Add(lscb);
            db.SaveChanges();
            second = NodeId.Encode("Lscb", lscb.Id);
        }
        object Update(int version, params string[] lscbIds) => new
        {
            input = new { id = _world.ProviderId, expectedVersion = version, name = "Poole Hospital", type = "NHS_TRUST", odsCode = "RBD", lscbIds },
        };

        var moved = await _world.Succeeds("updateProvider", Mutation("updateProvider"), Update(await VersionAsync(), second), AdminWorld.QualityTeam);
        Assert.Equal(["Hampshire LSCB"], moved.At("provider", "lscbs").EnumerateArray().Select(l => l.GetProperty("name").GetString()));

        var both = await _world.Succeeds("updateProvider", Mutation("updateProvider"),
            Update(await VersionAsync(), second, NodeId.Encode("Lscb", _world.Lscb.Id)), AdminWorld.QualityTeam);
        Assert.Equal(2, both.At("provider", "lscbs").GetArrayLength());

        await _world.Refused("updateProvider", Mutation("updateProvider"), Update(await VersionAsync(), NodeId.Encode("Lscb", Guid.NewGuid())),
            AdminWorld.QualityTeam, "NotFoundError");
    }

    public void Dispose() => _world.Dispose();
}
