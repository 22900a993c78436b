namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// The recommendation areas of an overview report, used to tag actions: "policy / procedures;
/// training; practice; management/ supervision; and audit / clinical governance" (SM14 14.4.56).
/// </summary>
public enum ActionCategory
{
    Policy,
    Training,
    Practice,
    Supervision,
    AuditGovernance,
}
