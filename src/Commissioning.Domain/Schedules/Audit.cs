using Commissioning.Domain.Common;

namespace Commissioning.Domain.Schedules;

/// <summary>
/// One audit in a provider's schedule (DOR 4.1 bullet 2): planned for a quarter, reported with
/// an assurance level, and linked to the action plan raised when gaps are found.
/// </summary>
public sealed class Audit : Entity
{
    public const int MaxFindingsLength = 8000;

    private static readonly Dictionary<AuditStatus, AuditStatus[]> Allowed = new()
    {
        [AuditStatus.Planned] = [AuditStatus.InProgress, AuditStatus.Cancelled],
        [AuditStatus.InProgress] = [AuditStatus.Reported, AuditStatus.Cancelled],
        [AuditStatus.Reported] = [],
        [AuditStatus.Cancelled] = [],
    };

    private Audit() { Topic = string.Empty; }

    internal Audit(Guid id, string topic, Guid? mandatedIssueId, FinancialQuarter plannedQuarter, DateOnly dueDate) : base(id)
    {
        Topic = topic;
        MandatedIssueId = mandatedIssueId;
        PlannedQuarter = plannedQuarter;
        DueDate = dueDate;
        Status = AuditStatus.Planned;
    }

    public string Topic { get; private set; }

    public Guid? MandatedIssueId { get; private set; }

    public FinancialQuarter PlannedQuarter { get; private set; }

    public DateOnly DueDate { get; private set; }

    public AuditStatus Status { get; private set; }

    public AssuranceLevel? AssuranceLevel { get; private set; }

    public string? Findings { get; private set; }

    public DateOnly? ReportedOn { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>The action plan raised from this audit's findings; null until one is linked.</summary>
    public Guid? ActionPlanId { get; private set; }

    public bool HasOutcome => Status == AuditStatus.Reported;

    /// <summary>Past due with no outcome (exception AUDIT_OVERDUE).</summary>
    public bool IsOverdueOn(DateOnly date) => Status is AuditStatus.Planned or AuditStatus.InProgress && date > DueDate;

    /// <summary>LIMITED or NONE assurance needs an action plan (exception LIMITED_ASSURANCE_WITHOUT_PLAN).</summary>
    public bool NeedsActionPlan =>
        Status == AuditStatus.Reported
        && AssuranceLevel is Schedules.AssuranceLevel.Limited or Schedules.AssuranceLevel.None
        && ActionPlanId is null;

    public bool CanMoveTo(AuditStatus next) => Allowed[Status].Contains(next);

    internal Result EnsureCanMoveTo(AuditStatus next) =>
        CanMoveTo(next) ? Result.Success() : DomainError.InvalidTransition("An audit", Status, next);

    internal void Start() => Status = AuditStatus.InProgress;

    internal static Result ValidateOutcome(AssuranceLevel level, string? findings)
    {
        if (!Enum.IsDefined(level))
        {
            return DomainError.Validation($"Unknown assurance level {level}.", "assuranceLevel");
        }
        // Anything short of full assurance has gaps, and gaps must be written down to be acted on.
        if (level != Schedules.AssuranceLevel.Full && string.IsNullOrWhiteSpace(findings))
        {
            return DomainError.Validation($"Findings are required for {level} assurance.", "findings");
        }
        return Text.MaxLength(findings, "findings", MaxFindingsLength);
    }

    internal void Report(AssuranceLevel level, string? findings, DateOnly on)
    {
        Status = AuditStatus.Reported;
        AssuranceLevel = level;
        Findings = Text.Clean(findings);
        ReportedOn = on;
    }

    internal void Cancel(string reason)
    {
        Status = AuditStatus.Cancelled;
        CancellationReason = reason.Trim();
    }

    internal Result LinkActionPlan(Guid actionPlanId)
    {
        if (actionPlanId == Guid.Empty)
        {
            return DomainError.Validation("An action plan id is required.", "actionPlanId");
        }
        if (Status != AuditStatus.Reported)
        {
            return new DomainError(ErrorCodes.InvalidStateTransition, "An action plan can only be linked to a reported audit.", "auditId");
        }
        if (ActionPlanId is { } existing && existing != actionPlanId)
        {
            return new DomainError(ErrorCodes.Duplicate, "This audit is already linked to another action plan.", "actionPlanId");
        }
        ActionPlanId = actionPlanId;
        return Result.Success();
    }
}
