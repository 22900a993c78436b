using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions.Detectors;

namespace Commissioning.Domain.Exceptions;

/// <summary>
/// Computes the exceptions the CCG reports to the LSCB "on an exception basis" (DOR 4.19;
/// DOMAIN.md "Exception reporting") for an as-of date, optionally one quarter and one provider.
/// The engine is a list of detectors, one per <see cref="ExceptionCode"/>; each detector's
/// class comment defines exactly when its exception arises.
/// </summary>
/// <remarks>
/// <para>Conventions every detector follows:</para>
/// <list type="bullet">
/// <item><see cref="ExceptionLine.AroseOn"/> is the first day on which the exception holds, and
/// <see cref="ExceptionLine.DaysOutstanding"/> is the number of calendar days from that day to
/// the as-of date: 0 on the day it arises, never negative.</item>
/// <item>"Past a date" means the day after it: an action due on 31 March is overdue on 1 April.</item>
/// <item>Service levels given in working days (scrutiny, resubmission, submission to the LSCB)
/// are counted with <see cref="WorkingCalendar"/> from the day after the triggering event, and
/// the exception arises the calendar day after the last working day allowed.</item>
/// <item>Where a record carries the date something happened (a plan's status history, an
/// update's submission or scrutiny, an action's completion, an audit's report, a return's
/// submission, a review's completion), the engine reads it as it stood on the as-of date, so a
/// report for a past date shows what was outstanding then (<see cref="PlanTimeline"/>). Facts
/// without a date of their own (an accountable manager, mandated issues, schedule parts) are
/// read as they are now. An exception that would arise after the as-of date is never
/// reported.</item>
/// </list>
/// <para>
/// Quarter filter: an exception belongs to a quarter (<see cref="DetectedException.Quarter"/>):
/// the quarter an update or indicator return is for, otherwise the quarter in which it arose.
/// Filtering by a quarter keeps the exceptions belonging to that quarter or carried into it
/// from an earlier one and still outstanding on the as-of date; it drops those that belong to
/// a later quarter. That is what a report for the quarter to the LSCB lists.
/// </para>
/// <para>
/// Provider filter: keeps exceptions about that provider's records; an exception about no
/// provider (a Serious Case Review, say) is not about any one provider and is dropped.
/// </para>
/// </remarks>
public sealed class ExceptionEngine
{
    private readonly IReadOnlyList<IExceptionDetector> _detectors;

    public ExceptionEngine(IEnumerable<IExceptionDetector>? detectors = null) =>
        _detectors = detectors?.ToList() ?? DefaultDetectors;

    /// <summary>One detector per exception code in DOMAIN.md's table, in the table's order.</summary>
    public static IReadOnlyList<IExceptionDetector> DefaultDetectors { get; } =
    [
        new OverdueActionDetector(),
        new MissingQuarterlyUpdateDetector(),
        new NoAccountableManagerDetector(),
        new ScrutinyOverdueDetector(),
        new RevisionNotResubmittedDetector(),
        new NotSubmittedToLscbDetector(),
        new IndicatorRedDetector(),
        new IndicatorReturnMissingDetector(),
        new AuditOverdueDetector(),
        new MandatedAuditNotScheduledDetector(),
        new LimitedAssuranceWithoutPlanDetector(),
        new ScheduleIncompleteDetector(),
        new ReviewTimescaleBreachedDetector(),
        new AuthorConflictDetector(),
    ];

    public IReadOnlyList<IExceptionDetector> Detectors => _detectors;

    /// <summary>
    /// Every exception outstanding on <paramref name="asOf"/> in <paramref name="snapshot"/>,
    /// with severities from <paramref name="options"/>, in the order of <see cref="Order"/>.
    /// </summary>
    public IReadOnlyList<ExceptionLine> Compute(
        ExceptionSnapshot snapshot,
        DateOnly asOf,
        CommissioningOptions options,
        FinancialQuarter? quarter = null,
        Guid? providerId = null)
    {
        var context = new ExceptionContext(snapshot, asOf, options);
        var lines = new List<ExceptionLine>();
        foreach (var detector in _detectors) Detect(detector, context, quarter, providerId, lines);
        return Order(lines, id => id is { } known ? context.FindProvider(known)?.Name : null);
    }

    /// <summary>
    /// What <see cref="Compute"/> gives over <paramref name="snapshot"/>, from <paramref name="previous"/>, what it gave
    /// (same as-of date, options and quarter, no provider filter) over an earlier snapshot that differs from this one
    /// only in the records of <paramref name="changed"/> (and holds the same reviews): detectors that read one
    /// provider's records run again for the providers whose exceptions can have changed, on those providers' records
    /// alone; detectors that read across providers run again over everything; every other line is kept.
    /// </summary>
    /// <param name="changedIncidents">
    /// The incidents of <paramref name="changed"/> in the earlier snapshot: a plan of another provider that names one
    /// of them (or one of theirs now) is labelled by it, so that provider's lines are computed again too.
    /// </param>
    public IReadOnlyList<ExceptionLine> Update(
        IReadOnlyList<ExceptionLine> previous,
        ExceptionSnapshot snapshot,
        IReadOnlySet<Guid> changed,
        IReadOnlySet<Guid> changedIncidents,
        DateOnly asOf,
        CommissioningOptions options,
        FinancialQuarter? quarter = null)
    {
        var incidents = changedIncidents.Concat(snapshot.Incidents.Where(i => changed.Contains(i.ProviderId)).Select(i => i.Id)).ToHashSet();
        var affected = changed.Concat(snapshot.ActionPlans
                .Where(p => p.SourceRecordKind == ActionPlans.SourceRecordKind.Incident && incidents.Contains(p.SourceRecordId))
                .Select(p => p.ProviderId))
            .ToHashSet();
        var plans = snapshot.ActionPlans.Where(p => affected.Contains(p.ProviderId)).ToList();
        // The incidents those plans name, whoever's they are: a plan is labelled by the incident it answers.
        var named = plans.Where(p => p.SourceRecordKind == ActionPlans.SourceRecordKind.Incident).Select(p => p.SourceRecordId).ToHashSet();
        var part = new ExceptionSnapshot
        {
            Providers = [.. snapshot.Providers.Where(p => affected.Contains(p.Id))],
            Contracts = [.. snapshot.Contracts.Where(c => affected.Contains(c.ProviderId))],
            Schedules = [.. snapshot.Schedules.Where(s => affected.Contains(s.ProviderId))],
            IndicatorReturns = [.. snapshot.IndicatorReturns.Where(r => affected.Contains(r.ProviderId))],
            Incidents = [.. snapshot.Incidents.Where(i => named.Contains(i.Id))],
            ActionPlans = plans,
        };
        var perProvider = _detectors.Where(d => !d.ReadsAcrossProviders).ToList();
        var codes = perProvider.Select(d => d.Code).ToHashSet();
        // Still in report order: the names of the providers they are about did not change.
        var kept = previous.Where(l => codes.Contains(l.Code) && !(l.ProviderId is { } id && affected.Contains(id))).ToList();
        var fresh = new List<ExceptionLine>();
        var partContext = new ExceptionContext(part, asOf, options);
        foreach (var detector in perProvider) Detect(detector, partContext, quarter, null, fresh);
        var context = new ExceptionContext(snapshot, asOf, options);
        foreach (var detector in _detectors.Where(d => d.ReadsAcrossProviders)) Detect(detector, context, quarter, null, fresh);
        var order = new ReportOrder(id => id is { } known ? context.FindProvider(known)?.Name : null);
        fresh.Sort(order);
        return Merge(kept, fresh, order);
    }

    // Two lists in report order as one: a sort of everything again costs most of an update at 5,000 providers.
    private static List<ExceptionLine> Merge(List<ExceptionLine> first, List<ExceptionLine> second, ReportOrder order)
    {
        var merged = new List<ExceptionLine>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count && j < second.Count)
            merged.Add(order.Compare(first[i], second[j]) <= 0 ? first[i++] : second[j++]);
        for (; i < first.Count; i++) merged.Add(first[i]);
        for (; j < second.Count; j++) merged.Add(second[j]);
        return merged;
    }

    /// <summary>
    /// <see cref="Order"/>'s order as a comparer. Lines equal under it are equal in every member (days outstanding
    /// follow from the day the exception arose), so a sort that is not stable gives the same list.
    /// </summary>
    private sealed class ReportOrder(Func<Guid?, string?> providerName) : IComparer<ExceptionLine>
    {
        public int Compare(ExceptionLine? x, ExceptionLine? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var c = Comparer<Severity>.Default.Compare(y.Severity, x.Severity);
            if (c == 0) c = x.AroseOn.CompareTo(y.AroseOn);
            if (c == 0) c = (x.ProviderId is null).CompareTo(y.ProviderId is null);
            if (c == 0 && x.ProviderId != y.ProviderId)
                c = StringComparer.OrdinalIgnoreCase.Compare(providerName(x.ProviderId) ?? "", providerName(y.ProviderId) ?? "");
            if (c == 0) c = Nullable.Compare(x.ProviderId, y.ProviderId);
            if (c == 0) c = Comparer<ExceptionCode>.Default.Compare(x.Code, y.Code);
            if (c == 0) c = StringComparer.Ordinal.Compare(x.SubjectType, y.SubjectType);
            if (c == 0) c = x.SubjectId.CompareTo(y.SubjectId);
            if (c == 0) c = StringComparer.Ordinal.Compare(x.Message, y.Message);
            return c;
        }
    }

    private static void Detect(IExceptionDetector detector, ExceptionContext context, FinancialQuarter? quarter, Guid? providerId, List<ExceptionLine> lines)
    {
        var asOf = context.AsOf;
        var severity = detector.Code.SeverityIn(context.Options);
        foreach (var found in detector.Detect(context))
        {
            if (found.AroseOn > asOf
                || (quarter is { } q && found.Quarter > q)
                || (providerId is { } p && found.ProviderId != p))
            {
                continue;
            }
            lines.Add(new ExceptionLine(
                detector.Code,
                severity,
                found.ProviderId,
                found.SubjectType,
                found.SubjectId,
                found.Message,
                found.AroseOn,
                asOf.DayNumber - found.AroseOn.DayNumber));
        }
    }

    /// <summary>
    /// The report's order: most severe first, then longest outstanding (earliest arisen), then
    /// provider by name (exceptions about no provider last), code in table order, and subject;
    /// the sentence breaks any remaining tie, so the same records always give the same list.
    /// </summary>
    public static IReadOnlyList<ExceptionLine> Order(IEnumerable<ExceptionLine> lines, Func<Guid?, string?> providerName) =>
        lines
            .OrderByDescending(l => l.Severity)
            .ThenBy(l => l.AroseOn)
            .ThenBy(l => l.ProviderId is null)
            .ThenBy(l => providerName(l.ProviderId) ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(l => l.ProviderId)
            .ThenBy(l => l.Code)
            .ThenBy(l => l.SubjectType, StringComparer.Ordinal)
            .ThenBy(l => l.SubjectId)
            .ThenBy(l => l.Message, StringComparer.Ordinal)
            .ToList();
}
