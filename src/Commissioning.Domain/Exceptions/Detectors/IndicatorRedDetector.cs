using System.Globalization;
using Commissioning.Domain.Indicators;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// INDICATOR_RED: a value in a submitted indicator return rates RED against the target and
/// tolerance recorded with it (DOR 4.19: "contract specification indicators ... monitored").
/// Arises the day the return was submitted, and belongs to the quarter the return is for. It
/// stays outstanding until a return for a later quarter of the same schedule, submitted by the
/// as-of date, reports that indicator again: that return's value then speaks for it, so one
/// indicator is never RED twice in a report. One exception per RED value.
/// </summary>
public sealed class IndicatorRedDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.IndicatorRed;

    public IEnumerable<DetectedException> Detect(ExceptionContext context)
    {
        var submittedBySchedule = context.Snapshot.IndicatorReturns
            .Where(r => r.SubmittedOn is { } on && on <= context.AsOf)
            .ToLookup(r => r.ScheduleId);
        foreach (var @return in submittedBySchedule.SelectMany(g => g))
        {
            foreach (var value in @return.Values.Where(v => v.Rag == Rag.Red))
            {
                var reportedLater = submittedBySchedule[@return.ScheduleId].Any(r =>
                    r.Quarter > @return.Quarter && r.Values.Any(v => v.IndicatorCode == value.IndicatorCode));
                if (reportedLater)
                {
                    continue;
                }
                yield return new DetectedException(
                    @return.ProviderId,
                    ExceptionSubjects.IndicatorReturn,
                    @return.Id,
                    $"{context.ProviderName(@return.ProviderId)}: {IndicatorName(context, @return.ScheduleId, value.IndicatorCode)} ({value.IndicatorCode}) "
                        + $"was {Show(value.Unit, value.Value)} against a target of {Show(value.Unit, value.Target)} in the {@return.Quarter} return "
                        + $"submitted on {ExceptionContext.Format(@return.SubmittedOn!.Value)}: RED.",
                    @return.SubmittedOn!.Value,
                    @return.Quarter);
            }
        }
    }

    private static string IndicatorName(ExceptionContext context, Guid scheduleId, string code) =>
        context.FindSchedule(scheduleId)?.FindIndicator(code)?.Name
            ?? IndicatorCatalogue.Find(code)?.Name
            ?? code;

    private static string Show(IndicatorUnit unit, decimal? value) => (unit, value) switch
    {
        (_, null) => "not reported",
        (IndicatorUnit.Boolean, { } v) => v == 1m ? "yes" : "no",
        (IndicatorUnit.Percent, { } v) => v.ToString("0.##", CultureInfo.InvariantCulture) + "%",
        (_, { } v) => v.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
