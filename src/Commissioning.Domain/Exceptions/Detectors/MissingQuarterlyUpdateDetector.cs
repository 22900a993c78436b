namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// MISSING_QUARTERLY_UPDATE: a plan open on the as-of date had no progress update submitted
/// for a closed quarter by the day after that quarter's due day. Providers report progress "at
/// least four times per year" (DOR 4.18), so every quarter from the one the plan was raised in
/// owes an update by <see cref="Common.CommissioningOptions.UpdateDueDaysAfterQuarterEnd"/>
/// days after it ends. Arises the day after the due day, or the day the plan left DRAFT if that
/// was later (a draft owes nothing); clears the day an update for the quarter is submitted,
/// however late. One exception per plan and quarter, belonging to the quarter it is for.
/// </summary>
public sealed class MissingQuarterlyUpdateDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.MissingQuarterlyUpdate;

    public IEnumerable<DetectedException> Detect(ExceptionContext context)
    {
        var dueDays = context.Options.UpdateDueDaysAfterQuarterEnd;
        foreach (var plan in context.Snapshot.ActionPlans.Where(p => p.IsOpenOn(context.AsOf)))
        {
            var leftDraft = plan.LeftDraftOn();
            var quarters = FinancialQuarter.Range(FinancialQuarter.FromDate(plan.RaisedOn), FinancialQuarter.FromDate(context.AsOf));
            foreach (var quarter in quarters)
            {
                var due = quarter.DueDate(dueDays);
                if (due >= context.AsOf || plan.HasUpdateOn(quarter, context.AsOf))
                {
                    continue;
                }
                var arose = due.AddDays(1) > leftDraft ? due.AddDays(1) : leftDraft;
                yield return new DetectedException(
                    plan.ProviderId,
                    ExceptionSubjects.ActionPlan,
                    plan.Id,
                    $"{context.ProviderName(plan.ProviderId)} has not submitted the {quarter} progress update for {context.PlanLabel(plan)}, "
                        + $"due by {ExceptionContext.Format(due)}.",
                    arose,
                    quarter);
            }
        }
    }
}
