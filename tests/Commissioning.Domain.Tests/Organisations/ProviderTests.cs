using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;

namespace Commissioning.Domain.Tests.Organisations;

public class ProviderTests
{
    private static readonly Func<string, bool> NoneTaken = _ => false;

    private static Provider NewProvider(ProviderType type = ProviderType.NhsTrust) =>
        Provider.Register(Guid.NewGuid(), "Dorset County Hospital", type, "rbd", NoneTaken, Actors.QualityTeam).Value;

    [Fact]
    public void Registers_with_a_normalised_ods_code()
    {
        var provider = NewProvider();

        Assert.Equal("RBD", provider.OdsCode);
        Assert.Equal(0, provider.Version);
    }

    [Theory]
    [InlineData("RB")]
    [InlineData("RBD0001")]
    [InlineData("12345")]
    [InlineData("RB-D")]
    [InlineData("")]
    public void Rejects_codes_that_are_not_ods_style(string code)
    {
        var result = Provider.Register(Guid.NewGuid(), "X", ProviderType.Other, code, NoneTaken, Actors.QualityTeam);

        Assert.Equal(ErrorCodes.InvalidOdsCode, result.Error!.Code);
        Assert.Equal("odsCode", result.Error.Field);
    }

    [Theory]
    [InlineData("J81001")]
    [InlineData("8HV48")]
    [InlineData(" rbd01 ")]
    public void Accepts_trust_site_practice_and_independent_codes(string code) =>
        Assert.True(OdsCode.Normalise(code).IsSuccess);

    [Fact]
    public void Rejects_a_code_another_provider_holds()
    {
        var result = Provider.Register(Guid.NewGuid(), "X", ProviderType.Other, "rbd", code => code == "RBD", Actors.QualityTeam);

        Assert.Equal(ErrorCodes.Duplicate, result.Error!.Code);
    }

    [Fact]
    public void Keeping_its_own_code_on_update_is_not_a_duplicate()
    {
        var provider = NewProvider();

        var result = provider.Update("Renamed", ProviderType.FoundationTrust, "RBD", code => code == "RBD", Actors.QualityTeam);

        Assert.True(result.IsSuccess);
        Assert.Equal("Renamed", provider.Name);
        Assert.Equal(1, provider.Version);
    }

    [Fact]
    public void Only_the_quality_team_registers_providers()
    {
        var result = Provider.Register(Guid.NewGuid(), "X", ProviderType.Other, "ABC", NoneTaken, Actors.Nurse);

        Assert.Equal(ErrorCodes.Forbidden, result.Error!.Code);
    }

    [Fact]
    public void Name_is_required()
    {
        var result = Provider.Register(Guid.NewGuid(), " ", ProviderType.Other, "ABC", NoneTaken, Actors.QualityTeam);

        Assert.Equal("name", result.Error!.Field);
    }

    [Fact]
    public void Belongs_to_lscbs_once_each()
    {
        var provider = NewProvider();
        var lscb = Guid.NewGuid();

        Assert.True(provider.JoinLscb(lscb, Actors.QualityTeam).IsSuccess);
        Assert.Equal(ErrorCodes.Duplicate, provider.JoinLscb(lscb, Actors.QualityTeam).Error!.Code);
        Assert.True(provider.LeaveLscb(lscb, Actors.QualityTeam).IsSuccess);
        Assert.Equal(ErrorCodes.NotFound, provider.LeaveLscb(lscb, Actors.QualityTeam).Error!.Code);
        Assert.Empty(provider.LscbIds);
    }

    [Fact]
    public void Own_staff_record_sub_contractors_and_confirm_the_duties_flow_down()
    {
        var provider = NewProvider();
        var staff = Actors.StaffOf(provider.Id);
        var clock = new FixedClock(2025, 11, 3);

        var sub = provider.AddSubContractor(Guid.NewGuid(), "Night Nurses Ltd", "8hv48", "Out-of-hours nursing", staff).Value;
        Assert.False(sub.DutiesFlowedDown);

        Assert.True(provider.ConfirmDutiesFlowedDown(sub.Id, clock, staff).IsSuccess);
        Assert.Equal(new DateOnly(2025, 11, 3), sub.DutiesFlowedDownOn);
        Assert.Equal("8HV48", sub.OdsCode);
    }

    [Fact]
    public void Another_providers_staff_cannot_touch_sub_contractors()
    {
        var provider = NewProvider();

        var result = provider.AddSubContractor(Guid.NewGuid(), "X", null, "Y", Actors.StaffOf(Guid.NewGuid()));

        Assert.Equal(ErrorCodes.Forbidden, result.Error!.Code);
        Assert.Empty(provider.SubContractors);
    }

    [Fact]
    public void Sub_contractor_names_are_unique_and_removal_needs_a_known_one()
    {
        var provider = NewProvider();
        provider.AddSubContractor(Guid.NewGuid(), "Night Nurses Ltd", null, "Nursing", Actors.QualityTeam);

        Assert.Equal(ErrorCodes.Duplicate, provider.AddSubContractor(Guid.NewGuid(), "night nurses ltd", null, "Nursing", Actors.QualityTeam).Error!.Code);
        Assert.Equal(ErrorCodes.InvalidOdsCode, provider.AddSubContractor(Guid.NewGuid(), "Other", "!", "Nursing", Actors.QualityTeam).Error!.Code);
        Assert.Equal(ErrorCodes.NotFound, provider.RemoveSubContractor(Guid.NewGuid(), Actors.QualityTeam).Error!.Code);
        Assert.True(provider.RemoveSubContractor(provider.SubContractors[0].Id, Actors.QualityTeam).IsSuccess);
    }

    [Fact]
    public void Only_voluntary_providers_may_use_the_luton_standards()
    {
        Assert.True(NewProvider(ProviderType.Voluntary).MayUseLutonStandards);
        Assert.False(NewProvider(ProviderType.GpPractice).MayUseLutonStandards);
    }
}
