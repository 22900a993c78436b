using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Reporting;

/// <summary>The reports of DOR 6.1 and 13.1 that share the Audit and Quality Committee report's content.</summary>
public enum AssuranceReportVariant
{
    /// <summary>The 3-monthly assurance report to the Audit and Quality Committee (DOR 6.1, 12.2).</summary>
    Quarterly,

    /// <summary>The 6-monthly safeguarding report to the Governing Board (DOR 6.1): two quarters.</summary>
    SixMonthly,

    /// <summary>The last report of the financial year, with the annual compliance review (DOR 13.1).</summary>
    Annual,
}

public sealed record ProviderQuarterCompliance(Guid ProviderId, string ProviderName, FinancialQuarter Quarter, Rag IndicatorRag, Rag DutyRag,
    int RedIndicators, int AmberIndicators, int GreenIndicators, int GreyIndicators);

public sealed record AuditOutcome(Guid ProviderId, string ProviderName, Guid AuditId, string Topic, FinancialQuarter PlannedQuarter,
    AssuranceLevel? AssuranceLevel, DateOnly? ReportedOn, Guid? ActionPlanId);

public sealed record ReviewEvaluation(Guid ReviewId, ReviewKind Kind, string CaseReference, Guid? ProviderId, Evaluator Evaluator,
    QualityGrade Grade, DateOnly EvaluatedOn);

public sealed record ActionPlanStatusCount(ActionPlanStatus Status, int Count);

public sealed record RagCount(Rag Rag, int Count);

public sealed record RatingCount(ComplianceRating? Rating, int Count);

/// <summary>The annual review of compliance (DOR 13.1), in the final report of each financial year.</summary>
public sealed record AnnualComplianceReview(
    string FinancialYear,
    int Providers,
    int ProvidersWithEveryReturn,
    IReadOnlyList<RagCount> IndicatorRatings,
    IReadOnlyList<RatingCount> DutySelfAssessments,
    int DutiesChallenged,
    IReadOnlyList<RagCount> AuditAssurance);

/// <summary>
/// The data of the Audit and Quality Committee assurance report: provider compliance, audit outcomes
/// as reported through monitoring, Ofsted/CQC evaluations of IMRs, exceptions and action-plan status
/// (DOR 6.1, 12.2), over the variant's period.
/// </summary>
public sealed record AssuranceReport(
    string Commissioner,
    DateTimeOffset GeneratedAt,
    AssuranceReportVariant Variant,
    FinancialQuarter Quarter,
    IReadOnlyList<FinancialQuarter> Quarters,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly AsOf,
    IReadOnlyList<ProviderQuarterCompliance> ProviderCompliance,
    IReadOnlyList<AuditOutcome> AuditOutcomes,
    IReadOnlyList<ReviewEvaluation> Evaluations,
    ExceptionSummary Exceptions,
    IReadOnlyList<ExceptionTrendPoint> ExceptionTrend,
    IReadOnlyList<ActionPlanStatusCount> ActionPlans,
    int OverdueActions,
    AnnualComplianceReview? AnnualReview)
{
    /// <summary>
    /// The quarters a variant covers, ending with <paramref name="quarter"/>: one for the quarterly
    /// report, two for the six-monthly, and the financial year to date for the annual (all four in Q4).
    /// </summary>
    public static IReadOnlyList<FinancialQuarter> QuartersOf(AssuranceReportVariant variant, FinancialQuarter quarter) => variant switch
    {
        AssuranceReportVariant.SixMonthly => [quarter.Previous(), quarter],
        AssuranceReportVariant.Annual => FinancialQuarter.Range(new FinancialQuarter(quarter.Year, 1), quarter).ToList(),
        _ => [quarter],
    };

    public static AssuranceReport Build(AssuranceReportVariant variant, FinancialQuarter quarter, DateTimeOffset now, DateOnly today,
        ExceptionSnapshot snapshot, ExceptionEngine engine, CommissioningOptions options, string commissioner)
    {
        var quarters = QuartersOf(variant, quarter);
        var (start, end) = (quarters[0].Start, quarter.End);
        var asOf = end < today ? end : today;
        var names = snapshot.Providers.DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Name);
        string Name(Guid id) => names.GetValueOrDefault(id) ?? "";

        var schedules = snapshot.AllSchedules().ToList();
        var compliance = (
            from provider in snapshot.Providers.DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            from q in quarters
            let live = schedules.Where(s => s.Schedule.ProviderId == provider.Id && s.Contract is { } c && c.StartDate <= q.End && c.EndDate >= q.Start)
                .Select(s => s.Schedule).ToList()
            let rated = ProviderComplianceLoader.Rate(live, snapshot.IndicatorReturns.Where(r => r.ProviderId == provider.Id), q)
            select new ProviderQuarterCompliance(provider.Id, provider.Name, q, rated.IndicatorRag, rated.DutyRag,
                rated.Indicators.Count(i => i.Rag == Rag.Red), rated.Indicators.Count(i => i.Rag == Rag.Amber),
                rated.Indicators.Count(i => i.Rag == Rag.Green), rated.Indicators.Count(i => i.Rag == Rag.Grey))).ToList();

        var audits = schedules
            .SelectMany(s => (s.Schedule.AuditSchedule?.Audits ?? []).Select(a => (s.Schedule.ProviderId, Audit: a)))
            .Where(x => x.Audit.ReportedOn is { } on && on >= start && on <= asOf)
            .OrderBy(x => x.Audit.ReportedOn).ThenBy(x => Name(x.ProviderId), StringComparer.OrdinalIgnoreCase)
            .Select(x => new AuditOutcome(x.ProviderId, Name(x.ProviderId), x.Audit.Id, x.Audit.Topic, x.Audit.PlannedQuarter,
                x.Audit.AssuranceLevel, x.Audit.ReportedOn, x.Audit.ActionPlanId))
            .ToList();

        var evaluations = snapshot.Reviews
            .SelectMany(r => r.Evaluations.Select(e => (Review: r, Evaluation: e)))
            .Where(x => x.Evaluation.EvaluatedOn >= start && x.Evaluation.EvaluatedOn <= asOf)
            .OrderBy(x => x.Evaluation.EvaluatedOn).ThenBy(x => x.Review.CaseReference, StringComparer.Ordinal)
            .Select(x => new ReviewEvaluation(x.Review.Id, x.Review.Kind, x.Review.CaseReference, x.Review.SubjectProviderId,
                x.Evaluation.Evaluator, x.Evaluation.Grade, x.Evaluation.EvaluatedOn))
            .ToList();

        var lines = engine.Compute(snapshot, asOf, options, quarter);
        var exceptions = ExceptionSummary.Of(lines, asOf, quarter, options, id => id is { } known ? names.GetValueOrDefault(known) : null);
        var trend = quarters.Select(q =>
        {
            var day = q.End < asOf ? q.End : asOf;
            var qLines = engine.Compute(snapshot, day, options, q);
            return new ExceptionTrendPoint(q, day, qLines.Count, ExceptionSummary.ByCodeOf(qLines, options), ExceptionSummary.BySeverityOf(qLines));
        }).ToList();

        var plans = Enum.GetValues<ActionPlanStatus>()
            .Select(status => new ActionPlanStatusCount(status, snapshot.ActionPlans.Count(p => p.Status == status)))
            .ToList();
        var overdue = lines.Count(l => l.Code == ExceptionCode.OverdueAction);

        var annual = variant == AssuranceReportVariant.Annual ? Annual(quarter, compliance, schedules.Select(s => s.Schedule), snapshot, audits) : null;
        return new AssuranceReport(commissioner, now, variant, quarter, quarters, start, end, asOf, compliance, audits, evaluations, exceptions, trend, plans, overdue, annual);
    }

    private static AnnualComplianceReview Annual(FinancialQuarter quarter, IReadOnlyList<ProviderQuarterCompliance> compliance,
        IEnumerable<Section11Schedule> schedules, ExceptionSnapshot snapshot, IReadOnlyList<AuditOutcome> audits)
    {
        var providers = compliance.Select(c => c.ProviderId).Distinct().ToList();
        var quarterCount = compliance.Select(c => c.Quarter).Distinct().Count();
        var withEveryReturn = providers.Count(id => compliance.Where(c => c.ProviderId == id).Select(c => c.Quarter).Distinct()
            .All(q => snapshot.IndicatorReturns.Any(r => r.ProviderId == id && r.Quarter == q && r.IsSubmitted)) && quarterCount > 0);
        var assessments = schedules.SelectMany(s => s.Assessments).ToList();
        return new AnnualComplianceReview(
            quarter.FinancialYear,
            providers.Count,
            withEveryReturn,
            Enum.GetValues<Rag>().Select(rag => new RagCount(rag, rag switch
            {
                Rag.Red => compliance.Sum(c => c.RedIndicators),
                Rag.Amber => compliance.Sum(c => c.AmberIndicators),
                Rag.Green => compliance.Sum(c => c.GreenIndicators),
                _ => compliance.Sum(c => c.GreyIndicators),
            })).ToList(),
            Enum.GetValues<ComplianceRating>().Select(r => (ComplianceRating?)r).Append(null)
                .Select(r => new RatingCount(r, assessments.Count(a => a.Rating == r))).ToList(),
            assessments.Count(a => a.Moderation == ModerationOutcome.Challenge),
            [.. Enum.GetValues<Rag>().Select(rag => new RagCount(rag, audits.Count(a => AssuranceRag(a.AssuranceLevel) == rag)))]);
    }

    /// <summary>Audit assurance on the RAG scale the committee reads: full GREEN, significant AMBER, limited or none RED.</summary>
    private static Rag AssuranceRag(AssuranceLevel? level) => level switch
    {
        Domain.Schedules.AssuranceLevel.Full => Rag.Green,
        Domain.Schedules.AssuranceLevel.Significant => Rag.Amber,
        Domain.Schedules.AssuranceLevel.Limited or Domain.Schedules.AssuranceLevel.None => Rag.Red,
        _ => Rag.Grey,
    };
}
