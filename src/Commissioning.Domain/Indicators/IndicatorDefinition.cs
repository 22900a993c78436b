namespace Commissioning.Domain.Indicators;

/// <summary>A catalogue entry: what an indicator measures and where the seeds ask for it. Targets are local.</summary>
public sealed record IndicatorDefinition(
    string Code, string Name, IndicatorUnit Unit, IndicatorDirection Direction, string Citation);
