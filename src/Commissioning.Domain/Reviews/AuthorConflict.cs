namespace Commissioning.Domain.Reviews;

/// <summary>
/// One person who is both an IMR author of a commissioned provider and the HOR author on the
/// same case, which DOR 4.10 forbids ("It will not be appropriate for the same safeguarding
/// professional to undertake an IMR of a commissioned provider or contractor and the HOR").
/// </summary>
public sealed record AuthorConflict(string CaseReference, string PersonKey, string PersonName, Guid ImrReviewId, Guid HorReviewId);
