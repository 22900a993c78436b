using Commissioning.Domain.Common;

namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// The Designated Nurse's scrutiny of a plan or of one update, with "advice regarding
/// implementation for contract monitoring purposes" (DOR 4.17). Immutable once recorded.
/// </summary>
public sealed class Scrutiny : Entity
{
    private Scrutiny() { }

    internal Scrutiny(
        Guid id,
        ScrutinySubject subject,
        Guid? progressUpdateId,
        ScrutinyOutcome outcome,
        string advice,
        DateOnly scrutinisedOn,
        Actor by,
        DateTimeOffset recordedAt) : base(id)
    {
        Subject = subject;
        ProgressUpdateId = progressUpdateId;
        Outcome = outcome;
        Advice = advice;
        ScrutinisedOn = scrutinisedOn;
        ByUserId = by.UserId;
        ByName = by.DisplayName;
        RecordedAt = recordedAt;
    }

    public ScrutinySubject Subject { get; private set; }

    /// <summary>Set when <see cref="Subject"/> is a progress update.</summary>
    public Guid? ProgressUpdateId { get; private set; }

    public ScrutinyOutcome Outcome { get; private set; }

    public string Advice { get; private set; } = "";

    public DateOnly ScrutinisedOn { get; private set; }

    public string ByUserId { get; private set; } = "";

    public string ByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }
}
