using Commissioning.Domain.Reviews;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// AUTHOR_CONFLICT: one person is both an IMR author of a commissioned provider and the HOR
/// author on the same case, which DOR 4.10 forbids; appointments refuse it, so it comes from
/// imported data (<see cref="AuthorConflicts.Find"/>). Arises the day the later of the two
/// appointments was made. It is about the IMR, so it belongs to that IMR's provider.
/// </summary>
public sealed class AuthorConflictDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.AuthorConflict;

    // Compares reviews, which belong to no provider or to several.
    public bool ReadsAcrossProviders => true;

    public IEnumerable<DetectedException> Detect(ExceptionContext context)
    {
        var reviews = context.Snapshot.Reviews.ToDictionary(r => r.Id);
        foreach (var conflict in AuthorConflicts.Find(context.Snapshot.Reviews))
        {
            var imr = reviews[conflict.ImrReviewId];
            var imrAuthor = AppointmentOf(imr, conflict.PersonKey, AuthorRole.ImrAuthor);
            var horAuthor = AppointmentOf(reviews[conflict.HorReviewId], conflict.PersonKey, AuthorRole.HorAuthor);
            var later = imrAuthor.AppointedAt > horAuthor.AppointedAt ? imrAuthor.AppointedAt : horAuthor.AppointedAt;
            var providerId = imrAuthor.ProviderId ?? imr.SubjectProviderId;
            var ofProvider = providerId is { } id ? $" of {context.ProviderName(id)}" : "";
            yield return DetectedException.Arising(
                providerId,
                ExceptionSubjects.Review,
                imr.Id,
                $"{conflict.PersonName} is both the IMR author{ofProvider} and the Health Overview Report author on case {conflict.CaseReference}; "
                    + "DOR 4.10 requires different people.",
                ExceptionContext.DayOf(later));
        }
    }

    private static ReviewAuthor AppointmentOf(Review review, string personKey, AuthorRole role) =>
        review.Authors.First(a => a.Role == role && a.IsSamePerson(personKey));
}
