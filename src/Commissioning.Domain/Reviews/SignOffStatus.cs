namespace Commissioning.Domain.Reviews;

/// <summary>
/// The sign-off chain of a CCG-authored IMR or HOR (DOR 4.15): the Director recommends, the
/// Chief Executive signs, then the IMR, HOR and agreed action plans go to the LSCB.
/// </summary>
public enum SignOffStatus
{
    Draft,
    DirectorRecommended,
    ChiefExecutiveSignedOff,
    ForwardedToLscb,
}
