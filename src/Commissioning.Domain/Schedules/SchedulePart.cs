namespace Commissioning.Domain.Schedules;

/// <summary>The three parts every Section 11 schedule must have (DOR 4.1).</summary>
public enum SchedulePart
{
    DutiesAndIndicators,
    AuditSchedule,
    ActionPlanCopying,
}
