using Commissioning.Domain.Common;

namespace Commissioning.Api.GraphQL.Authorization;

/// <summary>The groups of roles rules name most often (DOMAIN.md "Who uses it").</summary>
public static class Audiences
{
    /// <summary>The commissioner's own people: quality team, designated nurses, the Director, the Chief Executive.</summary>
    public static readonly Role[] Commissioners = [Role.QualityTeam, Role.DesignatedNurse, Role.Director, Role.ChiefExecutive];

    /// <summary>Whoever may read records and their narratives: commissioners, and provider staff (their own provider's only, by <see cref="Data.DataScope"/>).</summary>
    public static readonly Role[] CaseReaders = [.. Commissioners, Role.Provider];

    /// <summary>Whoever may read the committee reports: commissioners and dashboards.</summary>
    public static readonly Role[] ReportReaders = [.. Commissioners, Role.Dashboard];

    /// <summary>Every signed-in caller; dashboards then see figures only, provider staff their own provider only.</summary>
    public static readonly Role[] Everyone = [.. CaseReaders, Role.Dashboard];
}
