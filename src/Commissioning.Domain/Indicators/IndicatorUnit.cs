namespace Commissioning.Domain.Indicators;

/// <summary>What an indicator's value measures.</summary>
public enum IndicatorUnit
{
    /// <summary>0 to 100.</summary>
    Percent,

    /// <summary>A whole number, 0 or more.</summary>
    Count,

    /// <summary>1 for yes, 0 for no.</summary>
    Boolean,
}

/// <summary>Which way is good.</summary>
public enum IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>
/// The rating of one indicator value: GREEN meets the target, AMBER is within the tolerance,
/// RED is beyond it, GREY means no value was returned (DOMAIN.md part 1).
/// </summary>
public enum Rag
{
    Green,
    Amber,
    Red,
    Grey,
}
