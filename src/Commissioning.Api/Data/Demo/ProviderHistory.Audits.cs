using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Data.Demo;

/// <summary>Part 2 of each schedule: audits planned, run, reported, and plans raised from their findings.</summary>
internal sealed partial class ProviderHistory
{
    private static readonly string[] Findings =
    [
        "Child protection plans were not filed in 6 of 20 records; chronologies incomplete.",
        "Supervision records show a third of caseload-holding staff unsupervised for over six months.",
        "Two recruitment files lacked a second verbal reference; one DBS check was not renewed.",
        "Referrals to children's social care lacked the child's views in half the sample.",
        "Missed appointments were not followed up for four children under five.",
    ];

    private void BuildAudits()
    {
        var overdueToPlant = Forced(ExceptionCode.AuditOverdue);
        var unplannedLimitedToPlant = Forced(ExceptionCode.LimitedAssuranceWithoutPlan);
        foreach (var contract in new[] { _previousContract, _currentContract })
        {
            if (contract?.Schedule is not { AuditSchedule: { } auditSchedule } schedule)
            {
                continue;
            }
            var isCurrent = contract == _currentContract;
            var quarters = FinancialQuarter.Range(FinancialQuarter.FromDate(auditSchedule.PeriodStart), FinancialQuarter.FromDate(auditSchedule.PeriodEnd)).ToList();
            // The forced extra mandated issue (the last one) is deliberately left without an audit.
            var issues = auditSchedule.MandatedIssues.Take(isCurrent && Forced(ExceptionCode.MandatedAuditNotScheduled) ? auditSchedule.MandatedIssues.Count - 1 : auditSchedule.MandatedIssues.Count).ToList();
            var planned = 0;
            foreach (var quarter in quarters)
            {
                var count = _random.Next(1, 3);
                for (var i = 0; i < count; i++, planned++)
                {
                    Guid? issueId = planned < issues.Count ? issues[planned].Id : null;
                    var topic = issueId is null ? DemoNames.Pick(_random, AuditTopics) : $"Audit: {issues[planned].Title}";
                    At(auditSchedule.PeriodStart.AddDays(_random.Next(0, 30)));
                    var audit = Ok(schedule.PlanAudit(_ids.Next(), topic, issueId, quarter, quarter.End.AddDays(_random.Next(0, 21)), _staff), "plan audit");
                    RunAudit(schedule, audit, ref overdueToPlant, ref unplannedLimitedToPlant, isCurrent);
                }
            }
        }
    }

    private void RunAudit(Section11Schedule schedule, Audit audit, ref bool overdueToPlant, ref bool unplannedLimitedToPlant, bool isCurrent)
    {
        var startOn = audit.PlannedQuarter.Start.AddDays(_random.Next(5, 30));
        if (!Happened(startOn))
        {
            return;
        }
        At(startOn);
        var planting = isCurrent && (overdueToPlant || unplannedLimitedToPlant);
        if (!planting && Chance(0.04))
        {
            Ok(schedule.CancelAudit(audit.Id, "Superseded by the LSCB's multi-agency audit on the same topic.", _staff), "cancel audit");
            return;
        }
        Ok(schedule.StartAudit(audit.Id, _staff), "start audit");
        var reportOn = audit.DueDate.AddDays(-_random.Next(0, 25));
        var stall = isCurrent && audit.DueDate < _asOf && (overdueToPlant || !unplannedLimitedToPlant && Chance(0.05));
        if (stall)
        {
            overdueToPlant = false;
            return;
        }
        if (!Happened(reportOn))
        {
            return;
        }
        At(reportOn);
        var plantLimited = isCurrent && unplannedLimitedToPlant;
        var roll = _random.NextDouble();
        var level = plantLimited ? AssuranceLevel.Limited
            : roll < 0.15 + _quality * 0.3 ? AssuranceLevel.Full
            : roll < 0.55 + _quality * 0.35 ? AssuranceLevel.Significant
            : roll < 0.93 ? AssuranceLevel.Limited
            : AssuranceLevel.None;
        var findings = level == AssuranceLevel.Full ? null : DemoNames.Pick(_random, Findings);
        Ok(schedule.ReportAudit(audit.Id, level, findings, _staff, _clock), "report audit");
        if (level is not (AssuranceLevel.Limited or AssuranceLevel.None))
        {
            return;
        }
        if (plantLimited)
        {
            unplannedLimitedToPlant = false;
            return;
        }
        if (Chance(0.08))
        {
            return;
        }
        var plan = RaisePlan(ActionPlanSource.AuditFinding, audit.Id, audit.Topic, reportOn.AddDays(_random.Next(3, 20)));
        if (plan is not null)
        {
            At(plan.RaisedOn);
            Ok(schedule.LinkActionPlanToAudit(audit.Id, plan.Id, _staff), "link plan to audit");
        }
    }
}
