namespace Commissioning.Domain.Exceptions;

/// <summary>
/// The record kinds an exception can be about (<see cref="ExceptionLine.SubjectType"/>): the
/// domain type names, so the API can turn type and id into a Node id.
/// </summary>
public static class ExceptionSubjects
{
    public const string ActionPlan = nameof(ActionPlans.ActionPlan);
    public const string PlanAction = nameof(ActionPlans.PlanAction);
    public const string ProgressUpdate = nameof(ActionPlans.ProgressUpdate);
    public const string IndicatorReturn = nameof(Indicators.IndicatorReturn);
    public const string Section11Schedule = nameof(Schedules.Section11Schedule);
    public const string Audit = nameof(Schedules.Audit);
    public const string MandatedIssue = nameof(Schedules.MandatedIssue);
    public const string Contract = nameof(Contracts.Contract);
    public const string Review = nameof(Reviews.Review);
}
