using Commissioning.Domain;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Reporting;

/// <summary>One indicator of a provider's schedule, rated for a quarter.</summary>
public sealed record IndicatorCompliance(Guid ScheduleId, string Code, string Name, IndicatorUnit Unit, decimal Target, decimal AmberTolerance, decimal? Value, Rag Rag);

/// <summary>One Section 11 duty of a provider's schedule: the provider's self-assessment, the commissioner's moderation, and their RAG.</summary>
public sealed record DutyCompliance(Guid ScheduleId, string DutyId, string Title, ComplianceRating? SelfAssessment, ModerationOutcome? Moderation, Rag Rag);

/// <summary>
/// The RAG ratings behind the compliance dashboard and the committee reports. Indicators are rated by
/// <see cref="RagCalculator"/> against the targets copied into the quarter's submitted return; a
/// missing or unsubmitted return is GREY. Duties have no numbers, so their RAG reads the
/// self-assessment as moderated: MET (or NOT_APPLICABLE) and not challenged is GREEN, PARTIALLY_MET or
/// a challenged rating is AMBER, NOT_MET is RED, and a duty not yet assessed is GREY. A schedule holds
/// one current assessment per duty, so duties are rated as they stand now.
/// </summary>
public static class ComplianceRag
{
    public static IReadOnlyList<IndicatorCompliance> Indicators(IEnumerable<Section11Schedule> schedules, IEnumerable<IndicatorReturn> returns, FinancialQuarter quarter)
    {
        var submitted = returns.Where(r => r.Quarter == quarter && r.IsSubmitted).ToDictionary(r => r.ScheduleId);
        return schedules
            .SelectMany(s => s.Indicators.Select(i =>
            {
                var value = submitted.GetValueOrDefault(s.Id)?.Values.FirstOrDefault(v => v.IndicatorCode == i.Code);
                return new IndicatorCompliance(s.Id, i.Code, i.Name, i.Unit, value?.Target ?? i.Target, value?.AmberTolerance ?? i.AmberTolerance,
                    value?.Value, value?.Rag ?? Rag.Grey);
            }))
            .OrderBy(i => i.Code, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<DutyCompliance> Duties(IEnumerable<Section11Schedule> schedules) =>
        schedules
            .SelectMany(s => DutyCatalogue.For(s.Framework).Select(duty =>
            {
                var assessment = s.FindAssessment(duty.Id);
                return new DutyCompliance(s.Id, duty.Id, duty.Title, assessment?.Rating, assessment?.Moderation, Rate(assessment?.Rating, assessment?.Moderation));
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
