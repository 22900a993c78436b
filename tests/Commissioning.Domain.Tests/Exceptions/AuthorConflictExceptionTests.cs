using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Reviews;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>DOR 4.10: the same professional cannot write a provider's IMR and the HOR on one case.</summary>
public class AuthorConflictExceptionTests
{
    private const ExceptionCode Code = ExceptionCode.AuthorConflict;

    private static ExceptionSnapshot With(params Review[] reviews) => new() { Providers = [Poole], Reviews = reviews };

    [Fact]
    public void Arises_the_day_of_the_later_appointment()
    {
        // Appointed without seeing each other, as imported data would be.
        var imr = OpenReview(ReviewKind.ProviderImr, D(2025, 7, 10));
        var hor = OpenReview(ReviewKind.HealthOverviewReport, D(2025, 7, 10));
        Appoint(imr, "dana.nurse@ccg.nhs.uk", D(2025, 7, 20));
        Appoint(hor, "Dana.Nurse@ccg.nhs.uk", D(2025, 8, 4));

        Assert.Empty(Run(Code, With(imr, hor), D(2025, 8, 3)));
        var line = Single(Run(Code, With(imr, hor), D(2025, 8, 4)));

        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.Review, imr.Id), (line.SubjectType, line.SubjectId));
        Assert.Equal(Poole.Id, line.ProviderId);
        Assert.Contains("IMR author of Poole Hospital", line.Message);
        Assert.Contains("SCR-2025-07", line.Message);
    }

    [Fact]
    public void Different_people_or_different_cases_do_not_conflict()
    {
        var imr = OpenReview(ReviewKind.ProviderImr, D(2025, 7, 10));
        var hor = OpenReview(ReviewKind.HealthOverviewReport, D(2025, 7, 10));
        var otherCase = OpenReview(ReviewKind.HealthOverviewReport, D(2025, 7, 10), caseRef: "SCR-2025-09");
        Appoint(imr, "dana.nurse@ccg.nhs.uk", D(2025, 7, 20));
        Appoint(hor, "deputy@ccg.nhs.uk", D(2025, 7, 20));
        Appoint(otherCase, "dana.nurse@ccg.nhs.uk", D(2025, 7, 20));

        Assert.Empty(Run(Code, With(imr, hor, otherCase), D(2025, 11, 12)));
    }
}
