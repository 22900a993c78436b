namespace Commissioning.Domain.Common;

/// <summary>Who someone is to this product (DOMAIN.md "Who uses it"). Drives authorization.</summary>
public enum Role
{
    QualityTeam,
    DesignatedNurse,
    Director,
    ChiefExecutive,
    Provider,
    Dashboard,
}

/// <summary>The role claim values carried in tokens, e.g. <c>QUALITY_TEAM</c>.</summary>
public static class RoleClaims
{
    public static string ToClaim(this Role role) => role switch
    {
        Role.QualityTeam => "QUALITY_TEAM",
        Role.DesignatedNurse => "DESIGNATED_NURSE",
        Role.Director => "DIRECTOR",
        Role.ChiefExecutive => "CHIEF_EXECUTIVE",
        Role.Provider => "PROVIDER",
        Role.Dashboard => "DASHBOARD",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? claim, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(candidate.ToClaim(), claim, StringComparison.Ordinal))
            {
                role = candidate;
                return true;
            }
        }
        role = default;
        return false;
    }
}
