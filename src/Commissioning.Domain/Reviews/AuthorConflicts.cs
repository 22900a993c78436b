namespace Commissioning.Domain.Reviews;

/// <summary>
/// Finds DOR 4.10 conflicts across reviews. Appointments made through
/// <see cref="Review.AppointAuthor"/> cannot create one, but imported data can, and the
/// exception engine reports those as AUTHOR_CONFLICT.
/// </summary>
public static class AuthorConflicts
{
    public static IReadOnlyList<AuthorConflict> Find(IEnumerable<Review> reviews)
    {
        var conflicts = new List<AuthorConflict>();
        foreach (var onCase in reviews.GroupBy(r => Review.NormaliseCaseReference(r.CaseReference), StringComparer.Ordinal))
        {
            var appointments = onCase
                .SelectMany(r => r.Authors.Select(a => (Review: r, Author: a)))
                .ToList();
            foreach (var imr in appointments.Where(x => x.Author.Role == AuthorRole.ImrAuthor))
            {
                foreach (var hor in appointments.Where(x => x.Author.Role == AuthorRole.HorAuthor && x.Author.IsSamePerson(imr.Author.PersonKey)))
                {
                    conflicts.Add(new AuthorConflict(onCase.Key, imr.Author.PersonKey, imr.Author.Name, imr.Review.Id, hor.Review.Id));
                }
            }
        }
        return conflicts;
    }

    /// <summary>The role that may not be held by the same person on the same case as <paramref name="role"/>.</summary>
    public static AuthorRole? ConflictingRole(AuthorRole role) => role switch
    {
        AuthorRole.ImrAuthor => AuthorRole.HorAuthor,
        AuthorRole.HorAuthor => AuthorRole.ImrAuthor,
        _ => null,
    };
}
