using Commissioning.Domain.Schedules;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// SCHEDULE_INCOMPLETE: a contract live on the as-of date has no Section 11 schedule, or its
/// schedule lacks any of the three parts (DOR 4.1): indicators, an audit schedule, or the
/// agreement to copy action plans and their updates. The schedule belongs in the contract from
/// its first day, so it arises on the contract's start date.
/// </summary>
public sealed class ScheduleIncompleteDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.ScheduleIncomplete;

    private static readonly IReadOnlyList<SchedulePart> AllParts = Enum.GetValues<SchedulePart>();

    public IEnumerable<DetectedException> Detect(ExceptionContext context) =>
        from contract in context.Snapshot.Contracts
        where contract.IsLiveOn(context.AsOf)
        let schedule = context.Snapshot.ScheduleOf(contract)
        let missing = schedule?.MissingParts ?? AllParts
        where missing.Count > 0
        select DetectedException.Arising(
            contract.ProviderId,
            ExceptionSubjects.Contract,
            contract.Id,
            schedule is null
                ? $"{context.ProviderName(contract.ProviderId)}: contract {contract.Reference}, live since {ExceptionContext.Format(contract.StartDate)}, has no Section 11 safeguarding schedule."
                : $"{context.ProviderName(contract.ProviderId)}: the Section 11 schedule of contract {contract.Reference}, live since {ExceptionContext.Format(contract.StartDate)}, "
                    + $"lacks {string.Join(" and ", missing.Select(Describe))}.",
            contract.StartDate);

    private static string Describe(SchedulePart part) => part switch
    {
        SchedulePart.DutiesAndIndicators => "part 1 (duties and indicators)",
        SchedulePart.AuditSchedule => "part 2 (the audit schedule)",
        _ => "part 3 (copying action plans and updates to the commissioner)",
    };
}
