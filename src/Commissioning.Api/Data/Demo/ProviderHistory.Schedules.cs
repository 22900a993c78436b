using Commissioning.Domain;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Data.Demo;

/// <summary>Contracts, their Section 11 schedules (DOR 4.1) and the quarterly indicator returns.</summary>
internal sealed partial class ProviderHistory
{
    private static readonly string[] EvidenceLines =
    [
        "Board-approved safeguarding children policy, reviewed annually; minutes of the Safeguarding Committee.",
        "Training matrix by staff group against the intercollegiate document; compliance reported monthly.",
        "Named Nurse and Named Doctor in post; supervision log and annual report to the Board.",
        "Safer recruitment procedure; enhanced DBS and two verbal references checked for every post.",
        "Information-sharing protocol with children's social care; audit of referrals.",
        "Whistle-blowing policy on the intranet; staff survey results.",
    ];

    private static readonly string[] ChallengeLines =
    [
        "Evidence describes the policy but not how compliance is monitored; please provide the last audit.",
        "Rated MET but level 3 training is below target for two quarters; PARTIALLY_MET would be more accurate.",
        "No evidence that sub-contractors are bound to the duties (DOR App.1); please send the contract clause.",
    ];

    private static readonly string[] MandatedIssues =
    [
        "Was Not Brought: follow-up of children who miss appointments",
        "Child protection supervision uptake",
        "Safer recruitment file checks",
        "Quality of referrals to children's social care",
        "Domestic abuse routine enquiry in maternity",
        "Safeguarding training compliance by staff group",
        "Recording of the voice of the child",
    ];

    private static readonly string[] AuditTopics =
    [
        "Re-audit of referral quality", "Case-note audit of child protection records", "Audit of supervision records",
        "Recruitment file audit", "Audit of ED attendances by under-18s", "Audit of information sharing at discharge",
        "Audit of safeguarding flags on the clinical system", "Audit of private fostering awareness",
    ];

    private Contract? _previousContract;
    private Contract? _currentContract;

    private DateOnly CurrentYearStart => new FinancialQuarter(_currentQuarter.Year, 1).Start;

    private void BuildContracts()
    {
        var provider = _portfolio.Provider;
        var service = Type switch
        {
            ProviderType.NhsTrust or ProviderType.FoundationTrust => DemoNames.Pick(_random, ["Acute and maternity services", "Community health services for children and young people", "Child and adolescent mental health services"]),
            ProviderType.GpPractice => "General medical services (primary care)",
            ProviderType.Independent => DemoNames.Pick(_random, ["Elective surgery under the NHS Standard Contract", "Paediatric therapy services", "Diagnostic imaging"]),
            ProviderType.Voluntary => DemoNames.Pick(_random, ["Young carers support service", "Family support and early help", "Counselling for children and young people"]),
            _ => DemoNames.Pick(_random, ["Children's hospice care", "Community dental services", "Minor ailments scheme"]),
        };
        if (_historyStart < CurrentYearStart)
        {
            _previousContract = NewContract(provider, service, _historyStart, CurrentYearStart.AddDays(-1), "A", complete: true);
        }
        var incomplete = Forced(ExceptionCode.ScheduleIncomplete) || Chance(0.03);
        _currentContract = NewContract(provider, service, CurrentYearStart, CurrentYearStart.AddYears(3).AddDays(-1), "B", complete: !incomplete);
        // A newly let service whose schedule is still being negotiated: live, but with no schedule yet.
        if (Chance(0.03) && Happened(_asOf.AddDays(-14)))
        {
            At(_asOf.AddDays(-_random.Next(3, 14)));
            _portfolio.Contracts.Add(Ok(Contract.Create(
                _ids.Next(), provider, Reference("C"), "Healthy Child Programme pilot", _clock.Today, _clock.Today.AddYears(1), DemoNames.Pick(_random, DemoCast.CommissionerLeads), DemoCast.QualityTeam), "create contract"));
        }
    }

    private string Reference(string suffix) => $"DCCG/{_portfolio.Provider.OdsCode}/{suffix}";

    private Contract NewContract(Provider provider, string service, DateOnly start, DateOnly end, string suffix, bool complete)
    {
        At(start.AddDays(-_random.Next(10, 40)));
        var contract = Ok(Contract.Create(
            _ids.Next(), provider, $"{Reference(suffix)}/{start.Year}", service, start, end, DemoNames.Pick(_random, DemoCast.CommissionerLeads), DemoCast.QualityTeam), "create contract");
        _portfolio.Contracts.Add(contract);
        var framework = Type == ProviderType.Voluntary && Chance(0.5) ? DutyFramework.LutonNineStandards : DutyFramework.Section11;
        var schedule = Ok(contract.AttachSchedule(_ids.Next(), framework, provider, DemoCast.QualityTeam), "attach schedule");

        foreach (var definition in IndicatorCatalogue.Default)
        {
            Ok(schedule.AddIndicator(Ok(Indicator.FromCatalogue(_ids.Next(), definition, _rules), "indicator"), DemoCast.QualityTeam), "add indicator");
        }
        if (Chance(0.2))
        {
            // Locally agreed: level 3 coverage for a provider with few clinical staff in scope.
            Ok(schedule.ChangeIndicatorTarget(IndicatorCatalogue.TrainingLevel3, 90m, 5m, DemoCast.QualityTeam), "change target");
        }
        // Part 3; an incomplete schedule has copying of plans agreed but not of their updates.
        Ok(schedule.SetActionPlanCopying(true, complete, DemoCast.CopyRecipient, DemoCast.QualityTeam, _clock), "copying terms");
        var auditPeriod = end.AddDays(1).AddYears(-1) > _asOf ? start : end.AddDays(1).AddYears(-1);
        Ok(schedule.EstablishAuditSchedule(auditPeriod, _rules, DemoCast.QualityTeam), "audit schedule");
        var issues = Forced(ExceptionCode.MandatedAuditNotScheduled) && suffix == "B" ? 4 : 3;
        for (var i = 0; i < issues; i++)
        {
            var title = MandatedIssues[(_index + i * 2) % MandatedIssues.Length];
            Ok(schedule.AddMandatedIssue(_ids.Next(), title, "Set by the CCG quality team for this contract year.", DemoCast.QualityTeam), "mandated issue");
        }

        SelfAssessAndModerate(schedule, start);
        return contract;
    }

    private void SelfAssessAndModerate(Section11Schedule schedule, DateOnly start)
    {
        var assessedOn = start.AddDays(_random.Next(10, 45));
        if (!Happened(assessedOn))
        {
            return;
        }
        foreach (var assessment in schedule.Assessments)
        {
            At(assessedOn);
            var roll = _random.NextDouble();
            var rating = roll < 0.04 ? ComplianceRating.NotApplicable
                : roll < 0.3 + _quality * 0.6 ? ComplianceRating.Met
                : roll < 0.9 + _quality * 0.08 ? ComplianceRating.PartiallyMet
                : ComplianceRating.NotMet;
            var evidence = rating == ComplianceRating.NotMet ? null : DemoNames.Pick(_random, EvidenceLines);
            Ok(schedule.SelfAssess(assessment.DutyId, rating, evidence, _staff, _clock), "self-assess");
            var moderatedOn = assessedOn.AddDays(_random.Next(14, 60));
            if (!Happened(moderatedOn) || rating == ComplianceRating.NotApplicable && Chance(0.5))
            {
                continue;
            }
            At(moderatedOn);
            var challenge = Chance(0.2);
            Ok(schedule.Moderate(
                assessment.DutyId,
                challenge ? ModerationOutcome.Challenge : ModerationOutcome.Agree,
                challenge ? DemoNames.Pick(_random, ChallengeLines) : null,
                Chance(0.5) ? DemoCast.DesignatedNurse : DemoCast.QualityTeam,
                _clock), "moderate");
        }
    }

    private Section11Schedule? ScheduleFor(FinancialQuarter quarter)
    {
        var contract = quarter.Start < CurrentYearStart ? _previousContract : _currentContract;
        return contract?.Schedule;
    }

    private void BuildIndicatorReturns()
    {
        var lastClosed = _currentQuarter.Previous();
        // When one provider carries both, the missing return is the last quarter's and the RED the one before.
        var redQuarter = Forced(ExceptionCode.IndicatorReturnMissing) ? lastClosed.Previous() : lastClosed;
        foreach (var quarter in FinancialQuarter.Range(FinancialQuarter.FromDate(_historyStart), _currentQuarter))
        {
            if (ScheduleFor(quarter) is not { Indicators.Count: > 0 } schedule)
            {
                continue;
            }
            var forcedRed = Forced(ExceptionCode.IndicatorRed) && quarter == redQuarter;
            var missing = !forcedRed && (Forced(ExceptionCode.IndicatorReturnMissing) && quarter == lastClosed || Chance(0.01 + (1 - _quality) * 0.04));
            if (missing)
            {
                continue;
            }
            DateOnly startOn, submitOn;
            if (quarter == _currentQuarter)
            {
                // Some providers start the return for the quarter in hand early; none submit it yet.
                if (!Chance(0.35))
                {
                    continue;
                }
                startOn = quarter.Start.AddDays(_random.Next(20, 60));
                submitOn = DateOnly.MaxValue;
            }
            else
            {
                submitOn = quarter.End.AddDays(Chance(0.12 * (1.5 - _quality)) ? _random.Next(16, 50) : _random.Next(3, 15));
                startOn = quarter.End.AddDays(_random.Next(1, submitOn.DayNumber - quarter.End.DayNumber + 1));
            }
            if (!Happened(startOn))
            {
                continue;
            }
            At(startOn);
            var indicatorReturn = Ok(IndicatorReturn.Start(_ids.Next(), schedule, quarter, false, _staff, _clock), "start return");
            foreach (var indicator in schedule.Indicators)
            {
                var value = forcedRed && indicator.Code == IndicatorCatalogue.TrainingLevel3 ? 71.5m : IndicatorValueFor(indicator);
                var comment = value is null ? "Data not available from the new e-learning system this quarter." : null;
                Ok(indicatorReturn.RecordValue(schedule, indicator.Code, value, comment, _staff), "record value");
            }
            if (Happened(submitOn))
            {
                At(submitOn);
                Ok(indicatorReturn.Submit(_staff, _clock), "submit return");
            }
            _portfolio.IndicatorReturns.Add(indicatorReturn);
        }
    }

    /// <summary>A value whose RAG leans on the provider's quality: mostly GREEN, some AMBER and RED, a little GREY.</summary>
    private decimal? IndicatorValueFor(Indicator indicator)
    {
        var roll = _random.NextDouble();
        if (roll < 0.02)
        {
            return null;
        }
        var green = 0.45 + 0.5 * _quality;
        if (indicator.Unit == IndicatorUnit.Boolean)
        {
            return roll < 1 - (1 - _quality) * 0.25 ? 1m : 0m;
        }
        var target = indicator.Target;
        var tolerance = indicator.AmberTolerance;
        decimal value;
        if (roll < green)
        {
            value = target + (decimal)_random.NextDouble() * (100m - target);
        }
        else if (roll < green + (1 - green) * 0.6 && tolerance > 0.2m)
        {
            value = target - 0.1m - (decimal)_random.NextDouble() * (tolerance - 0.2m);
        }
        else
        {
            value = Math.Max(0m, target - tolerance - 0.5m - (decimal)_random.NextDouble() * 30m);
        }
        return Math.Clamp(Math.Round(value, 1, MidpointRounding.ToZero), 0m, 100m);
    }
}
