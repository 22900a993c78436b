using Commissioning.Domain.Common;

namespace Commissioning.Domain.Schedules;

/// <summary>
/// Part 3 of the schedule: the provider copies to the commissioner every action plan and every
/// update arising from safeguarding concerns (DOR 4.1 bullet 3, 4.17-4.18).
/// </summary>
/// <param name="CopyPlans">Action plans are copied to the commissioner.</param>
/// <param name="CopyUpdates">Updates to those plans are copied too.</param>
/// <param name="Recipient">Who receives them, e.g. "Deputy Director of Quality" (DOR 4.18).</param>
/// <param name="AgreedOn">When the provider accepted the requirement.</param>
public sealed record ActionPlanCopyingTerms(bool CopyPlans, bool CopyUpdates, string Recipient, DateOnly AgreedOn)
{
    /// <summary>DOR 4.1 asks for both plans and updates; anything less leaves part 3 missing.</summary>
    public bool IsSatisfied => CopyPlans && CopyUpdates;

    internal static Result Validate(string recipient) => Text.Required(recipient, "recipient");
}
