using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Exceptions;

public class PublishedExceptionReportTests
{
    private static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("2025/26-Q2");
    private readonly FixedClock _clock = Clock();

    private static ExceptionLine Line(ExceptionCode code = ExceptionCode.OverdueAction, Severity severity = Severity.High, int days = 12) =>
        new(code, severity, ProviderA, "PlanAction", Guid.NewGuid(), "Level 3 training is 12 days overdue.", new DateOnly(2025, 10, 31), days);

    [Fact]
    public void Only_the_director_publishes()
    {
        foreach (var actor in new[] { QualityTeam, Nurse, ChiefExecutive, ProviderStaff, Dashboard })
        {
            Assert.Equal(ErrorCodes.Forbidden, PublishedExceptionReport.Publish(actor, Q2, DorsetLscb, _clock.Today, [Line()], _clock).Error!.Code);
        }
    }

    [Fact]
    public void A_published_report_keeps_who_when_and_its_lines()
    {
        var lines = new[] { Line(), Line(), Line(ExceptionCode.AuthorConflict) };

        var report = PublishedExceptionReport.Publish(Director, Q2, DorsetLscb, _clock.Today, lines, _clock).Value;

        Assert.Equal(Director.UserId, report.PublishedByUserId);
        Assert.Equal(_clock.Now, report.PublishedAt);
        Assert.Equal(lines, report.Lines);
        Assert.Equal(2, report.Counts()[(ExceptionCode.OverdueAction, Severity.High)]);
    }

    [Fact]
    public void A_future_quarter_or_invalid_line_is_refused()
    {
        Assert.Equal(ErrorCodes.QuarterNotOpen, PublishedExceptionReport.Publish(Director, Q2.AddQuarters(2), DorsetLscb, _clock.Today, [], _clock).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, PublishedExceptionReport.Publish(Director, Q2, DorsetLscb, _clock.Today, [Line(days: -1)], _clock).Error!.Code);
        Assert.Equal(ErrorCodes.DateOutOfRange, PublishedExceptionReport.Publish(Director, Q2, DorsetLscb, Q2.Start.AddDays(-1), [], _clock).Error!.Code);
        Assert.True(PublishedExceptionReport.Publish(Director, Q2, DorsetLscb, _clock.Today, [], _clock).IsSuccess);
    }

    [Fact]
    public void Every_code_has_its_table_name_and_a_configured_severity()
    {
        var options = new CommissioningOptions();

        Assert.Equal(14, Enum.GetValues<ExceptionCode>().Length);
        Assert.All(Enum.GetValues<ExceptionCode>(), code => Assert.True(options.ExceptionSeverities.ContainsKey(code.ToCode()), code.ToCode()));
        Assert.Equal("NOT_SUBMITTED_TO_LSCB", ExceptionCode.NotSubmittedToLscb.ToCode());
        options.ExceptionSeverities["AUDIT_OVERDUE"] = Severity.Low;
        Assert.Equal(Severity.Low, ExceptionCode.AuditOverdue.SeverityIn(options));
    }
}
