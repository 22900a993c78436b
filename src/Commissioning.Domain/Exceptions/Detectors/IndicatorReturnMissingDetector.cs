namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// INDICATOR_RETURN_MISSING: a schedule with indicators has no submitted return for a closed
/// quarter after its due day
/// (<see cref="Common.CommissioningOptions.IndicatorReturnDueDaysAfterQuarterEnd"/> days after
/// the quarter ends). Every quarter that overlaps the contract owes a return, including the
/// contract's last after it ends; a draft return not submitted by the as-of date is missing.
/// Arises the day after the due day; one exception per schedule and quarter, belonging to the
/// quarter it is for.
/// </summary>
public sealed class IndicatorReturnMissingDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.IndicatorReturnMissing;

    public IEnumerable<DetectedException> Detect(ExceptionContext context)
    {
        var dueDays = context.Options.IndicatorReturnDueDaysAfterQuarterEnd;
        var returned = context.Snapshot.IndicatorReturns
            .Where(r => r.SubmittedOn is { } on && on <= context.AsOf)
            .Select(r => (r.ScheduleId, r.Quarter))
            .ToHashSet();
        foreach (var (schedule, contract) in context.Snapshot.AllSchedules())
        {
            if (contract is null || schedule.Indicators.Count == 0 || contract.StartDate > context.AsOf)
            {
                continue;
            }
            var last = contract.EndDate < context.AsOf ? contract.EndDate : context.AsOf;
            foreach (var quarter in FinancialQuarter.Range(FinancialQuarter.FromDate(contract.StartDate), FinancialQuarter.FromDate(last)))
            {
                var due = quarter.DueDate(dueDays);
                if (due >= context.AsOf)
                {
                    continue;
                }
                if (!returned.Contains((schedule.Id, quarter)))
                {
                    yield return new DetectedException(
                        schedule.ProviderId,
                        ExceptionSubjects.Section11Schedule,
                        schedule.Id,
                        $"{context.ProviderName(schedule.ProviderId)} has not submitted the {quarter} indicator return for contract {contract.Reference}, "
                            + $"due by {ExceptionContext.Format(due)}.",
                        due.AddDays(1),
                        quarter);
                }
            }
        }
    }
}
