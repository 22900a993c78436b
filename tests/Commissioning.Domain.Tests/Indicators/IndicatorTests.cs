using Commissioning.Domain.Common;
using Commissioning.Domain.Indicators;

namespace Commissioning.Domain.Tests.Indicators;

public class IndicatorTests
{
    [Fact]
    public void The_default_catalogue_cites_its_sources_and_takes_targets_from_configuration()
    {
        var options = new CommissioningOptions();
        options.IndicatorTargets[IndicatorCatalogue.TrainingLevel1] = 80m;

        Assert.Equal(10, IndicatorCatalogue.Default.Count);
        Assert.All(IndicatorCatalogue.Default, d => Assert.NotEmpty(d.Citation));
        var level1 = Indicator.FromCatalogue(Guid.NewGuid(), IndicatorCatalogue.Find(IndicatorCatalogue.TrainingLevel1)!, options).Value;
        Assert.Equal(80m, level1.Target);
        Assert.Equal(options.AmberTolerance, level1.AmberTolerance);
        Assert.Equal("DOR 10", level1.Citation);
    }

    [Theory]
    [InlineData(IndicatorUnit.Percent, 101, 5, "target")]
    [InlineData(IndicatorUnit.Percent, -1, 5, "target")]
    [InlineData(IndicatorUnit.Count, 2.5, 1, "target")]
    [InlineData(IndicatorUnit.Boolean, 2, 0, "target")]
    [InlineData(IndicatorUnit.Percent, 90, -1, "amberTolerance")]
    public void Targets_must_fit_the_unit(IndicatorUnit unit, double target, double tolerance, string field)
    {
        var result = Indicator.Create(Guid.NewGuid(), "LOCAL_1", "Local", unit, IndicatorDirection.HigherIsBetter, (decimal)target, (decimal)tolerance);

        Assert.Equal(field, result.Error!.Field);
    }

    [Fact]
    public void Codes_are_capitals_digits_and_underscores()
    {
        Assert.Equal("code", Indicator.Create(Guid.NewGuid(), "bad code", "X", IndicatorUnit.Count, IndicatorDirection.LowerIsBetter, 0, 0).Error!.Field);
    }

    [Fact]
    public void The_schedule_holds_each_code_once_and_only_the_quality_team_sets_targets()
    {
        var (provider, schedule) = Fixtures.Schedule();
        var options = new CommissioningOptions();
        schedule.AddDefaultIndicators(options, Actors.QualityTeam);
        var duplicate = Indicator.Create(Guid.NewGuid(), IndicatorCatalogue.TrainingLevel1, "Dup", IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, 90, 5).Value;

        Assert.Equal(10, schedule.Indicators.Count);
        Assert.Equal(ErrorCodes.Duplicate, schedule.AddIndicator(duplicate, Actors.QualityTeam).Error!.Code);
        Assert.True(schedule.ChangeIndicatorTarget(IndicatorCatalogue.TrainingLevel1, 90m, 10m, Actors.QualityTeam).IsSuccess);
        Assert.Equal(90m, schedule.FindIndicator(IndicatorCatalogue.TrainingLevel1)!.Target);
        Assert.Equal(ErrorCodes.Forbidden, schedule.ChangeIndicatorTarget(IndicatorCatalogue.TrainingLevel1, 50m, 10m, Actors.StaffOf(provider.Id)).Error!.Code);
        Assert.Equal(ErrorCodes.UnknownIndicator, schedule.RemoveIndicator("NOPE", Actors.QualityTeam).Error!.Code);
    }
}
