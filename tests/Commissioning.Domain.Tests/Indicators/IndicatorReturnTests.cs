using Commissioning.Domain.Common;
using Commissioning.Domain.Indicators;

namespace Commissioning.Domain.Tests.Indicators;

public class IndicatorReturnTests
{
    private static readonly FinancialQuarter Q3 = FinancialQuarter.Parse("2025/26-Q3");
    private readonly FixedClock _clock = new(2026, 1, 10);

    private (Domain.Schedules.Section11Schedule Schedule, Actor Staff, IndicatorReturn Return) Started()
    {
        var (provider, schedule) = Fixtures.Schedule();
        schedule.AddDefaultIndicators(new CommissioningOptions(), Actors.QualityTeam);
        var staff = Actors.StaffOf(provider.Id);
        var ret = IndicatorReturn.Start(Guid.NewGuid(), schedule, Q3, false, staff, _clock).Value;
        return (schedule, staff, ret);
    }

    [Fact]
    public void Values_are_rated_against_the_schedule_and_missing_ones_are_grey()
    {
        var (schedule, staff, ret) = Started();

        ret.RecordValue(schedule, IndicatorCatalogue.TrainingLevel1, 96m, null, staff);
        ret.RecordValue(schedule, IndicatorCatalogue.TrainingLevel2, 91m, null, staff);
        ret.RecordValue(schedule, IndicatorCatalogue.EnhancedCriminalRecordChecks, 90m, "Two agency staff pending", staff);
        var rag = ret.Rate(schedule.Indicators);

        Assert.Equal(Rag.Green, rag[IndicatorCatalogue.TrainingLevel1]);
        Assert.Equal(Rag.Amber, rag[IndicatorCatalogue.TrainingLevel2]);
        Assert.Equal(Rag.Red, rag[IndicatorCatalogue.EnhancedCriminalRecordChecks]);
        Assert.Equal(Rag.Grey, rag[IndicatorCatalogue.SafeguardingPolicyInDate]);
    }

    [Fact]
    public void A_submitted_value_keeps_its_rag_when_the_target_later_changes()
    {
        var (schedule, staff, ret) = Started();
        ret.RecordValue(schedule, IndicatorCatalogue.TrainingLevel1, 96m, null, staff);
        ret.Submit(staff, _clock);

        schedule.ChangeIndicatorTarget(IndicatorCatalogue.TrainingLevel1, 99m, 1m, Actors.QualityTeam);

        Assert.Equal(Rag.Green, ret.Values.Single().Rag);
    }

    [Fact]
    public void Submission_records_when_and_who_then_locks_the_return()
    {
        var (schedule, staff, ret) = Started();
        ret.RecordValue(schedule, IndicatorCatalogue.TrainingLevel1, 96m, null, staff);

        Assert.True(ret.Submit(staff, _clock).IsSuccess);
        Assert.Equal(new DateOnly(2026, 1, 10), ret.SubmittedOn);
        Assert.Equal(staff.UserId, ret.SubmittedBy);
        Assert.Equal(ErrorCodes.ReturnAlreadySubmitted, ret.RecordValue(schedule, IndicatorCatalogue.TrainingLevel2, 50m, null, staff).Error!.Code);
        Assert.Equal(ErrorCodes.ReturnAlreadySubmitted, ret.Submit(staff, _clock).Error!.Code);
    }

    [Fact]
    public void An_empty_return_cannot_be_submitted()
    {
        var (_, staff, ret) = Started();

        Assert.Equal("values", ret.Submit(staff, _clock).Error!.Field);
    }

    [Fact]
    public void Values_must_fit_the_unit_and_belong_to_the_schedule()
    {
        var (schedule, staff, ret) = Started();

        Assert.Equal(ErrorCodes.ValidationFailed, ret.RecordValue(schedule, IndicatorCatalogue.TrainingLevel1, 120m, null, staff).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, ret.RecordValue(schedule, IndicatorCatalogue.SafeguardingPolicyInDate, 0.5m, null, staff).Error!.Code);
        Assert.Equal(ErrorCodes.UnknownIndicator, ret.RecordValue(schedule, "NOT_THERE", 1m, null, staff).Error!.Code);
        Assert.Empty(ret.Values);
    }

    [Fact]
    public void Only_the_provider_makes_its_return()
    {
        var (schedule, _, ret) = Started();

        Assert.Equal(ErrorCodes.Forbidden, ret.RecordValue(schedule, IndicatorCatalogue.TrainingLevel1, 90m, null, Actors.QualityTeam).Error!.Code);
        Assert.Equal(ErrorCodes.Forbidden, IndicatorReturn.Start(Guid.NewGuid(), schedule, Q3, false, Actors.StaffOf(Guid.NewGuid()), _clock).Error!.Code);
    }

    [Fact]
    public void A_future_quarter_cannot_be_returned_and_each_quarter_only_once()
    {
        var (schedule, staff, _) = Started();

        Assert.Equal(ErrorCodes.QuarterNotOpen, IndicatorReturn.Start(Guid.NewGuid(), schedule, Q3.Next().Next(), false, staff, _clock).Error!.Code);
        Assert.True(IndicatorReturn.Start(Guid.NewGuid(), schedule, Q3.Next(), false, staff, _clock).IsSuccess);
        Assert.Equal(ErrorCodes.Duplicate, IndicatorReturn.Start(Guid.NewGuid(), schedule, Q3, true, staff, _clock).Error!.Code);
    }

    [Fact]
    public void Is_due_the_configured_days_after_the_quarter()
    {
        var (_, _, ret) = Started();

        Assert.Equal(new DateOnly(2026, 1, 15), ret.DueDate(new CommissioningOptions()));
        Assert.Equal(new DateOnly(2026, 1, 31), ret.DueDate(new CommissioningOptions { IndicatorReturnDueDaysAfterQuarterEnd = 31 }));
    }
}
