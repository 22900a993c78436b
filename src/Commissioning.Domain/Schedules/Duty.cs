namespace Commissioning.Domain.Schedules;

/// <summary>Which list of duties a schedule's part 1 assesses the provider against.</summary>
public enum DutyFramework
{
    /// <summary>DOR Appendix 1: the Section 11 duties of commissioned providers, S11-01..S11-16.</summary>
    Section11,

    /// <summary>The Luton 9 Standards (LUT-VS Part Two), open to voluntary-sector providers instead.</summary>
    LutonNineStandards,
}

/// <summary>One duty a provider self-assesses against, with the policy text it comes from.</summary>
/// <param name="Id">Stable identifier, e.g. <c>S11-03</c> or <c>L9-04</c>.</param>
/// <param name="Title">Short heading for lists.</param>
/// <param name="Text">The duty as the policy words it (abridged where the source runs long).</param>
/// <param name="Citation">Where the duty comes from, e.g. "DOR App.1 L301".</param>
public sealed record Duty(string Id, DutyFramework Framework, string Title, string Text, string Citation);
