using Commissioning.Domain.Reviews;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// REVIEW_TIMESCALE_BREACHED: a review is not complete after its target completion date (for
/// an SCR four months from the decision unless extended, SM14 14.4.33; an agreed extension
/// moves the target). Arises the day after the target; a review completed after the as-of
/// date counts as not complete on it. Its provider is the provider under review, if any.
/// </summary>
public sealed class ReviewTimescaleBreachedDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.ReviewTimescaleBreached;

    // Reads reviews, which belong to no provider's records.
    public bool ReadsAcrossProviders => true;

    public IEnumerable<DetectedException> Detect(ExceptionContext context) =>
        from review in context.Snapshot.Reviews
        where review.TargetCompletionDate is not null && !(review.CompletedOn is { } done && done <= context.AsOf)
        let target = review.TargetCompletionDate!.Value
        select DetectedException.Arising(
            review.SubjectProviderId,
            ExceptionSubjects.Review,
            review.Id,
            $"The {Name(review.Kind)} on case {review.CaseReference}"
                + (review.SubjectProviderId is { } provider ? $" ({context.ProviderName(provider)})" : "")
                + $", decided on {ExceptionContext.Format(review.DecisionDate)}, was due to be completed by {ExceptionContext.Format(target)}"
                + (review.Extensions.Count > 0 ? $" after {review.Extensions.Count} agreed extension(s)" : "")
                + " and is not complete.",
            target.AddDays(1));

    private static string Name(ReviewKind kind) => kind switch
    {
        ReviewKind.SeriousCaseReview => "Serious Case Review",
        ReviewKind.SeriousCaseAudit => "Serious Case Audit",
        ReviewKind.ProviderImr => "provider IMR",
        ReviewKind.CcgPrimaryCareImr => "CCG primary care IMR",
        ReviewKind.HealthOverviewReport => "Health Overview Report",
        _ => "SCR overview report",
    };
}
