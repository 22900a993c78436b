using Commissioning.Domain;
using Commissioning.Domain.Meetings;
using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Data.Demo;

/// <summary>Quality and Contract Monitoring Meetings (DOR 4.19) and the sanctions they raise (DOR 5.2).</summary>
internal sealed partial class ProviderHistory
{
    private static readonly string[] Decisions =
    [
        "Provider to submit a recovery trajectory for level 3 training by the next meeting.",
        "Designated Nurse to visit the emergency department to review safeguarding practice.",
        "Overdue actions escalated to the provider's Director of Nursing.",
        "Indicator return accepted; no exceptions to report to the LSCB this quarter.",
        "Audit programme for next year to include the Was Not Brought pathway.",
    ];

    private void BuildMeetings()
    {
        // Larger providers meet the CCG every quarter; practices and small providers once a year.
        var quarterly = IsTrust || Type == ProviderType.Independent;
        var fineAt = _index % 20 == 9;
        var withdrawalAt = _index % 40 == 19;
        var meetings = new List<(MonitoringMeeting Meeting, DateOnly HeldOn)>();
        foreach (var quarter in FinancialQuarter.Range(FinancialQuarter.FromDate(_historyStart), _currentQuarter.Previous()))
        {
            if (!quarterly && quarter.Quarter != 3)
            {
                continue;
            }
            var heldOn = quarter.End.AddDays(_random.Next(20, 45));
            if (!Happened(heldOn))
            {
                continue;
            }
            At(heldOn);
            var meeting = Ok(MonitoringMeeting.Record(DemoCast.QualityTeam, _portfolio.Provider.Id, heldOn, $"Quality and Contract Monitoring Meeting for {quarter}. Safeguarding children standing item.", _clock), "record meeting");
            var plans = _portfolio.ActionPlans.Where(p => p.RaisedOn <= heldOn).OrderByDescending(p => p.RaisedOn).Take(5).Select(p => p.Id).ToList();
            var indicators = ScheduleFor(quarter)?.Indicators.Select(i => i.Id).Take(4).ToList() ?? [];
            var audits = ScheduleFor(quarter)?.AuditSchedule?.Audits.Where(a => a.DueDate <= heldOn).Select(a => a.Id).ToList() ?? [];
            Ok(meeting.RecordReviewed(DemoCast.QualityTeam, plans, indicators, audits), "record reviewed items");
            var decisions = _random.Next(1, 3);
            for (var i = 0; i < decisions; i++)
            {
                Ok(meeting.RecordDecision(DemoCast.QualityTeam, DemoNames.Pick(_random, Decisions)), "record decision");
            }
            if (Chance((1 - _quality) * 0.03))
            {
                RaiseFine(meeting, quarter);
            }
            _portfolio.Meetings.Add(meeting);
            meetings.Add((meeting, heldOn));
        }
        if (meetings.Count == 0)
        {
            return;
        }
        var (latest, latestOn) = meetings[^1];
        var latestQuarter = FinancialQuarter.FromDate(latestOn).Previous();
        if (fineAt)
        {
            At(latestOn);
            RaiseFine(latest, latestQuarter);
        }
        if (withdrawalAt)
        {
            At(latestOn);
            Ok(latest.RaiseSanction(DemoCast.Director, SanctionKind.ContractWithdrawal, null,
                "Persistent failure to meet the Section 11 schedule despite two penalty notices (DOR 5.2).", ContractFor(latestQuarter), _clock), "withdrawal");
        }
    }

    private void RaiseFine(MonitoringMeeting meeting, FinancialQuarter quarter) =>
        Ok(meeting.RaiseSanction(DemoCast.QualityTeam, SanctionKind.PenaltyFine, _random.Next(1, 11) * 2500m,
            "Safeguarding training below target for three consecutive quarters (DOR 5.2).", ContractFor(quarter), _clock), "fine");

    private Guid? ContractFor(FinancialQuarter quarter) =>
        (quarter.Start < CurrentYearStart ? _previousContract : _currentContract)?.Id;
}
