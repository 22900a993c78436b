using Commissioning.Domain.Common;

namespace Commissioning.Domain.Reviews;

/// <summary>Appointing authors: the DOR 4.10 conflict rule and SM14 14.4.40 independence.</summary>
public sealed partial class Review
{
    /// <summary>
    /// Appoints an author; the role follows from the review's kind. Refused when the same person
    /// holds the conflicting role (IMR author vs HOR author) on any review of the same case
    /// (DOR 4.10), in either direction. <paramref name="reviewsOnCase"/> are the other reviews
    /// with this case reference; any review of another case among them is ignored.
    /// </summary>
    public Result<ReviewAuthor> AppointAuthor(
        Actor actor,
        string personKey,
        string name,
        bool independenceDeclared,
        IEnumerable<Review> reviewsOnCase,
        IClock clock)
    {
        // The Director appoints the CCG's own authors (DOR 4.10); other authors are appointed by
        // their own agency or the LSCB, and the commissioner only records them.
        var allowed = IsCcgAuthored
            ? actor.Require("appoint the CCG's IMR or HOR author", Role.Director)
            : RequireKeeper(actor, "record a review author");
        if (allowed.IsFailure)
        {
            return allowed.Error;
        }
        if (IsComplete)
        {
            return Completed();
        }
        if (AuthorRole is not { } role)
        {
            return new DomainError(ReviewErrorCodes.NoAuthorRole, $"A {Kind.ToCode()} has no author of its own; appoint authors to its IMRs, HOR or overview report.");
        }
        var invalid = Inputs.FirstOf(
            Inputs.RequiredText(personKey, "personKey", 200),
            Inputs.RequiredText(name, "name", 200));
        if (invalid is not null)
        {
            return invalid;
        }
        if (!independenceDeclared)
        {
            return new DomainError(
                ReviewErrorCodes.AuthorNotIndependent,
                "An author must not have been directly concerned with the child or family, nor be the immediate line manager of the practitioners involved (SM14 14.4.40).",
                "independenceDeclared");
        }
        var key = ReviewAuthor.NormaliseKey(personKey);
        if (_authors.Exists(a => a.PersonKey == key))
        {
            return new DomainError(ErrorCodes.Duplicate, $"{name.Trim()} is already an author of this review.", "personKey");
        }
        if (FindConflict(key, role, reviewsOnCase) is { } conflict)
        {
            return new DomainError(
                ErrorCodes.AuthorConflict,
                $"{conflict.Author.Name} is already the {conflict.Author.Role.ToCode()} on case {CaseReference}; the same professional cannot write an IMR of a commissioned provider and the HOR (DOR 4.10).",
                "personKey");
        }
        var author = new ReviewAuthor(
            key,
            name.Trim(),
            role,
            role == Reviews.AuthorRole.ImrAuthor ? SubjectProviderId : null,
            independenceDeclared,
            clock.Now,
            actor.UserId);
        _authors.Add(author);
        Touch();
        return author;
    }

    public Result RemoveAuthor(Actor actor, string personKey)
    {
        var allowed = IsCcgAuthored
            ? actor.Require("remove the CCG's IMR or HOR author", Role.Director)
            : RequireKeeper(actor, "remove a review author");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (IsComplete)
        {
            return Completed();
        }
        var index = _authors.FindIndex(a => a.IsSamePerson(personKey));
        if (index < 0)
        {
            return DomainError.NotFound("Author", personKey);
        }
        _authors.RemoveAt(index);
        Touch();
        return Result.Success();
    }

    private (Review Review, ReviewAuthor Author)? FindConflict(string key, AuthorRole role, IEnumerable<Review> reviewsOnCase)
    {
        if (AuthorConflicts.ConflictingRole(role) is not { } forbidden)
        {
            return null;
        }
        foreach (var review in reviewsOnCase.Where(r => r.Id != Id && r.CaseReference == CaseReference))
        {
            if (review._authors.Find(a => a.Role == forbidden && a.IsSamePerson(key)) is { } author)
            {
                return (review, author);
            }
        }
        return null;
    }
}
