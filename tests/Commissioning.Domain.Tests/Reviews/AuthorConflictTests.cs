using Commissioning.Domain.Common;
using Commissioning.Domain.Reviews;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Reviews;

/// <summary>DOR 4.10: one professional cannot write a provider's IMR and the HOR on the same case.</summary>
public class AuthorConflictTests
{
    private readonly FixedClock _clock = Clock();

    private Result<ReviewAuthor> Appoint(Review review, string person, params Review[] onCase) =>
        review.AppointAuthor(Director, person, person, true, onCase, _clock);

    [Fact]
    public void An_imr_author_cannot_then_write_the_hor()
    {
        var imr = ReviewTests.Open(_clock, ReviewKind.ProviderImr);
        var hor = ReviewTests.Open(_clock, ReviewKind.HealthOverviewReport);
        Appoint(imr, "dnc@ccg.nhs.uk").AsResult().AssertOk();

        var result = Appoint(hor, " DNC@ccg.nhs.uk", imr);

        Assert.Equal(ErrorCodes.AuthorConflict, result.Error!.Code);
        Assert.Empty(hor.Authors);
    }

    [Fact]
    public void A_hor_author_cannot_then_write_an_imr()
    {
        var imr = ReviewTests.Open(_clock, ReviewKind.CcgPrimaryCareImr);
        var hor = ReviewTests.Open(_clock, ReviewKind.HealthOverviewReport);
        Appoint(hor, "deputy@ccg.nhs.uk").AsResult().AssertOk();

        Assert.Equal(ErrorCodes.AuthorConflict, Appoint(imr, "deputy@ccg.nhs.uk", hor).Error!.Code);
    }

    [Fact]
    public void Different_people_or_different_cases_do_not_conflict()
    {
        var imr = ReviewTests.Open(_clock, ReviewKind.ProviderImr);
        var hor = ReviewTests.Open(_clock, ReviewKind.HealthOverviewReport);
        var otherCaseHor = ReviewTests.Open(_clock, ReviewKind.HealthOverviewReport, caseRef: "SCR-2025-99");
        Appoint(imr, "dnc@ccg.nhs.uk").AsResult().AssertOk();

        Assert.True(Appoint(hor, "deputy@ccg.nhs.uk", imr).IsSuccess);
        Assert.True(Appoint(otherCaseHor, "dnc@ccg.nhs.uk", imr).IsSuccess);
        Assert.Equal(ProviderA, imr.Authors[0].ProviderId);
        Assert.Equal(AuthorRole.ImrAuthor, imr.Authors[0].Role);
    }

    [Fact]
    public void Authors_declare_independence_from_the_case()
    {
        var imr = ReviewTests.Open(_clock, ReviewKind.ProviderImr);

        var result = imr.AppointAuthor(QualityTeam, "lm@trust.nhs.uk", "Line Manager", false, [], _clock);

        Assert.Equal(ReviewErrorCodes.AuthorNotIndependent, result.Error!.Code);
    }

    [Fact]
    public void Only_the_director_appoints_the_ccgs_own_authors()
    {
        var hor = ReviewTests.Open(_clock, ReviewKind.HealthOverviewReport);
        var imr = ReviewTests.Open(_clock, ReviewKind.ProviderImr);

        Assert.Equal(ErrorCodes.Forbidden, hor.AppointAuthor(QualityTeam, "x", "X", true, [], _clock).Error!.Code);
        Assert.True(imr.AppointAuthor(QualityTeam, "x", "X", true, [], _clock).IsSuccess);
        Assert.Equal(ErrorCodes.Duplicate, imr.AppointAuthor(QualityTeam, "X ", "X", true, [], _clock).Error!.Code);
    }

    [Fact]
    public void Reviews_without_an_author_role_refuse_authors()
    {
        var scr = ReviewTests.Open(_clock, ReviewKind.SeriousCaseReview);

        Assert.Equal(ReviewErrorCodes.NoAuthorRole, Appoint(scr, "someone").Error!.Code);
    }

    [Fact]
    public void Removing_an_author_frees_them_for_the_other_role()
    {
        var imr = ReviewTests.Open(_clock, ReviewKind.ProviderImr);
        var hor = ReviewTests.Open(_clock, ReviewKind.HealthOverviewReport);
        Appoint(imr, "dnc").AsResult().AssertOk();

        imr.RemoveAuthor(Director, "DNC").AssertOk();

        Assert.True(Appoint(hor, "dnc", imr).IsSuccess);
        Assert.Equal(ErrorCodes.NotFound, imr.RemoveAuthor(Director, "dnc").Error!.Code);
    }

    [Fact]
    public void Conflicts_in_imported_data_are_found_per_case()
    {
        // Appointed without seeing each other, as imported data would be.
        var imr = ReviewTests.Open(_clock, ReviewKind.ProviderImr);
        var hor = ReviewTests.Open(_clock, ReviewKind.HealthOverviewReport);
        var otherCase = ReviewTests.Open(_clock, ReviewKind.HealthOverviewReport, caseRef: "other");
        Appoint(imr, "dnc").AsResult().AssertOk();
        Appoint(hor, "DNC").AsResult().AssertOk();
        Appoint(otherCase, "dnc").AsResult().AssertOk();

        var conflicts = AuthorConflicts.Find([imr, hor, otherCase]);

        Assert.Equal([new AuthorConflict("SCR-2025-07", "DNC", "dnc", imr.Id, hor.Id)], conflicts);
        Assert.Empty(AuthorConflicts.Find([imr, otherCase]));
    }
}
