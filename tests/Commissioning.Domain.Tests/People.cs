using Commissioning.Domain.Common;

namespace Commissioning.Domain.Tests;

/// <summary>The cast of the domain tests: one actor per role, and two providers.</summary>
internal static class People
{
    public static readonly Guid ProviderA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid ProviderB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
    public static readonly Guid DorsetLscb = Guid.Parse("11111111-0000-0000-0000-000000000001");
    public static readonly Guid HostLscb = Guid.Parse("22222222-0000-0000-0000-000000000002");

    public static readonly Actor ProviderStaff = new("prov-a", "Pat Provider", Role.Provider, ProviderA);
    public static readonly Actor OtherProviderStaff = new("prov-b", "Bo Other", Role.Provider, ProviderB);
    public static readonly Actor QualityTeam = new("qt", "Quinn Quality", Role.QualityTeam);
    public static readonly Actor Nurse = new("dnc", "Dana Nurse", Role.DesignatedNurse);
    public static readonly Actor Director = new("dir", "Drew Director", Role.Director);
    public static readonly Actor ChiefExecutive = new("ceo", "Chris Chief", Role.ChiefExecutive);
    public static readonly Actor Dashboard = new("bi", "BI", Role.Dashboard);

    /// <summary>Wednesday 12 November 2025, in 2025/26-Q3.</summary>
    public static FixedClock Clock() => new(2025, 11, 12);
}

internal static class ResultAssertions
{
    /// <summary>Fails the test with the domain error's text when a step expected to succeed did not.</summary>
    public static void AssertOk(this Result result) => Assert.True(result.IsSuccess, result.ToString());
}
