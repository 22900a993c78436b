using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Reviews;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// The review exceptions (SM14 14.4.33, DOR 4.10) each clear once the commissioner does what was missing,
/// through the mutations they would use; nothing else in the report changes.
/// </summary>
public sealed class ReviewExceptionFixTests
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_breached_review_timescale_clears_when_an_extension_is_agreed()
    {
        Review review = null!;
        using var world = new ExceptionFixWorld(r => review = r.SeriousCaseReview());
        var reviewId = NodeId.Encode("Review", review.Id);

        await world.ClearedByAsync("REVIEW_TIMESCALE_BREACHED", reviewId, async _ =>
            await world.SucceedAsync("agreeReviewExtension", new
            {
                reviewId, expectedVersion = await world.VersionAsync(reviewId), newTarget = Day(PastRecords.Today.AddDays(60)),
                reason = "Criminal proceedings delayed interviews with the family (SM14 14.4.33).",
            }, PastRecords.QualityTeam));
    }

    [Fact]
    public async Task A_breached_review_timescale_clears_when_the_review_is_completed()
    {
        Review review = null!;
        using var world = new ExceptionFixWorld(r => review = r.SeriousCaseReview());
        var reviewId = NodeId.Encode("Review", review.Id);

        await world.ClearedByAsync("REVIEW_TIMESCALE_BREACHED", reviewId, async _ =>
            await world.SucceedAsync("completeReview",
                new { reviewId, expectedVersion = await world.VersionAsync(reviewId), completedOn = Day(PastRecords.Today) }, PastRecords.Nurse));
    }

    [Fact]
    public async Task An_imported_author_conflict_clears_when_the_Director_replaces_the_HOR_author()
    {
        Review imr = null!, hor = null!;
        using var world = new ExceptionFixWorld(r => (imr, hor) = r.ConflictingAuthors("NMC-4471", "Robin Writer"));
        var imrId = NodeId.Encode("Review", imr.Id);
        var horId = NodeId.Encode("Review", hor.Id);

        await world.ClearedByAsync("AUTHOR_CONFLICT", imrId, async lines =>
        {
            Assert.Contains("Robin Writer is both the IMR author", lines[0].Sentence);
            await world.SucceedAsync("removeReviewAuthor",
                new { reviewId = horId, expectedVersion = await world.VersionAsync(horId), personKey = "NMC-4471" }, PastRecords.Director);
            await world.SucceedAsync("appointReviewAuthors", new
            {
                reviewId = horId, expectedVersion = await world.VersionAsync(horId),
                authors = new[] { new { personKey = "NMC-9020", name = "Sam Other", independenceDeclared = true } },
            }, PastRecords.Director);
        });
    }
}
