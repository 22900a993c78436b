using Commissioning.Domain.ActionPlans;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>The enums of action plans, with the words the quality team and providers use for each value.</summary>
internal static class ActionPlanEnums
{
    public static void Declare(SchemaBuilder types)
    {
        types.DescribedEnum("ActionPlanStatus", "Where an action plan is in its life.", new Dictionary<ActionPlanStatus, string>
        {
            [ActionPlanStatus.Draft] = "Being written by the provider.",
            [ActionPlanStatus.Submitted] = "Submitted for scrutiny by the designated nurse.",
            [ActionPlanStatus.RevisionRequested] = "Sent back to the provider for revision.",
            [ActionPlanStatus.Accepted] = "Accepted at scrutiny.",
            [ActionPlanStatus.SubmittedToLscb] = "Submitted to the LSCB (both LSCBs when out of county).",
            [ActionPlanStatus.InProgress] = "Being carried out; quarterly progress is due.",
            [ActionPlanStatus.Completed] = "Every action reported complete.",
            [ActionPlanStatus.Closed] = "Closed by the commissioner.",
        });
        types.DescribedEnum("ActionPlanSource", "What an action plan responds to.", new Dictionary<ActionPlanSource, string>
        {
            [ActionPlanSource.Sui] = "A serious untoward incident.",
            [ActionPlanSource.AdverseIncident] = "An adverse incident.",
            [ActionPlanSource.Siri] = "A serious incident requiring investigation.",
            [ActionPlanSource.ProviderImr] = "A provider's individual management review.",
            [ActionPlanSource.CcgImr] = "The CCG's individual management review.",
            [ActionPlanSource.HealthOverviewReport] = "The health overview report.",
            [ActionPlanSource.ScrOverviewReport] = "A serious case review's overview report.",
            [ActionPlanSource.SeriousCaseAudit] = "A serious case audit.",
            [ActionPlanSource.OfstedEvaluation] = "Ofsted's evaluation of a review.",
            [ActionPlanSource.AuditFinding] = "A finding of a Section 11 audit.",
        });
        types.DescribedEnum("ActionStatus", "How far an action has got.", new Dictionary<ActionStatus, string>
        {
            [ActionStatus.NotStarted] = "Not started.",
            [ActionStatus.InProgress] = "Under way.",
            [ActionStatus.Complete] = "Done.",
        });
        types.DescribedEnum("ActionCategory", "What kind of change an action makes.", new Dictionary<ActionCategory, string>
        {
            [ActionCategory.Policy] = "A policy or procedure.",
            [ActionCategory.Training] = "Training of staff.",
            [ActionCategory.Practice] = "Day-to-day practice.",
            [ActionCategory.Supervision] = "Supervision of staff.",
            [ActionCategory.AuditGovernance] = "Audit and governance.",
        });
        types.DescribedEnum("ScrutinyOutcome", "The decision of a scrutiny.", new Dictionary<ScrutinyOutcome, string>
        {
            [ScrutinyOutcome.Accepted] = "The plan is accepted.",
            [ScrutinyOutcome.RevisionRequested] = "The provider must revise the plan.",
            [ScrutinyOutcome.Noted] = "Advice recorded without a decision, for a plan already under way or an update.",
        });
        types.DescribedEnum("ScrutinySubject", "What a scrutiny looked at.", new Dictionary<ScrutinySubject, string>
        {
            [ScrutinySubject.Plan] = "The plan itself.",
            [ScrutinySubject.ProgressUpdate] = "One progress update.",
        });
    }
}
