namespace Commissioning.Domain.Indicators;

/// <summary>
/// Rates a value against a target. Boundaries are inclusive: exactly on target is GREEN and
/// exactly target ∓ tolerance is AMBER. A yes/no indicator has no middle ground, so it is
/// GREEN or RED.
/// </summary>
public static class RagCalculator
{
    public static Rag Rate(IndicatorUnit unit, IndicatorDirection direction, decimal target, decimal amberTolerance, decimal? value)
    {
        if (value is not { } v)
        {
            return Rag.Grey;
        }
        var tolerance = unit == IndicatorUnit.Boolean ? 0m : Math.Abs(amberTolerance);
        // Distance short of the target in the bad direction; zero or less meets it.
        var shortfall = direction == IndicatorDirection.HigherIsBetter ? target - v : v - target;
        if (shortfall <= 0)
        {
            return Rag.Green;
        }
        return shortfall <= tolerance ? Rag.Amber : Rag.Red;
    }

    public static Rag Rate(Indicator indicator, decimal? value) =>
        Rate(indicator.Unit, indicator.Direction, indicator.Target, indicator.AmberTolerance, value);
}
