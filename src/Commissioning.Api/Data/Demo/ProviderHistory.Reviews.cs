using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;

namespace Commissioning.Api.Data.Demo;

/// <summary>Serious cases (DOR 4.2-4.16) and incidents (DOR 4.8), each raising its action plans.</summary>
internal sealed partial class ProviderHistory
{
    private void BuildReviews()
    {
        var breach = Forced(ExceptionCode.ReviewTimescaleBreached);
        var conflict = Forced(ExceptionCode.AuthorConflict);
        if (_index % 8 is 0 or 1 || breach || conflict || Chance(IsTrust ? 0.3 : 0.06))
        {
            var decision = breach || conflict ? _asOf.AddDays(-200) : RandomDay(_historyStart.AddDays(60), _asOf.AddDays(-120));
            SeriousCaseReview(decision, breach, conflict);
        }
        if (_index % 8 == 5 || Chance(0.04))
        {
            SeriousCaseAudit(RandomDay(_historyStart.AddDays(30), _asOf.AddDays(-90)));
        }
    }

    private string CaseReference(string kind, DateOnly decision) =>
        $"{LscbPrefix()}-{kind}-{decision.Year}-{_index % 1000:D3}";

    private string LscbPrefix()
    {
        var name = _lscbs.First(l => l.Id == _portfolio.Provider.LscbIds[0]).Name;
        return new string([.. name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0])]);
    }

    private void SeriousCaseReview(DateOnly decision, bool breach, bool conflict)
    {
        var caseRef = CaseReference("SCR", decision);
        var provider = _portfolio.Provider;
        Guid? second = provider.LscbIds.Count > 1 && Chance(0.4) ? provider.LscbIds[1] : null;
        var onCase = new List<Review>();
        Review Open(ReviewKind kind, Guid? subject, DateOnly? target)
        {
            At(decision);
            var review = Ok(Review.Open(DemoCast.QualityTeam, kind, caseRef, provider.LscbIds[0], second, subject, decision, target, _rules, _clock), "open review");
            onCase.Add(review);
            _portfolio.Reviews.Add(review);
            return review;
        }

        var scr = Open(ReviewKind.SeriousCaseReview, null, null);
        var isGp = Type == ProviderType.GpPractice;
        var imr = Open(isGp ? ReviewKind.CcgPrimaryCareImr : ReviewKind.ProviderImr, provider.Id, decision.AddMonths(2));
        var hor = Open(ReviewKind.HealthOverviewReport, provider.Id, decision.AddMonths(3));
        var overview = Open(ReviewKind.ScrOverviewReport, null, scr.TargetCompletionDate);

        var imrAuthor = DemoNames.Person(_random);
        var imrKey = DemoNames.PersonKey(imrAuthor, isGp ? "dorsetccg" : _domain);
        At(decision.AddDays(_random.Next(5, 15)));
        Ok(imr.AppointAuthor(isGp ? DemoCast.Director : DemoCast.QualityTeam, imrKey, imrAuthor, true, onCase, _clock), "appoint IMR author");
        At(decision.AddDays(_random.Next(5, 15)));
        if (conflict)
        {
            // Imported from the LSCB's own records, where nobody checked DOR 4.10: the IMR author also wrote the HOR.
            Ok(hor.AppointAuthor(DemoCast.Director, imrKey, imrAuthor, true, [], _clock), "import conflicting HOR author");
        }
        else
        {
            var horAuthor = DemoNames.Person(_random);
            Ok(hor.AppointAuthor(DemoCast.Director, DemoNames.PersonKey(horAuthor, "dorsetccg"), horAuthor, true, onCase, _clock), "appoint HOR author");
        }
        var overviewAuthor = DemoNames.Person(_random);
        Ok(overview.AppointAuthor(DemoCast.QualityTeam, DemoNames.PersonKey(overviewAuthor, "independent-reviews"), overviewAuthor + " (independent)", true, onCase, _clock), "appoint overview author");

        // The products: the IMR at two months, the HOR at three, each with its plan.
        CompleteProduct(imr, decision.AddDays(_random.Next(50, 65)), isGp ? ActionPlanSource.CcgImr : ActionPlanSource.ProviderImr, caseRef);
        CompleteProduct(hor, decision.AddDays(_random.Next(80, 95)), ActionPlanSource.HealthOverviewReport, caseRef);

        if (!breach && Chance(0.2) && scr.TargetCompletionDate is { } target)
        {
            At(target.AddDays(-_random.Next(5, 20)));
            Ok(scr.AgreeExtension(DemoCast.QualityTeam, target.AddMonths(2), "Criminal proceedings delayed interviews with the family (SM14 14.4.33).", _clock), "extend review");
        }
        var due = scr.TargetCompletionDate!.Value;
        var completeOn = due.AddDays(-_random.Next(0, 20));
        if (breach || !Happened(completeOn) || Chance(0.08))
        {
            return;
        }
        At(completeOn);
        Ok(scr.Complete(DemoCast.QualityTeam, completeOn, _clock), "complete SCR");
        Ok(overview.Complete(DemoCast.QualityTeam, completeOn, _clock), "complete overview report");
        RaisePlan(ActionPlanSource.ScrOverviewReport, overview.Id, caseRef, completeOn.AddDays(_random.Next(7, 30)));

        var evaluatedOn = completeOn.AddDays(_random.Next(30, 90));
        if (Happened(evaluatedOn))
        {
            At(evaluatedOn);
            var grade = (QualityGrade)_random.Next(0, 4);
            Ok(scr.RecordEvaluation(DemoCast.QualityTeam, Evaluator.Ofsted, grade, evaluatedOn, $"Ofsted judged the review {grade.ToString().ToLowerInvariant()}.", _clock), "Ofsted evaluation");
            if (grade is QualityGrade.Adequate or QualityGrade.Inadequate || _index % 8 == 0)
            {
                RaisePlan(ActionPlanSource.OfstedEvaluation, scr.Id, caseRef, evaluatedOn.AddDays(_random.Next(7, 30)));
            }
            if (Chance(0.3))
            {
                At(evaluatedOn);
                Ok(imr.RecordEvaluation(DemoCast.QualityTeam, Evaluator.CareQualityCommission, (QualityGrade)_random.Next(0, 3), evaluatedOn, "CQC evaluation of the IMR's analysis and recommendations.", _clock), "CQC evaluation");
            }
        }
    }

    /// <summary>
    /// Finishes one review product and raises its plan. The CCG's own IMR and HOR go through
    /// the sign-off chain first and reach the LSCB with their plan (DOR 4.15).
    /// </summary>
    private void CompleteProduct(Review review, DateOnly writtenOn, ActionPlanSource source, string caseRef)
    {
        if (!Happened(writtenOn))
        {
            return;
        }
        var plan = RaisePlan(source, review.Id, caseRef, writtenOn, byCommissioner: review.IsCcgAuthored);
        if (!review.IsCcgAuthored)
        {
            At(writtenOn);
            Ok(review.Complete(DemoCast.QualityTeam, writtenOn, _clock), "complete IMR");
            return;
        }
        var recommendOn = writtenOn.AddDays(_random.Next(2, 10));
        var signOn = recommendOn.AddDays(_random.Next(2, 14));
        var forwardOn = signOn.AddDays(_random.Next(1, 7));
        if (!Happened(recommendOn))
        {
            return;
        }
        At(recommendOn);
        Ok(review.RecommendSignOff(DemoCast.Director, _clock), "recommend sign-off");
        if (!Happened(signOn))
        {
            return;
        }
        At(signOn);
        Ok(review.SignOffByChiefExecutive(DemoCast.ChiefExecutive, _clock), "Chief Executive sign-off");
        if (!Happened(forwardOn) || plan is null)
        {
            return;
        }
        At(forwardOn);
        Ok(review.ForwardToLscb(DemoCast.Director, [plan.Id], _clock), "forward to LSCB");
        Ok(review.Complete(DemoCast.QualityTeam, forwardOn, _clock), "complete CCG review");
    }

    private void SeriousCaseAudit(DateOnly decision)
    {
        var caseRef = CaseReference("SCA", decision);
        At(decision);
        var audit = Ok(Review.Open(DemoCast.QualityTeam, ReviewKind.SeriousCaseAudit, caseRef, _portfolio.Provider.LscbIds[0], null, _portfolio.Provider.Id, decision, decision.AddMonths(3), _rules, _clock), "open SCA");
        _portfolio.Reviews.Add(audit);
        var completeOn = decision.AddDays(_random.Next(60, 90));
        if (!Happened(completeOn))
        {
            return;
        }
        At(completeOn);
        Ok(audit.Complete(DemoCast.QualityTeam, completeOn, _clock), "complete SCA");
        RaisePlan(ActionPlanSource.SeriousCaseAudit, audit.Id, caseRef, completeOn.AddDays(_random.Next(5, 25)));
    }

    private static readonly string[] IncidentSummaries =
    [
        "Child attended ED three times in six weeks with injuries; no referral to children's social care was made.",
        "Safeguarding information about an unborn baby was not shared with the health visiting team.",
        "A looked-after child's medication was administered without consent from the local authority.",
        "Staff member working with children started before the enhanced DBS check was returned.",
        "Missed follow-up of a child not brought to three paediatric appointments.",
    ];

    /// <summary>Incidents fill the provider's plan budget: trusts report more than GP practices.</summary>
    private void BuildIncidents()
    {
        var weight = Type switch
        {
            ProviderType.NhsTrust or ProviderType.FoundationTrust => 2.0,
            ProviderType.Independent => 1.0,
            ProviderType.GpPractice => 0.5,
            _ => 0.6,
        };
        var budget = (int)Math.Round(_options.ActionPlansPerProvider * weight * (0.6 + _random.NextDouble() * 0.8));
        var count = Math.Max(_index < 3 ? 1 : 0, budget - _portfolio.ActionPlans.Count);
        for (var i = 0; i < count; i++)
        {
            var type = i == 0 ? (IncidentType)(_index % 3) : (IncidentType)(_random.NextDouble() switch { < 0.3 => 0, < 0.8 => 1, _ => 2 });
            RecordIncidentWithPlan(type, RandomDay(_historyStart, _asOf.AddDays(-5)), null);
        }
    }

    private ActionPlan? RecordIncidentWithPlan(IncidentType type, DateOnly reportedOn, PlanFate? fate)
    {
        At(reportedOn);
        var incident = Ok(Incident.Record(
            _staff, _portfolio.Provider.Id, type, reportedOn,
            $"StEIS {reportedOn.Year}/{_index:D4}{_portfolio.Incidents.Count + 1:D2}",
            DemoNames.Pick(_random, IncidentSummaries), _clock), "record incident");
        _portfolio.Incidents.Add(incident);
        // Adverse incidents raise a plan when the investigation finds learning; the serious kinds always do.
        if (type == IncidentType.AdverseIncident && fate is null && Chance(0.3))
        {
            return null;
        }
        var raisedOn = reportedOn.AddDays(_random.Next(5, 30));
        // A planted plan must exist by the as-of date, however late its incident was.
        if (fate is not null && raisedOn > _asOf)
        {
            raisedOn = _asOf;
        }
        return RaisePlan(ActionPlanSources.FromIncident(type), incident.Id, incident.ExternalReference, raisedOn, fate);
    }
}
