namespace Commissioning.Domain.Meetings;

/// <summary>
/// A sanction raised at a monitoring meeting when a provider fails "to meet specifications or
/// targets" (DOR 5.2). A fine has an amount; a withdrawal has none.
/// </summary>
public sealed record ContractSanction(
    Guid Id,
    SanctionKind Kind,
    decimal? Amount,
    string Reason,
    Guid? ContractId,
    DateTimeOffset RaisedAt,
    string RaisedByUserId);
