namespace Commissioning.Domain.Meetings;

/// <summary>"a penalty fine or withdrawal of a contract" (DOR 5.2).</summary>
public enum SanctionKind
{
    PenaltyFine,
    ContractWithdrawal,
}
