using Commissioning.Domain;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Reporting;

/// <summary>One indicator of a provider's schedule, rated for a quarter.</summary>
public sealed record IndicatorCompliance(Guid ScheduleId, string Code, string Name, IndicatorUnit Unit, decimal Target, decimal AmberTolerance, decimal? Value, Rag Rag);

/// <summary>One Section 11 duty of a provider's schedule: the provider's self-assessment, the commissioner's moderation, and their RAG.</summary>
public sealed record DutyCompliance(Guid ScheduleId, string DutyId, string Title, ComplianceRating? SelfAssessment, ModerationOutcome? Moderation, Rag Rag);

/// <summary>What rating needs of one indicator of a schedule: its own terms, used when the return has no value for it.</summary>
public sealed record IndicatorTerms(Guid ScheduleId, string Code, string Name, IndicatorUnit Unit, decimal Target, decimal AmberTolerance);

/// <summary>What rating needs of a schedule's assessment of one duty.</summary>
public readonly record struct AssessmentTerms(ComplianceRating? Rating, ModerationOutcome? Moderation);

/// <summary>
/// The RAG ratings behind the compliance dashboard and the committee reports. Indicators are rated by
/// <see cref="RagCalculator"/> against the targets copied into the quarter's submitted return; a
/// missing or unsubmitted return is GREY. Duties have no numbers, so their RAG reads the
/// self-assessment as moderated: MET (or NOT_APPLICABLE) and not challenged is GREEN, PARTIALLY_MET or
/// a challenged rating is AMBER, NOT_MET RED, and a duty not yet assessed is GREY. A schedule holds
/// one current assessment per duty, so duties are rated as they stand now.
/// The rules take plain terms, so the dashboard can load just those columns while the committee
/// reports rate the whole schedules they already hold, and both rate alike.
/// </summary>
public static class ComplianceRag
{
    public static IReadOnlyList<IndicatorCompliance> Indicators(IEnumerable<Section11Schedule> schedules, IEnumerable<IndicatorReturn> returns, FinancialQuarter quarter)
    {
        var submitted = returns.Where(r => r.Quarter == quarter && r.IsSubmitted)
            .ToDictionary(r => r.ScheduleId, r => (IReadOnlyList<ReportedValue>)[.. r.Values.Select(ReportedValue.Of)]);
        return Indicators(
            schedules.SelectMany(s => s.Indicators.Select(i => new IndicatorTerms(s.Id, i.Code, i.Name, i.Unit, i.Target, i.AmberTolerance))),
            submitted);
    }

    /// <summary>
    /// Rates <paramref name="indicators"/> (in schedule order) against the values of each schedule's submitted
    /// return; the result is ordered by code, ties kept in schedule order.
    /// </summary>
    public static IReadOnlyList<IndicatorCompliance> Indicators(IEnumerable<IndicatorTerms> indicators,
        IReadOnlyDictionary<Guid, IReadOnlyList<ReportedValue>> submittedValues) =>
        indicators
            .Select(i =>
            {
                var value = submittedValues.TryGetValue(i.ScheduleId, out var values) ? Find(values, i.Code) : null;
                return new IndicatorCompliance(i.ScheduleId, i.Code, i.Name, i.Unit, value?.Target ?? i.Target, value?.AmberTolerance ?? i.AmberTolerance,
                    value?.Value, value?.Rag ?? Rag.Grey);
            })
            .OrderBy(i => i.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>The first value reported for the indicator <paramref name="code"/>, if any.</summary>
    private static ReportedValue? Find(IReadOnlyList<ReportedValue> values, string code)
    {
        for (var i = 0; i < values.Count; i++)
            if (values[i].IndicatorCode == code) return values[i];
        return null;
    }

    public static IReadOnlyList<DutyCompliance> Duties(IEnumerable<Section11Schedule> schedules)
    {
        var all = schedules.ToList();
        var byId = all.ToDictionary(s => s.Id);
        return Duties(all.Select(s => (s.Id, s.Framework)), (schedule, dutyId) =>
            byId[schedule].FindAssessment(dutyId) is { } a ? new AssessmentTerms(a.Rating, a.Moderation) : null);
    }

    /// <summary>Every duty of each schedule's framework, in schedule then catalogue order, rated by its assessment (none: GREY).</summary>
    public static IReadOnlyList<DutyCompliance> Duties(IEnumerable<(Guid Id, DutyFramework Framework)> schedules, Func<Guid, string, AssessmentTerms?> assessment) =>
        schedules
            .SelectMany(s => DutyCatalogue.For(s.Framework).Select(duty =>
            {
                var found = assessment(s.Id, duty.Id);
                return new DutyCompliance(s.Id, duty.Id, duty.Title, found?.Rating, found?.Moderation, Rate(found?.Rating, found?.Moderation));
            }))
            .ToList();

    public static Rag Rate(ComplianceRating? rating, ModerationOutcome? moderation) => rating switch
    {
        null => Rag.Grey,
        ComplianceRating.NotMet => Rag.Red,
        ComplianceRating.PartiallyMet => Rag.Amber,
        _ when moderation == ModerationOutcome.Challenge => Rag.Amber,
        _ => Rag.Green,
    };

    /// <summary>The rating a group shows: RED if any is red, else AMBER if any amber, else GREY if any (or nothing) is unrated, else GREEN.</summary>
    public static Rag Overall(IEnumerable<Rag> ratings)
    {
        var all = ratings.ToList();
        if (all.Contains(Rag.Red)) return Rag.Red;
        if (all.Contains(Rag.Amber)) return Rag.Amber;
        if (all.Count == 0 || all.Contains(Rag.Grey)) return Rag.Grey;
        return Rag.Green;
    }
}
