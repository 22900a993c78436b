using Commissioning.Domain.Common;
using Commissioning.Domain.Schedules;

namespace Commissioning.Domain.Indicators;

/// <summary>
/// A provider's indicator values for one schedule and one financial quarter. Drafted, then
/// submitted once; the submitted date is what INDICATOR_RETURN_MISSING and INDICATOR_RED read.
/// </summary>
public sealed class IndicatorReturn : AggregateRoot
{
    private readonly List<IndicatorValue> _values = [];

    private IndicatorReturn() { }

    private IndicatorReturn(Guid id, Guid scheduleId, Guid providerId, FinancialQuarter quarter) : base(id)
    {
        ScheduleId = scheduleId;
        ProviderId = providerId;
        Quarter = quarter;
    }

    public Guid ScheduleId { get; private set; }

    public Guid ProviderId { get; private set; }

    public FinancialQuarter Quarter { get; private set; }

    public IReadOnlyList<IndicatorValue> Values => _values;

    public DateOnly? SubmittedOn { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    /// <summary>When this return is due under <paramref name="options"/>.</summary>
    public DateOnly DueDate(CommissioningOptions options) => Quarter.DueDate(options.IndicatorReturnDueDaysAfterQuarterEnd);

    /// <summary>RAG per indicator of the schedule, GREY where the return has no value for it.</summary>
    public IReadOnlyDictionary<string, Rag> Rate(IEnumerable<Indicator> indicators) =>
        indicators.ToDictionary(i => i.Code, i => _values.Find(v => v.IndicatorCode == i.Code)?.Rag ?? Rag.Grey);

    /// <summary>
    /// Starts the return for a quarter that has begun (a future quarter has nothing to report).
    /// One return per schedule and quarter: the caller says whether one exists.
    /// </summary>
    public static Result<IndicatorReturn> Start(
        Guid id, Section11Schedule schedule, FinancialQuarter quarter, bool returnExistsForQuarter, Actor actor, IClock clock)
    {
        if (!actor.WorksFor(schedule.ProviderId))
        {
            return new DomainError(ErrorCodes.Forbidden, "Only staff of the schedule's provider may make its indicator return.");
        }
        if (quarter.Start > clock.Today)
        {
            return new DomainError(ErrorCodes.QuarterNotOpen, $"{quarter} has not started yet.", "quarter");
        }
        if (returnExistsForQuarter)
        {
            return new DomainError(ErrorCodes.Duplicate, $"There is already an indicator return for {quarter}.", "quarter");
        }
        return new IndicatorReturn(id, schedule.Id, schedule.ProviderId, quarter);
    }

    /// <summary>Records (or replaces) the value for one of the schedule's indicators; null means "cannot report".</summary>
    public Result RecordValue(Indicator indicator, decimal? value, string? comment, Actor actor)
    {
        var check = RequireEditable(actor);
        if (check.IsFailure)
        {
            return check;
        }
        if (value is { } v)
        {
            check = Indicator.ValidateValue(indicator.Unit, v);
        }
        check = check.Then(() => Text.MaxLength(comment, "comment", 2000));
        if (check.IsFailure)
        {
            return check;
        }
        _values.RemoveAll(x => x.IndicatorCode == indicator.Code);
        _values.Add(new IndicatorValue(indicator, value, Text.Clean(comment)));
        Touch();
        return Result.Success();
    }

    /// <summary>Looks the indicator up in <paramref name="schedule"/>, so only its indicators can be reported.</summary>
    public Result RecordValue(Section11Schedule schedule, string indicatorCode, decimal? value, string? comment, Actor actor)
    {
        if (schedule.Id != ScheduleId)
        {
            return DomainError.Validation("That is not this return's schedule.", "scheduleId");
        }
        var indicator = schedule.FindIndicator(indicatorCode);
        return indicator is null
            ? new DomainError(ErrorCodes.UnknownIndicator, $"Indicator '{indicatorCode}' is not part of this schedule.", "indicatorCode")
            : RecordValue(indicator, value, comment, actor);
    }

    public Result Submit(Actor actor, IClock clock)
    {
        var check = RequireEditable(actor);
        if (check.IsFailure)
        {
            return check;
        }
        if (_values.Count == 0)
        {
            return DomainError.Validation("A return needs at least one value before it is submitted.", "values");
        }
        SubmittedAt = clock.Now;
        SubmittedOn = clock.Today;
        SubmittedBy = actor.UserId;
        Touch();
        return Result.Success();
    }

    private Result RequireEditable(Actor actor)
    {
        if (!actor.WorksFor(ProviderId))
        {
            return new DomainError(ErrorCodes.Forbidden, "Only staff of the return's provider may change it.");
        }
        return IsSubmitted
            ? new DomainError(ErrorCodes.ReturnAlreadySubmitted, $"The {Quarter} return was submitted on {SubmittedOn:yyyy-MM-dd} and can no longer change.")
            : Result.Success();
    }
}
