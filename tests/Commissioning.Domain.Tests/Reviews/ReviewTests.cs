using Commissioning.Domain.Common;
using Commissioning.Domain.Reviews;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Reviews;

public class ReviewTests
{
    private readonly FixedClock _clock = Clock();
    private static readonly DateOnly Decided = new(2025, 9, 10);

    internal static Review Open(IClock clock, ReviewKind kind, string caseRef = "scr-2025-07", DateOnly? target = null, CommissioningOptions? options = null) =>
        Review.Open(Director, kind, caseRef, DorsetLscb, null, kind == ReviewKind.ProviderImr ? ProviderA : null, Decided, target, options ?? new CommissioningOptions(), clock).Value;

    [Fact]
    public void An_scr_is_due_the_configured_months_after_the_decision()
    {
        Assert.Equal(new DateOnly(2026, 1, 10), Open(_clock, ReviewKind.SeriousCaseReview).TargetCompletionDate);
        Assert.Equal(new DateOnly(2025, 12, 10), Open(_clock, ReviewKind.SeriousCaseReview, options: new CommissioningOptions { ScrCompletionMonths = 3 }).TargetCompletionDate);
        Assert.Null(Open(_clock, ReviewKind.ProviderImr).TargetCompletionDate);
    }

    [Fact]
    public void Opening_checks_role_dates_and_lscbs()
    {
        Result<Review> Try(Actor actor, Guid? second = null, DateOnly? decided = null, DateOnly? target = null, Guid? provider = null, ReviewKind kind = ReviewKind.SeriousCaseReview) =>
            Review.Open(actor, kind, "C1", DorsetLscb, second, provider, decided ?? Decided, target, new CommissioningOptions(), _clock);

        Assert.True(Try(QualityTeam, second: HostLscb).Value.IsOutOfCounty);
        Assert.Equal(ErrorCodes.Forbidden, Try(ProviderStaff).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, Try(Director, second: DorsetLscb).Error!.Code);
        Assert.Equal(ErrorCodes.DateInFuture, Try(Director, decided: _clock.Today.AddDays(1)).Error!.Code);
        Assert.Equal(ErrorCodes.DateOutOfRange, Try(Director, target: Decided.AddDays(-1)).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, Try(Director, kind: ReviewKind.ProviderImr).Error!.Code);
    }

    [Fact]
    public void Case_references_match_regardless_of_case_and_spacing()
    {
        var review = Open(_clock, ReviewKind.HealthOverviewReport, " scr-2025-07 ");

        Assert.Equal("SCR-2025-07", review.CaseReference);
        Assert.True(review.IsOnCase("Scr-2025-07"));
    }

    [Fact]
    public void An_extension_moves_the_target_later_with_a_reason()
    {
        var scr = Open(_clock, ReviewKind.SeriousCaseReview);

        Assert.Equal(ErrorCodes.DateOutOfRange, scr.AgreeExtension(Director, new DateOnly(2026, 1, 10), "same day", _clock).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, scr.AgreeExtension(Director, new DateOnly(2026, 3, 10), " ", _clock).Error!.Code);
        scr.AgreeExtension(Director, new DateOnly(2026, 3, 10), "Criminal proceedings; agreed with CSCI", _clock).AssertOk();

        Assert.Equal(new DateOnly(2026, 3, 10), scr.TargetCompletionDate);
        Assert.Equal(new DateOnly(2026, 1, 10), scr.Extensions[0].From);
    }

    [Fact]
    public void The_timescale_is_breached_after_the_target_until_completion()
    {
        var scr = Open(_clock, ReviewKind.SeriousCaseReview);

        Assert.False(scr.IsTimescaleBreachedOn(new DateOnly(2026, 1, 10)));
        Assert.True(scr.IsTimescaleBreachedOn(new DateOnly(2026, 1, 11)));

        scr.Complete(Director, _clock.Today, _clock).AssertOk();
        Assert.False(scr.IsTimescaleBreachedOn(new DateOnly(2026, 1, 11)));
        Assert.Equal(ReviewErrorCodes.ReviewCompleted, scr.Complete(Director, _clock.Today, _clock).Error!.Code);
        Assert.Equal(ReviewErrorCodes.ReviewCompleted, scr.AgreeExtension(Director, new DateOnly(2026, 6, 1), "late", _clock).Error!.Code);
    }

    [Fact]
    public void Completion_date_is_between_the_decision_and_today()
    {
        var scr = Open(_clock, ReviewKind.SeriousCaseReview);

        Assert.Equal(ErrorCodes.DateInFuture, scr.Complete(Director, _clock.Today.AddDays(1), _clock).Error!.Code);
        Assert.Equal(ErrorCodes.DateOutOfRange, scr.Complete(Director, Decided.AddDays(-1), _clock).Error!.Code);
        Assert.Equal(ErrorCodes.Forbidden, scr.Complete(ProviderStaff, _clock.Today, _clock).Error!.Code);
    }

    [Fact]
    public void Ofsted_and_cqc_evaluate_what_they_may_once_each()
    {
        var imr = Open(_clock, ReviewKind.ProviderImr);
        var audit = Open(_clock, ReviewKind.SeriousCaseAudit);
        var scr = Open(_clock, ReviewKind.SeriousCaseReview);

        imr.RecordEvaluation(QualityTeam, Evaluator.CareQualityCommission, QualityGrade.Good, _clock.Today, "Thorough chronology", _clock).AssertOk();
        imr.RecordEvaluation(QualityTeam, Evaluator.Ofsted, QualityGrade.Adequate, _clock.Today, "Analysis thin", _clock).AssertOk();

        Assert.Equal(ErrorCodes.Duplicate, imr.RecordEvaluation(QualityTeam, Evaluator.Ofsted, QualityGrade.Good, _clock.Today, "again", _clock).Error!.Code);
        Assert.Equal(ReviewErrorCodes.EvaluationNotApplicable, audit.RecordEvaluation(QualityTeam, Evaluator.Ofsted, QualityGrade.Good, _clock.Today, "x", _clock).Error!.Code);
        Assert.Equal(ReviewErrorCodes.EvaluationNotApplicable, scr.RecordEvaluation(QualityTeam, Evaluator.CareQualityCommission, QualityGrade.Good, _clock.Today, "x", _clock).Error!.Code);
        Assert.Equal(ErrorCodes.DateInFuture, scr.RecordEvaluation(QualityTeam, Evaluator.Ofsted, QualityGrade.Good, _clock.Today.AddDays(1), "x", _clock).Error!.Code);
        Assert.Equal([QualityGrade.Good, QualityGrade.Adequate], imr.Evaluations.Select(e => e.Grade));
    }
}
