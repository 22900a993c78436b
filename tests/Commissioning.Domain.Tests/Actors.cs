using Commissioning.Domain.Common;

namespace Commissioning.Domain.Tests;

/// <summary>One actor per role, so tests read as "who did what".</summary>
internal static class Actors
{
    public static readonly Actor QualityTeam = new("qt-1", "Quinn Quality", Role.QualityTeam);
    public static readonly Actor Nurse = new("dn-1", "Dana Nurse", Role.DesignatedNurse);
    public static readonly Actor Director = new("dir-1", "Drew Director", Role.Director);
    public static readonly Actor Dashboard = new("bi-1", "Committee pack", Role.Dashboard);

    public static Actor StaffOf(Guid providerId) => new($"staff-{providerId:N}", "Pat Provider", Role.Provider, providerId);
}
