using Commissioning.Domain.Common;

namespace Commissioning.Domain.Tests.Common;

public class ActorTests
{
    private static readonly Guid ProviderA = Guid.NewGuid();

    [Fact]
    public void Provider_staff_see_only_their_own_provider()
    {
        var staff = new Actor("u1", "Pat", Role.Provider, ProviderA);

        Assert.True(staff.CanSeeProvider(ProviderA));
        Assert.False(staff.CanSeeProvider(Guid.NewGuid()));
        Assert.True(staff.WorksFor(ProviderA));
        Assert.False(staff.IsCommissioner);
        Assert.True(staff.RequireCommissionerOrOwnProvider(ProviderA, "submit").IsSuccess);
        Assert.Equal(ErrorCodes.Forbidden, staff.RequireCommissionerOrOwnProvider(Guid.NewGuid(), "submit").Error!.Code);
    }

    [Fact]
    public void Commissioners_see_every_provider()
    {
        var nurse = new Actor("u2", "Sam", Role.DesignatedNurse);

        Assert.True(nurse.CanSeeProvider(ProviderA));
        Assert.True(nurse.IsCommissioner);
        Assert.False(nurse.WorksFor(ProviderA));
        Assert.True(nurse.Require("accept a plan", Role.DesignatedNurse).IsSuccess);
    }

    [Fact]
    public void Dashboards_only_read()
    {
        var dashboard = new Actor("bi", "BI", Role.Dashboard);

        Assert.False(dashboard.CanWrite);
        Assert.Equal(ErrorCodes.Forbidden, dashboard.Require("edit", Role.QualityTeam).Error!.Code);
    }

    [Fact]
    public void Provider_membership_must_match_role()
    {
        Assert.Throws<ArgumentException>(() => new Actor("u", "U", Role.Provider));
        Assert.Throws<ArgumentException>(() => new Actor("u", "U", Role.Director, ProviderA));
        Assert.Throws<ArgumentException>(() => new Actor(" ", "U", Role.Director));
    }

    [Theory]
    [InlineData("QUALITY_TEAM", Role.QualityTeam)]
    [InlineData("DESIGNATED_NURSE", Role.DesignatedNurse)]
    [InlineData("DIRECTOR", Role.Director)]
    [InlineData("CHIEF_EXECUTIVE", Role.ChiefExecutive)]
    [InlineData("PROVIDER", Role.Provider)]
    [InlineData("DASHBOARD", Role.Dashboard)]
    public void Role_claims_round_trip(string claim, Role role)
    {
        Assert.True(RoleClaims.TryParse(claim, out var parsed));
        Assert.Equal(role, parsed);
        Assert.Equal(claim, role.ToClaim());
    }

    [Fact]
    public void Unknown_claims_are_rejected() => Assert.False(RoleClaims.TryParse("quality_team", out _));
}
