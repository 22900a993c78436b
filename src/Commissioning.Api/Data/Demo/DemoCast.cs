using Commissioning.Domain.Common;

namespace Commissioning.Api.Data.Demo;

/// <summary>The commissioner's people who appear in every history (DOMAIN.md "Who uses it").</summary>
internal static class DemoCast
{
    public static readonly Actor QualityTeam = new("quality.team@dorsetccg.nhs.uk", "Helen Marsh (Deputy Director of Quality)", Role.QualityTeam);

    public static readonly Actor DesignatedNurse = new("designated.nurse@dorsetccg.nhs.uk", "Ruth Okafor (Designated Nurse Consultant)", Role.DesignatedNurse);

    public static readonly Actor DeputyDesignatedNurse = new("deputy.designated.nurse@dorsetccg.nhs.uk", "Sam Patel (Deputy Designated Nurse)", Role.DesignatedNurse);

    public static readonly Actor Director = new("director.quality@dorsetccg.nhs.uk", "Andrew Fletcher (Director of Strategy and Quality)", Role.Director);

    public static readonly Actor ChiefExecutive = new("chief.executive@dorsetccg.nhs.uk", "Catherine Wood (Chief Executive)", Role.ChiefExecutive);

    public const string CopyRecipient = "Deputy Director of Quality";

    public static readonly string[] CommissionerLeads =
    [
        "Helen Marsh, Deputy Director of Quality",
        "Gareth Evans, Head of Contracting (Acute)",
        "Priya Shah, Head of Contracting (Community and Mental Health)",
        "Louise Turner, Primary Care Commissioning Manager",
    ];
}
