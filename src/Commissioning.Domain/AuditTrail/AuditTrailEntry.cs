using Commissioning.Domain.Common;

namespace Commissioning.Domain.AuditTrail;

/// <summary>
/// One line of the append-only audit trail (DOMAIN.md "Rules"): who, in what role, when, did
/// what to which record, with the record before and after as JSON. Nothing here can change
/// after creation.
/// </summary>
public sealed class AuditTrailEntry
{
    private AuditTrailEntry() { ActorUserId = ActorName = Operation = RecordType = string.Empty; }

    private AuditTrailEntry(Guid id, Actor actor, DateTimeOffset at, string operation, string? operationName, string recordType, Guid recordId,
        string? before, string? after)
    {
        Id = id;
        ActorUserId = actor.UserId;
        ActorName = actor.DisplayName;
        ActorRole = actor.Role;
        ActorProviderId = actor.ProviderId;
        At = at;
        Operation = operation;
        OperationName = operationName;
        RecordType = recordType;
        RecordId = recordId;
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }

    public string ActorUserId { get; private set; }

    public string ActorName { get; private set; }

    public Role ActorRole { get; private set; }

    public Guid? ActorProviderId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>What was done, e.g. the mutation name "submitIndicatorReturn".</summary>
    public string Operation { get; private set; }

    /// <summary>The name the client gave the request the operation was part of (a GraphQL operation name), if any.</summary>
    public string? OperationName { get; private set; }

    /// <summary>The kind of record, e.g. "Contract".</summary>
    public string RecordType { get; private set; }

    public Guid RecordId { get; private set; }

    /// <summary>The record as JSON before the change; null when it was created.</summary>
    public string? Before { get; private set; }

    /// <summary>The record as JSON after the change; null when it was deleted.</summary>
    public string? After { get; private set; }

    public static Result<AuditTrailEntry> Record(
        Guid id, Actor actor, IClock clock, string operation, string recordType, Guid recordId, string? before, string? after,
        string? operationName = null)
    {
        var check = Result.FirstFailure(
            Text.Required(operation, "operation"),
            Text.Required(recordType, "recordType"),
            recordId == Guid.Empty ? DomainError.Validation("The record id is required.", "recordId") : Result.Success(),
            before is null && after is null ? DomainError.Validation("An entry needs the record before or after the change.", "after") : Result.Success());
        if (check.IsFailure)
        {
            return check.Error;
        }
        return new AuditTrailEntry(id, actor, clock.Now, operation.Trim(), string.IsNullOrWhiteSpace(operationName) ? null : operationName.Trim(),
            recordType.Trim(), recordId, before, after);
    }
}
