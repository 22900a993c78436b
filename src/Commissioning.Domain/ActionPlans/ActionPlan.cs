using Commissioning.Domain.Common;

namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// A provider's plan of improvement actions arising from a safeguarding concern: the heart of
/// commissioner monitoring (DOR 4.1 part 3, 4.8-4.9, 4.17-4.20). Actions, quarterly progress
/// updates, scrutinies and the status history live inside it and change only through it, so
/// one <see cref="AggregateRoot.Version"/> guards them all.
/// </summary>
/// <remarks>
/// Who may write: staff of the plan's provider and the CCG quality team. The quality team is
/// allowed because the CCG keys in copies providers send it (DOR 4.17-4.18, "for the attention
/// of the Deputy Director of Quality") and writes plans for its own IMR and HOR (DOR 4.15).
/// Only a Designated Nurse scrutinises (DOR 4.17); see the other parts of this class for the
/// lifecycle, progress updates and the queries the exception engine needs.
/// </remarks>
public sealed partial class ActionPlan : AggregateRoot
{
    public const int TitleMaxLength = 200;

    /// <summary>A lead LSCB and, for an out-of-county child, the host's LSCB (DOR 4.16).</summary>
    public const int MaxLscbs = 2;

    private readonly List<PlanAction> _actions = [];
    private readonly List<Guid> _lscbIds = [];
    private readonly List<Guid> _submittedToLscbIds = [];
    private readonly List<PlanStatusChange> _history = [];
    private readonly List<ProgressUpdate> _updates = [];
    private readonly List<Scrutiny> _scrutinies = [];

    private ActionPlan() { }

    private ActionPlan(Guid id) : base(id) { }

    public Guid ProviderId { get; private set; }

    public ActionPlanSource Source { get; private set; }

    /// <summary>The incident, review or audit the plan answers; which one is <see cref="SourceRecordKind"/>.</summary>
    public Guid SourceRecordId { get; private set; }

    public SourceRecordKind SourceRecordKind => Source.RecordKind();

    public string Title { get; private set; } = "";

    public DateOnly RaisedOn { get; private set; }

    /// <summary>Required before the plan leaves DRAFT (DOR 4.9).</summary>
    public AccountableManager? AccountableManager { get; private set; }

    /// <summary>The LSCB(s) the plan and its progress reports must be copied to (DOR 4.16, 4.18).</summary>
    public IReadOnlyList<Guid> LscbIds => _lscbIds;

    /// <summary>Two LSCBs: the child was placed out of county and both boards oversee the plan (DOR 4.16).</summary>
    public bool IsOutOfCounty => _lscbIds.Count > 1;

    public ActionPlanStatus Status { get; private set; }

    public IReadOnlyList<PlanAction> Actions => _actions;

    /// <summary>Every status the plan has been in, oldest first, starting with its creation in DRAFT.</summary>
    public IReadOnlyList<PlanStatusChange> History => _history;

    /// <summary>Every revision of every quarterly update, in submission order.</summary>
    public IReadOnlyList<ProgressUpdate> ProgressUpdates => _updates;

    public IReadOnlyList<Scrutiny> Scrutinies => _scrutinies;

    /// <summary>The LSCBs the accepted plan was submitted to; all of <see cref="LscbIds"/> once submitted.</summary>
    public IReadOnlyList<Guid> SubmittedToLscbIds => _submittedToLscbIds;

    public static Result<ActionPlan> Raise(
        Actor actor,
        Guid providerId,
        ActionPlanSource source,
        Guid sourceRecordId,
        string title,
        DateOnly raisedOn,
        IEnumerable<Guid> lscbIds,
        IClock clock)
    {
        var allowed = CheckWriter(actor, providerId, "raise an action plan");
        if (allowed.IsFailure)
        {
            return allowed.Error;
        }
        var lscbs = lscbIds.ToList();
        var invalid = Inputs.FirstOf(
            Inputs.NotEmpty(providerId, "providerId"),
            Enum.IsDefined(source) ? null : DomainError.Validation($"Unknown action plan source {source}.", "source"),
            Inputs.NotEmpty(sourceRecordId, "sourceRecordId"),
            Inputs.RequiredText(title, "title", TitleMaxLength),
            Inputs.NotInFuture(raisedOn, clock, "raisedOn"),
            ValidateLscbs(lscbs));
        if (invalid is not null)
        {
            return invalid;
        }
        var plan = new ActionPlan(DomainIds.New())
        {
            ProviderId = providerId,
            Source = source,
            SourceRecordId = sourceRecordId,
            Title = title.Trim(),
            RaisedOn = raisedOn,
            Status = ActionPlanStatus.Draft,
        };
        plan._lscbIds.AddRange(lscbs);
        plan._history.Add(new PlanStatusChange(null, ActionPlanStatus.Draft, clock.Now, actor.UserId, actor.Role));
        return plan;
    }

    public Result Rename(Actor actor, string title)
    {
        var editable = CheckEditable(actor, "rename this plan");
        if (editable.IsFailure)
        {
            return editable;
        }
        if (Inputs.RequiredText(title, "title", TitleMaxLength) is { } invalid)
        {
            return invalid;
        }
        Title = title.Trim();
        Touch();
        return Result.Success();
    }

    /// <summary>
    /// Appoints or replaces the accountable senior manager. Allowed in any status but CLOSED,
    /// because people leave while plans run; it cannot be cleared once appointed (DOR 4.9).
    /// </summary>
    public Result AppointAccountableManager(Actor actor, string name, string jobTitle)
    {
        var allowed = CheckWriter(actor, ProviderId, "appoint the accountable manager");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (Status == ActionPlanStatus.Closed)
        {
            return new DomainError(PlanErrorCodes.PlanNotOpen, "A closed plan cannot change its accountable manager.");
        }
        var invalid = Inputs.FirstOf(
            Inputs.RequiredText(name, "name", 200),
            Inputs.RequiredText(jobTitle, "jobTitle", 200));
        if (invalid is not null)
        {
            return invalid;
        }
        AccountableManager = new AccountableManager(name.Trim(), jobTitle.Trim());
        Touch();
        return Result.Success();
    }

    /// <summary>Sets the LSCB(s): one, or two for an out-of-county child (DOR 4.16).</summary>
    public Result SetLscbs(Actor actor, IEnumerable<Guid> lscbIds)
    {
        var editable = CheckEditable(actor, "change the plan's LSCBs");
        if (editable.IsFailure)
        {
            return editable;
        }
        var lscbs = lscbIds.ToList();
        if (ValidateLscbs(lscbs) is { } invalid)
        {
            return invalid;
        }
        _lscbIds.Clear();
        _lscbIds.AddRange(lscbs);
        Touch();
        return Result.Success();
    }

    public Result<PlanAction> AddAction(Actor actor, PlanActionDetails details)
    {
        var editable = CheckEditable(actor, "add an action");
        if (editable.IsFailure)
        {
            return editable.Error;
        }
        if (PlanAction.Validate(details, RaisedOn) is { } invalid)
        {
            return invalid;
        }
        var action = new PlanAction(DomainIds.New(), details);
        _actions.Add(action);
        Touch();
        return action;
    }

    public Result AmendAction(Actor actor, Guid actionId, PlanActionDetails details)
    {
        var editable = CheckEditable(actor, "amend an action");
        if (editable.IsFailure)
        {
            return editable;
        }
        if (FindAction(actionId) is not { } action)
        {
            return ActionNotFound(actionId);
        }
        if (PlanAction.Validate(details, RaisedOn) is { } invalid)
        {
            return invalid;
        }
        action.Apply(details);
        Touch();
        return Result.Success();
    }

    public Result RemoveAction(Actor actor, Guid actionId)
    {
        var editable = CheckEditable(actor, "remove an action");
        if (editable.IsFailure)
        {
            return editable;
        }
        if (FindAction(actionId) is not { } action)
        {
            return ActionNotFound(actionId);
        }
        _actions.Remove(action);
        Touch();
        return Result.Success();
    }

    /// <summary>Staff of the plan's provider, or the CCG quality team (see the class remarks).</summary>
    public bool CanWrite(Actor actor) => actor.WorksFor(ProviderId) || actor.Role == Role.QualityTeam;

    private static Result CheckWriter(Actor actor, Guid providerId, string action) =>
        actor.WorksFor(providerId) || actor.Role == Role.QualityTeam
            ? Result.Success()
            : new DomainError(ErrorCodes.Forbidden, $"{actor.Role.ToClaim()} may not {action} for this provider.");

    /// <summary>
    /// The content is fixed while the Designated Nurse looks at it and once it is accepted, so
    /// what was accepted is what goes to the LSCB (DOR 4.20).
    /// </summary>
    private Result CheckEditable(Actor actor, string action)
    {
        var allowed = CheckWriter(actor, ProviderId, action);
        if (allowed.IsFailure)
        {
            return allowed;
        }
        return Status is ActionPlanStatus.Draft or ActionPlanStatus.RevisionRequested
            ? Result.Success()
            : new DomainError(PlanErrorCodes.PlanNotEditable, $"A plan can be changed only in DRAFT or REVISION_REQUESTED; this one is {Status.ToCode()}.");
    }

    private static DomainError? ValidateLscbs(List<Guid> lscbs)
    {
        if (lscbs.Count > MaxLscbs)
        {
            return DomainError.Validation($"A plan is copied to at most {MaxLscbs} LSCBs: the lead and, out of county, the host's.", "lscbIds");
        }
        if (lscbs.Contains(Guid.Empty))
        {
            return DomainError.Validation("An LSCB id cannot be empty.", "lscbIds");
        }
        return lscbs.Distinct().Count() != lscbs.Count
            ? DomainError.Validation("The same LSCB is named twice.", "lscbIds")
            : null;
    }

    private PlanAction? FindAction(Guid actionId) => _actions.Find(a => a.Id == actionId);

    private static DomainError ActionNotFound(Guid actionId) =>
        new(PlanErrorCodes.ActionNotInPlan, $"Action '{actionId}' is not part of this plan.", "actionId");
}
