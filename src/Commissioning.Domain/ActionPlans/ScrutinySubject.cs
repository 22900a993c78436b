namespace Commissioning.Domain.ActionPlans;

/// <summary>What a scrutiny looked at: the plan itself (DOR 4.17) or one quarterly update (DOR 4.18).</summary>
public enum ScrutinySubject
{
    Plan,
    ProgressUpdate,
}
