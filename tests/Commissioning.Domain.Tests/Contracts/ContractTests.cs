using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Schedules;

namespace Commissioning.Domain.Tests.Contracts;

public class ContractTests
{
    [Fact]
    public void Is_live_from_its_first_to_its_last_day()
    {
        var contract = Fixtures.Contract(Fixtures.Provider());

        Assert.False(contract.IsLiveOn(new DateOnly(2025, 3, 31)));
        Assert.True(contract.IsLiveOn(new DateOnly(2025, 4, 1)));
        Assert.True(contract.IsLiveOn(new DateOnly(2028, 3, 31)));
        Assert.False(contract.IsLiveOn(new DateOnly(2028, 4, 1)));
    }

    [Fact]
    public void Cannot_end_before_it_starts()
    {
        var result = Contract.Create(Guid.NewGuid(), Fixtures.Provider(), "R", "S", new DateOnly(2025, 4, 2), new DateOnly(2025, 4, 1), "Lead", Actors.QualityTeam);

        Assert.Equal(ErrorCodes.DateOutOfRange, result.Error!.Code);
    }

    [Fact]
    public void Needs_reference_description_and_lead_and_the_quality_team()
    {
        var provider = Fixtures.Provider();
        var start = new DateOnly(2025, 4, 1);

        Assert.Equal("reference", Contract.Create(Guid.NewGuid(), provider, "", "S", start, start, "L", Actors.QualityTeam).Error!.Field);
        Assert.Equal("commissionerLead", Contract.Create(Guid.NewGuid(), provider, "R", "S", start, start, " ", Actors.QualityTeam).Error!.Field);
        Assert.Equal(ErrorCodes.Forbidden, Contract.Create(Guid.NewGuid(), provider, "R", "S", start, start, "L", Actors.StaffOf(provider.Id)).Error!.Code);
    }

    [Fact]
    public void Update_bumps_the_version_so_stale_editors_conflict()
    {
        var contract = Fixtures.Contract(Fixtures.Provider());
        var seenVersion = contract.Version;

        contract.Update("R2", "S2", contract.StartDate, contract.EndDate, "New Lead", Actors.QualityTeam);

        Assert.Equal("New Lead", contract.CommissionerLead);
        Assert.Equal(ErrorCodes.ConcurrencyConflict, contract.EnsureVersion(seenVersion).Error!.Code);
    }

    [Fact]
    public void Holds_at_most_one_schedule()
    {
        var provider = Fixtures.Provider();
        var contract = Fixtures.Contract(provider);

        var schedule = contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, provider, Actors.QualityTeam).Value;
        var second = contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, provider, Actors.QualityTeam);

        Assert.Same(schedule, contract.Schedule);
        Assert.Equal(contract.Id, schedule.ContractId);
        Assert.Equal(provider.Id, schedule.ProviderId);
        Assert.Equal(ErrorCodes.ScheduleAlreadyAttached, second.Error!.Code);
    }

    [Fact]
    public void Only_voluntary_providers_may_choose_the_luton_standards()
    {
        var trust = Fixtures.Provider();
        var voluntary = Fixtures.Provider(Domain.Organisations.ProviderType.Voluntary);

        Assert.Equal("framework", Fixtures.Contract(trust).AttachSchedule(Guid.NewGuid(), DutyFramework.LutonNineStandards, trust, Actors.QualityTeam).Error!.Field);
        var schedule = Fixtures.Contract(voluntary).AttachSchedule(Guid.NewGuid(), DutyFramework.LutonNineStandards, voluntary, Actors.QualityTeam).Value;
        Assert.Equal(9, schedule.Assessments.Count);
    }

    [Fact]
    public void A_schedule_must_be_for_the_contracts_own_provider()
    {
        var contract = Fixtures.Contract(Fixtures.Provider());

        var result = contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, Fixtures.Provider(), Actors.QualityTeam);

        Assert.Equal("providerId", result.Error!.Field);
    }

    [Fact]
    public void A_live_contract_without_a_complete_schedule_is_flagged()
    {
        var provider = Fixtures.Provider();
        var contract = Fixtures.Contract(provider);
        var during = new DateOnly(2026, 1, 1);
        Assert.True(contract.LacksCompleteScheduleOn(during));

        var schedule = contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, provider, Actors.QualityTeam).Value;
        Assert.True(contract.LacksCompleteScheduleOn(during));

        var options = new CommissioningOptions();
        var clock = new FixedClock(2025, 4, 1);
        schedule.AddDefaultIndicators(options, Actors.QualityTeam);
        schedule.EstablishAuditSchedule(new DateOnly(2025, 4, 1), options, Actors.QualityTeam);
        schedule.SetActionPlanCopying(true, true, "Deputy Director of Quality", Actors.QualityTeam, clock);

        Assert.False(contract.LacksCompleteScheduleOn(during));
        Assert.False(contract.LacksCompleteScheduleOn(new DateOnly(2030, 1, 1)));
    }
}
