namespace Commissioning.Domain.Schedules;

/// <summary>Where a scheduled audit has got to.</summary>
public enum AuditStatus
{
    Planned,
    InProgress,
    Reported,
    Cancelled,
}

/// <summary>How much assurance an audit gives that arrangements work.</summary>
public enum AssuranceLevel
{
    Full,
    Significant,
    Limited,
    None,
}
