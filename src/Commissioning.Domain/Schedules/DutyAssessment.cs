using Commissioning.Domain.Common;

namespace Commissioning.Domain.Schedules;

/// <summary>
/// The provider's self-assessment of one duty and the commissioner's moderation of it. A new
/// self-assessment clears the moderation: the commissioner agreed with the old one, not this.
/// </summary>
public sealed class DutyAssessment : Entity
{
    public const int MaxEvidenceLength = 4000;

    private DutyAssessment() { DutyId = Evidence = AssessedBy = string.Empty; }

    internal DutyAssessment(Guid id, string dutyId) : base(id)
    {
        DutyId = dutyId;
        Evidence = AssessedBy = string.Empty;
    }

    public string DutyId { get; private set; }

    public ComplianceRating? Rating { get; private set; }

    public string Evidence { get; private set; }

    public string AssessedBy { get; private set; }

    public DateOnly? AssessedOn { get; private set; }

    public ModerationOutcome? Moderation { get; private set; }

    public string? ModerationComment { get; private set; }

    public string? ModeratedBy { get; private set; }

    public DateOnly? ModeratedOn { get; private set; }

    public bool IsSelfAssessed => Rating is not null;

    public bool IsModerated => Moderation is not null;

    internal static Result ValidateSelfAssessment(ComplianceRating rating, string? evidence)
    {
        if (!Enum.IsDefined(rating))
        {
            return DomainError.Validation($"Unknown rating {rating}.", "rating");
        }
        // A claim of compliance, or that a duty does not apply, is only as good as what backs it.
        if (rating != ComplianceRating.NotMet && string.IsNullOrWhiteSpace(evidence))
        {
            return DomainError.Validation($"Evidence is required for a rating of {rating}.", "evidence");
        }
        return Text.MaxLength(evidence, "evidence", MaxEvidenceLength);
    }

    internal void SelfAssess(ComplianceRating rating, string? evidence, Actor actor, DateOnly today)
    {
        Rating = rating;
        Evidence = evidence?.Trim() ?? string.Empty;
        AssessedBy = actor.UserId;
        AssessedOn = today;
        Moderation = null;
        ModerationComment = ModeratedBy = null;
        ModeratedOn = null;
    }

    internal static Result ValidateModeration(ModerationOutcome outcome, string? comment)
    {
        if (!Enum.IsDefined(outcome))
        {
            return DomainError.Validation($"Unknown moderation outcome {outcome}.", "outcome");
        }
        if (outcome == ModerationOutcome.Challenge && string.IsNullOrWhiteSpace(comment))
        {
            return DomainError.Validation("A challenge must say what is challenged.", "comment");
        }
        return Text.MaxLength(comment, "comment", MaxEvidenceLength);
    }

    internal void Moderate(ModerationOutcome outcome, string? comment, Actor actor, DateOnly today)
    {
        Moderation = outcome;
        ModerationComment = Text.Clean(comment);
        ModeratedBy = actor.UserId;
        ModeratedOn = today;
    }
}
