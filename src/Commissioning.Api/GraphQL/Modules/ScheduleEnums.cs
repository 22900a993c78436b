using Commissioning.Domain.Indicators;
using Commissioning.Domain.Schedules;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>The enums of Section 11 schedules, indicators and audits, described for the people who read them.</summary>
internal static class ScheduleEnums
{
    public static void Declare(SchemaBuilder types)
    {
        types.DescribedEnum("DutyFramework", "The list of duties a schedule assesses the provider against.", new Dictionary<DutyFramework, string>
        {
            [DutyFramework.Section11] = "The Section 11 duties of commissioned providers (S11-01 to S11-16).",
            [DutyFramework.LutonNineStandards] = "The Luton 9 Standards, open to voluntary-sector providers instead.",
        });
        types.DescribedEnum("ComplianceRating", "How far a provider says it meets a duty.", new Dictionary<ComplianceRating, string>
        {
            [ComplianceRating.Met] = "The duty is fully met.",
            [ComplianceRating.PartiallyMet] = "The duty is partly met.",
            [ComplianceRating.NotMet] = "The duty is not met.",
            [ComplianceRating.NotApplicable] = "The duty does not apply to this provider.",
        });
        types.DescribedEnum("ModerationOutcome", "The commissioner's view of a provider's self-assessment.", new Dictionary<ModerationOutcome, string>
        {
            [ModerationOutcome.Agree] = "The commissioner agrees with the provider's rating.",
            [ModerationOutcome.Challenge] = "The commissioner challenges the rating; the provider should revisit it.",
        });
        types.DescribedEnum("AuditStatus", "Where an audit has got to.", new Dictionary<AuditStatus, string>
        {
            [AuditStatus.Planned] = "Planned for a quarter, not started.",
            [AuditStatus.InProgress] = "Under way.",
            [AuditStatus.Reported] = "Finished, with an assurance level and findings.",
            [AuditStatus.Cancelled] = "Cancelled, with a reason.",
        });
        types.DescribedEnum("AssuranceLevel", "How much assurance an audit gave.", new Dictionary<AssuranceLevel, string>
        {
            [AssuranceLevel.Full] = "Full assurance.",
            [AssuranceLevel.Significant] = "Significant assurance.",
            [AssuranceLevel.Limited] = "Limited assurance: an action plan is needed.",
            [AssuranceLevel.None] = "No assurance: an action plan is needed.",
        });
        types.DescribedEnum("IndicatorUnit", "What an indicator's values measure.", new Dictionary<IndicatorUnit, string>
        {
            [IndicatorUnit.Percent] = "A percentage from 0 to 100.",
            [IndicatorUnit.Count] = "A whole number of things.",
            [IndicatorUnit.Boolean] = "Yes (1) or no (0).",
        });
        types.DescribedEnum("IndicatorDirection", "Whether higher or lower values are better.", new Dictionary<IndicatorDirection, string>
        {
            [IndicatorDirection.HigherIsBetter] = "Higher values are better, e.g. training compliance.",
            [IndicatorDirection.LowerIsBetter] = "Lower values are better, e.g. overdue referrals.",
        });
        types.DescribedEnum("Rag", "Red, amber or green against target; grey when no value was reported.", new Dictionary<Rag, string>
        {
            [Rag.Green] = "On or better than target.",
            [Rag.Amber] = "Short of target but within tolerance.",
            [Rag.Red] = "Short of target beyond tolerance.",
            [Rag.Grey] = "No value reported.",
        });
        types.DescribedEnum("SchedulePart", "The three parts every Section 11 schedule must have (DOR 4.1).", new Dictionary<SchedulePart, string>
        {
            [SchedulePart.DutiesAndIndicators] = "Part 1: the duties and the indicators with targets.",
            [SchedulePart.AuditSchedule] = "Part 2: the audit schedule with its mandated issues.",
            [SchedulePart.ActionPlanCopying] = "Part 3: agreement to copy action plans and updates to the commissioner.",
        });
    }
}
