using Commissioning.Domain.Indicators;
using FsCheck.Xunit;

namespace Commissioning.Domain.Tests.Indicators;

public class RagCalculatorTests
{
    [Theory]
    [InlineData(95, Rag.Green)]
    [InlineData(100, Rag.Green)]
    [InlineData(94.99, Rag.Amber)]
    [InlineData(90, Rag.Amber)]
    [InlineData(89.99, Rag.Red)]
    [InlineData(0, Rag.Red)]
    public void Higher_is_better_percent_boundaries(double value, Rag expected) =>
        Assert.Equal(expected, RagCalculator.Rate(IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, 95m, 5m, (decimal)value));

    [Theory]
    [InlineData(3, Rag.Green)]
    [InlineData(0, Rag.Green)]
    [InlineData(4, Rag.Amber)]
    [InlineData(5, Rag.Amber)]
    [InlineData(6, Rag.Red)]
    public void Lower_is_better_count_boundaries(int value, Rag expected) =>
        Assert.Equal(expected, RagCalculator.Rate(IndicatorUnit.Count, IndicatorDirection.LowerIsBetter, 3m, 2m, value));

    [Theory]
    [InlineData(IndicatorDirection.HigherIsBetter, 1, 1, Rag.Green)]
    [InlineData(IndicatorDirection.HigherIsBetter, 1, 0, Rag.Red)]
    [InlineData(IndicatorDirection.LowerIsBetter, 0, 0, Rag.Green)]
    [InlineData(IndicatorDirection.LowerIsBetter, 0, 1, Rag.Red)]
    public void Yes_no_has_no_amber_even_with_a_tolerance(IndicatorDirection direction, int target, int value, Rag expected) =>
        Assert.Equal(expected, RagCalculator.Rate(IndicatorUnit.Boolean, direction, target, 5m, value));

    [Fact]
    public void A_missing_value_is_grey() =>
        Assert.Equal(Rag.Grey, RagCalculator.Rate(IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, 95m, 5m, null));

    [Property]
    public bool Meeting_the_target_is_green_in_either_direction(int target, byte tolerance, byte beyond) =>
        RagCalculator.Rate(IndicatorUnit.Count, IndicatorDirection.HigherIsBetter, target, tolerance, (decimal)target + beyond) == Rag.Green
        && RagCalculator.Rate(IndicatorUnit.Count, IndicatorDirection.LowerIsBetter, target, tolerance, (decimal)target - beyond) == Rag.Green;

    [Property]
    public bool Within_tolerance_is_amber_and_beyond_is_red(int target, byte tolerance, byte shortBy)
    {
        var expected = shortBy == 0 ? Rag.Green : shortBy <= tolerance ? Rag.Amber : Rag.Red;
        return RagCalculator.Rate(IndicatorUnit.Count, IndicatorDirection.HigherIsBetter, target, tolerance, (decimal)target - shortBy) == expected
            && RagCalculator.Rate(IndicatorUnit.Count, IndicatorDirection.LowerIsBetter, target, tolerance, (decimal)target + shortBy) == expected;
    }

    [Property]
    public bool Rating_never_improves_as_the_value_worsens(int target, byte tolerance, int a, int b)
    {
        var (better, worse) = a >= b ? (a, b) : (b, a);
        var rateBetter = RagCalculator.Rate(IndicatorUnit.Count, IndicatorDirection.HigherIsBetter, target, tolerance, better);
        var rateWorse = RagCalculator.Rate(IndicatorUnit.Count, IndicatorDirection.HigherIsBetter, target, tolerance, worse);
        return rateBetter <= rateWorse;
    }
}
