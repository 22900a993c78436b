using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Incidents;

namespace Commissioning.Api.Data.Demo;

/// <summary>
/// Plans placed on purpose: the plan-level exceptions of DOMAIN.md's table, and one plan
/// resting in each lifecycle state, so a demo of either never depends on luck.
/// </summary>
internal sealed partial class ProviderHistory
{
    private void BuildShowcasePlans()
    {
        // Raised five months back: long enough for every service level to have run out.
        var longAgo = _asOf.AddDays(-150);
        if (Forced(ExceptionCode.OverdueAction))
        {
            RecordIncidentWithPlan(IncidentType.Sui, longAgo, new PlanFate(OverdueAction: true, KeepOpen: true));
        }
        if (Forced(ExceptionCode.MissingQuarterlyUpdate))
        {
            RecordIncidentWithPlan(IncidentType.Siri, longAgo, new PlanFate(SkipLastClosedQuarter: true, KeepOpen: true));
        }
        if (Forced(ExceptionCode.NoAccountableManager))
        {
            RecordIncidentWithPlan(IncidentType.AdverseIncident, longAgo, new PlanFate(WithoutManager: true, StopAt: ActionPlanStatus.Submitted));
        }
        if (Forced(ExceptionCode.ScrutinyOverdue))
        {
            RecordIncidentWithPlan(IncidentType.Sui, longAgo, new PlanFate(StopAt: ActionPlanStatus.Submitted));
        }
        if (Forced(ExceptionCode.RevisionNotResubmitted))
        {
            RecordIncidentWithPlan(IncidentType.Siri, longAgo, new PlanFate(StopAt: ActionPlanStatus.RevisionRequested));
        }
        if (Forced(ExceptionCode.NotSubmittedToLscb))
        {
            RecordIncidentWithPlan(IncidentType.Sui, longAgo, new PlanFate(StopAt: ActionPlanStatus.Accepted));
        }
        if (_index < 8)
        {
            var state = (ActionPlanStatus)_index;
            var fate = state switch
            {
                ActionPlanStatus.InProgress => new PlanFate(KeepOpen: true),
                ActionPlanStatus.Completed => new PlanFate(StopAt: state, OnTime: true),
                ActionPlanStatus.Closed => new PlanFate(OnTime: true),
                _ => new PlanFate(StopAt: state),
            };
            // Drafts are recent; plans meant to finish need a year; the rest rest where they stop.
            var raisedOn = state switch
            {
                ActionPlanStatus.Draft => _asOf.AddDays(-2),
                ActionPlanStatus.Completed or ActionPlanStatus.Closed => _asOf.AddDays(-400),
                _ => _asOf.AddDays(-60),
            };
            RecordIncidentWithPlan(IncidentType.AdverseIncident, raisedOn.AddDays(-10), fate);
        }
    }
}
