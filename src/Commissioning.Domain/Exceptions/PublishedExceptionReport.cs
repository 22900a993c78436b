using Commissioning.Domain.Common;

namespace Commissioning.Domain.Exceptions;

/// <summary>
/// An exception report for one quarter as published to one LSCB: an immutable snapshot, kept
/// with who published it and when. Only the Director publishes, because exceptions reach the
/// LSCB "via the Director with portfolio accountability" (DOR 4.19).
/// </summary>
public sealed class PublishedExceptionReport : AggregateRoot
{
    private readonly List<ExceptionLine> _lines = [];

    private PublishedExceptionReport() { }

    private PublishedExceptionReport(Guid id) : base(id) { }

    public FinancialQuarter Quarter { get; private set; }

    public Guid LscbId { get; private set; }

    /// <summary>The day the exceptions were computed for.</summary>
    public DateOnly AsOf { get; private set; }

    public string PublishedByUserId { get; private set; } = "";

    public string PublishedByName { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    public IReadOnlyList<ExceptionLine> Lines => _lines;

    /// <summary>
    /// Publishes the report. The quarter must have started; a report with no lines is valid and
    /// says there was nothing to report.
    /// </summary>
    public static Result<PublishedExceptionReport> Publish(
        Actor actor,
        FinancialQuarter quarter,
        Guid lscbId,
        DateOnly asOf,
        IEnumerable<ExceptionLine> lines,
        IClock clock)
    {
        var allowed = actor.Require("publish an exception report to the LSCB", Role.Director);
        if (allowed.IsFailure)
        {
            return allowed.Error;
        }
        var snapshot = lines.ToList();
        var invalid = Inputs.FirstOf(
            Inputs.NotEmpty(lscbId, "lscbId"),
            quarter > FinancialQuarter.FromDate(clock.Today)
                ? new DomainError(ErrorCodes.QuarterNotOpen, $"{quarter} has not started; there is nothing to report yet.", "quarter")
                : null,
            Inputs.NotInFuture(asOf, clock, "asOf"),
            Inputs.NotBefore(asOf, quarter.Start, "asOf", $"the start of {quarter}"),
            ValidateLines(snapshot));
        if (invalid is not null)
        {
            return invalid;
        }
        var report = new PublishedExceptionReport(DomainIds.New())
        {
            Quarter = quarter,
            LscbId = lscbId,
            AsOf = asOf,
            PublishedByUserId = actor.UserId,
            PublishedByName = actor.DisplayName,
            PublishedAt = clock.Now,
        };
        report._lines.AddRange(snapshot.Select(l => l with { Message = l.Message.Trim(), SubjectType = l.SubjectType.Trim() }));
        return report;
    }

    /// <summary>How many lines carry each code and severity, for the LSCB's summary table.</summary>
    public IReadOnlyDictionary<(ExceptionCode Code, Severity Severity), int> Counts() =>
        _lines.GroupBy(l => (l.Code, l.Severity)).ToDictionary(g => g.Key, g => g.Count());

    private static DomainError? ValidateLines(List<ExceptionLine> lines)
    {
        foreach (var line in lines)
        {
            var invalid = Inputs.FirstOf(
                Enum.IsDefined(line.Code) ? null : DomainError.Validation($"Unknown exception code {line.Code}.", "lines"),
                Enum.IsDefined(line.Severity) ? null : DomainError.Validation($"Unknown severity {line.Severity}.", "lines"),
                Inputs.RequiredText(line.SubjectType, "subjectType", 100),
                Inputs.NotEmpty(line.SubjectId, "subjectId"),
                Inputs.RequiredText(line.Message, "message", 2000),
                line.DaysOutstanding < 0 ? DomainError.Validation("Days outstanding cannot be negative.", "daysOutstanding") : null);
            if (invalid is not null)
            {
                return invalid;
            }
        }
        return null;
    }
}
