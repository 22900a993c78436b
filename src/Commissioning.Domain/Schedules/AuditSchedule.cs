using Commissioning.Domain.Common;

namespace Commissioning.Domain.Schedules;

/// <summary>
/// Part 2 of the schedule: the audits a provider plans for the forthcoming 12 months and the
/// mandated issues they must cover (DOR 4.1 bullet 2). The horizon is configuration.
/// </summary>
public sealed class AuditSchedule : Entity
{
    private readonly List<MandatedIssue> _mandatedIssues = [];
    private readonly List<Audit> _audits = [];

    private AuditSchedule() { }

    internal AuditSchedule(Guid id, DateOnly periodStart, DateOnly periodEnd) : base(id)
    {
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
    }

    public DateOnly PeriodStart { get; private set; }

    /// <summary>Last day covered (inclusive).</summary>
    public DateOnly PeriodEnd { get; private set; }

    public IReadOnlyList<MandatedIssue> MandatedIssues => _mandatedIssues;

    public IReadOnlyList<Audit> Audits => _audits;

    /// <summary>Mandated issues no live (non-cancelled) audit covers (exception MANDATED_AUDIT_NOT_SCHEDULED).</summary>
    public IEnumerable<MandatedIssue> UncoveredMandatedIssues() =>
        _mandatedIssues.Where(issue => !_audits.Any(a => a.MandatedIssueId == issue.Id && a.Status != AuditStatus.Cancelled));

    public Audit? FindAudit(Guid auditId) => _audits.Find(a => a.Id == auditId);

    internal Result<MandatedIssue> AddMandatedIssue(Guid id, string title, string? description)
    {
        var check = Text.Required(title, "title").Then(() => Text.MaxLength(description, "description", 2000));
        if (check.IsFailure)
        {
            return check.Error;
        }
        if (_mandatedIssues.Any(m => string.Equals(m.Title, title.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return new DomainError(ErrorCodes.Duplicate, $"'{title.Trim()}' is already a mandated issue.", "title");
        }
        var issue = new MandatedIssue(id, title.Trim(), Text.Clean(description));
        _mandatedIssues.Add(issue);
        return issue;
    }

    internal Result RemoveMandatedIssue(Guid id)
    {
        if (!_mandatedIssues.Exists(m => m.Id == id))
        {
            return DomainError.NotFound("Mandated issue", id);
        }
        if (_audits.Exists(a => a.MandatedIssueId == id))
        {
            return new DomainError(ErrorCodes.InvalidStateTransition, "Audits cover this mandated issue; cancel or re-plan them first.", "mandatedIssueId");
        }
        _mandatedIssues.RemoveAll(m => m.Id == id);
        return Result.Success();
    }

    internal Result<Audit> PlanAudit(Guid id, string topic, Guid? mandatedIssueId, FinancialQuarter plannedQuarter, DateOnly dueDate)
    {
        var check = Text.Required(topic, "topic", 300);
        if (check.IsFailure)
        {
            return check.Error;
        }
        if (mandatedIssueId is { } issueId && !_mandatedIssues.Exists(m => m.Id == issueId))
        {
            return new DomainError(ErrorCodes.UnknownMandatedIssue, "That mandated issue is not in this schedule.", "mandatedIssueId");
        }
        if (plannedQuarter.End < PeriodStart || plannedQuarter.Start > PeriodEnd)
        {
            return new DomainError(ErrorCodes.DateOutOfRange,
                $"{plannedQuarter} is outside the schedule period {PeriodStart:yyyy-MM-dd} to {PeriodEnd:yyyy-MM-dd}.", "plannedQuarter");
        }
        if (dueDate < plannedQuarter.Start)
        {
            return new DomainError(ErrorCodes.DateOutOfRange, $"The due date cannot be before {plannedQuarter} starts.", "dueDate");
        }
        var audit = new Audit(id, topic.Trim(), mandatedIssueId, plannedQuarter, dueDate);
        _audits.Add(audit);
        return audit;
    }
}
