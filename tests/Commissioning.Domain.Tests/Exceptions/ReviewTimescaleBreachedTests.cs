using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Reviews;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>SM14 14.4.33: an SCR completes within four months of the decision unless an extension is agreed.</summary>
public class ReviewTimescaleBreachedTests
{
    private const ExceptionCode Code = ExceptionCode.ReviewTimescaleBreached;

    private static ExceptionSnapshot With(params Review[] reviews) => new() { Providers = [Poole], Reviews = reviews };

    [Fact]
    public void Arises_the_day_after_the_target_completion_date()
    {
        var scr = OpenReview(ReviewKind.SeriousCaseReview, D(2025, 7, 10));

        Assert.Empty(Run(Code, With(scr), D(2025, 11, 10)));
        var line = Single(Run(Code, With(scr), D(2025, 11, 11)));

        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.Review, scr.Id), (line.SubjectType, line.SubjectId));
        Assert.Null(line.ProviderId);
        Assert.Contains("Serious Case Review on case SCR-2025-07", line.Message);
        Assert.Contains("10 Nov 2025", line.Message);
    }

    [Fact]
    public void A_provider_imr_belongs_to_the_provider_under_review()
    {
        var imr = OpenReview(ReviewKind.ProviderImr, D(2025, 7, 10), target: D(2025, 9, 30));

        var line = Single(Run(Code, With(imr), D(2025, 10, 1)));

        Assert.Equal(Poole.Id, line.ProviderId);
        Assert.Contains("Poole Hospital", line.Message);
    }

    [Fact]
    public void An_agreed_extension_moves_the_day_it_arises()
    {
        var scr = OpenReview(ReviewKind.SeriousCaseReview, D(2025, 7, 10));
        Ok(scr.AgreeExtension(Director, D(2025, 12, 31), "Criminal proceedings", At(2025, 11, 1)));

        Assert.Empty(Run(Code, With(scr), D(2025, 12, 31)));
        Assert.Contains("1 agreed extension", Single(Run(Code, With(scr), D(2026, 1, 1))).Message);
    }

    [Fact]
    public void A_completed_review_is_not_breached()
    {
        var scr = OpenReview(ReviewKind.SeriousCaseReview, D(2025, 7, 10));
        Ok(scr.Complete(Director, D(2025, 12, 1), At(2025, 12, 1)));

        Assert.Single(Run(Code, With(scr), D(2025, 11, 30)));
        Assert.Empty(Run(Code, With(scr), D(2025, 12, 1)));
    }

    [Fact]
    public void A_review_without_a_target_is_never_breached()
    {
        Assert.Empty(Run(Code, With(OpenReview(ReviewKind.ProviderImr, D(2025, 1, 10))), D(2026, 11, 12)));
    }
}
