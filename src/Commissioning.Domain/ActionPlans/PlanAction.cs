using Commissioning.Domain.Common;

namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// One action of a plan: "who will do what, by when, and with what intended outcome" and "by
/// what means improvements ... will be monitored and reviewed" (SM14 14.4.53, 14.4.62).
/// Changed only through its <see cref="ActionPlan"/>, which enforces the rules.
/// </summary>
public sealed class PlanAction : Entity
{
    private PlanAction() { }

    internal PlanAction(Guid id, PlanActionDetails details) : base(id)
    {
        Apply(details);
        Status = ActionStatus.NotStarted;
    }

    public string Description { get; private set; } = "";

    public string Owner { get; private set; } = "";

    public DateOnly DueDate { get; private set; }

    public string IntendedOutcome { get; private set; } = "";

    public string HowReviewed { get; private set; } = "";

    public ActionCategory Category { get; private set; }

    public ActionStatus Status { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? Evidence { get; private set; }

    public bool IsComplete => Status == ActionStatus.Complete;

    /// <summary>Past its due date and not complete (DOMAIN.md OVERDUE_ACTION).</summary>
    public bool IsOverdueOn(DateOnly asOf) => !IsComplete && DueDate < asOf;

    internal void Apply(PlanActionDetails details)
    {
        Description = details.Description.Trim();
        Owner = details.Owner.Trim();
        DueDate = details.DueDate;
        IntendedOutcome = details.IntendedOutcome.Trim();
        HowReviewed = details.HowReviewed.Trim();
        Category = details.Category;
    }

    internal void SetProgress(ActionStatus status, DateOnly? completedOn, string? evidence)
    {
        Status = status;
        CompletedOn = status == ActionStatus.Complete ? completedOn : null;
        if (Inputs.Clean(evidence) is { } text)
        {
            Evidence = text;
        }
    }

    internal static DomainError? Validate(PlanActionDetails details, DateOnly planRaisedOn) =>
        Inputs.FirstOf(
            Inputs.RequiredText(details.Description, "description", 2000),
            Inputs.RequiredText(details.Owner, "owner", 200),
            Inputs.NotBefore(details.DueDate, planRaisedOn, "dueDate", "the date the plan was raised"),
            Inputs.RequiredText(details.IntendedOutcome, "intendedOutcome", 2000),
            Inputs.RequiredText(details.HowReviewed, "howReviewed", 2000),
            Enum.IsDefined(details.Category) ? null : DomainError.Validation($"Unknown action category {details.Category}.", "category"));
}

/// <summary>What a person writes when adding or amending an action.</summary>
public sealed record PlanActionDetails(
    string Description,
    string Owner,
    DateOnly DueDate,
    string IntendedOutcome,
    string HowReviewed,
    ActionCategory Category);
