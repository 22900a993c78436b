using Commissioning.Domain.Common;

namespace Commissioning.Domain.Meetings;

/// <summary>
/// A Quality and Contract Monitoring Meeting with one provider, where "progress against all
/// safeguarding action plans as well as contract specification indicators and audits" is
/// monitored (DOR 4.19; also called "Contract and Quality monitoring Meetings", DOR 12.2).
/// Recorded by the commissioner; sanctions by the quality team or the Director (DOR 5.2).
/// </summary>
public sealed class MonitoringMeeting : AggregateRoot
{
    public const int NotesMaxLength = 8000;

    private readonly List<Guid> _reviewedPlanIds = [];
    private readonly List<Guid> _reviewedIndicatorIds = [];
    private readonly List<Guid> _reviewedAuditIds = [];
    private readonly List<string> _decisions = [];
    private readonly List<ContractSanction> _sanctions = [];

    private MonitoringMeeting() { }

    private MonitoringMeeting(Guid id) : base(id) { }

    public Guid ProviderId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Notes { get; private set; } = "";

    public IReadOnlyList<Guid> ReviewedPlanIds => _reviewedPlanIds;

    public IReadOnlyList<Guid> ReviewedIndicatorIds => _reviewedIndicatorIds;

    public IReadOnlyList<Guid> ReviewedAuditIds => _reviewedAuditIds;

    public IReadOnlyList<string> Decisions => _decisions;

    public IReadOnlyList<ContractSanction> Sanctions => _sanctions;

    public string RecordedByUserId { get; private set; } = "";

    public static Result<MonitoringMeeting> Record(Actor actor, Guid providerId, DateOnly heldOn, string? notes, IClock clock)
    {
        var allowed = RequireRecorder(actor, "record a monitoring meeting");
        if (allowed.IsFailure)
        {
            return allowed.Error;
        }
        var invalid = Inputs.FirstOf(
            Inputs.NotEmpty(providerId, "providerId"),
            Inputs.NotInFuture(heldOn, clock, "heldOn"),
            Inputs.OptionalText(notes, "notes", NotesMaxLength));
        if (invalid is not null)
        {
            return invalid;
        }
        return new MonitoringMeeting(DomainIds.New())
        {
            ProviderId = providerId,
            HeldOn = heldOn,
            Notes = Inputs.Clean(notes) ?? "",
            RecordedByUserId = actor.UserId,
        };
    }

    public Result UpdateNotes(Actor actor, string? notes)
    {
        var allowed = RequireRecorder(actor, "change meeting notes");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (Inputs.OptionalText(notes, "notes", NotesMaxLength) is { } invalid)
        {
            return invalid;
        }
        Notes = Inputs.Clean(notes) ?? "";
        Touch();
        return Result.Success();
    }

    /// <summary>Records what the meeting looked at; ids already recorded are kept once.</summary>
    public Result RecordReviewed(Actor actor, IEnumerable<Guid> planIds, IEnumerable<Guid> indicatorIds, IEnumerable<Guid> auditIds)
    {
        var allowed = RequireRecorder(actor, "record what a meeting reviewed");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        var plans = planIds.ToList();
        var indicators = indicatorIds.ToList();
        var audits = auditIds.ToList();
        if (plans.Concat(indicators).Concat(audits).Contains(Guid.Empty))
        {
            return DomainError.Validation("A reviewed item id cannot be empty.");
        }
        AddNew(_reviewedPlanIds, plans);
        AddNew(_reviewedIndicatorIds, indicators);
        AddNew(_reviewedAuditIds, audits);
        Touch();
        return Result.Success();
    }

    public Result RecordDecision(Actor actor, string decision)
    {
        var allowed = RequireRecorder(actor, "record a meeting decision");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (Inputs.RequiredText(decision, "decision", 2000) is { } invalid)
        {
            return invalid;
        }
        _decisions.Add(decision.Trim());
        Touch();
        return Result.Success();
    }

    /// <summary>Raises a contract sanction (DOR 5.2): a fine needs a positive amount, a withdrawal none.</summary>
    public Result<ContractSanction> RaiseSanction(Actor actor, SanctionKind kind, decimal? amount, string reason, Guid? contractId, IClock clock)
    {
        var allowed = actor.Require("raise a contract sanction", Role.QualityTeam, Role.Director);
        if (allowed.IsFailure)
        {
            return allowed.Error;
        }
        var invalid = Inputs.FirstOf(
            Enum.IsDefined(kind) ? null : DomainError.Validation($"Unknown sanction {kind}.", "kind"),
            kind == SanctionKind.PenaltyFine && amount is not > 0m ? DomainError.Validation("A penalty fine needs an amount greater than zero.", "amount") : null,
            kind == SanctionKind.ContractWithdrawal && amount is not null ? DomainError.Validation("A contract withdrawal has no amount.", "amount") : null,
            Inputs.RequiredText(reason, "reason", 2000),
            contractId == Guid.Empty ? DomainError.Validation("contractId cannot be empty; leave it out instead.", "contractId") : null);
        if (invalid is not null)
        {
            return invalid;
        }
        var sanction = new ContractSanction(DomainIds.New(), kind, amount, reason.Trim(), contractId, clock.Now, actor.UserId);
        _sanctions.Add(sanction);
        Touch();
        return sanction;
    }

    private static Result RequireRecorder(Actor actor, string action) =>
        actor.Require(action, Role.QualityTeam, Role.DesignatedNurse, Role.Director);

    private static void AddNew(List<Guid> into, IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
        {
            if (!into.Contains(id))
            {
                into.Add(id);
            }
        }
    }
}
