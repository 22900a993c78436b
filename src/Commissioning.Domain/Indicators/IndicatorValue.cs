namespace Commissioning.Domain.Indicators;

/// <summary>
/// One value in a return. The indicator's unit, direction, target and tolerance are copied in
/// when recorded, so a past quarter's RAG does not change when a target is renegotiated.
/// </summary>
public sealed class IndicatorValue
{
    private IndicatorValue() { IndicatorCode = string.Empty; }

    internal IndicatorValue(Indicator indicator, decimal? value, string? comment)
    {
        IndicatorCode = indicator.Code;
        Unit = indicator.Unit;
        Direction = indicator.Direction;
        Target = indicator.Target;
        AmberTolerance = indicator.AmberTolerance;
        Value = value;
        Comment = comment;
    }

    public string IndicatorCode { get; private set; }

    public IndicatorUnit Unit { get; private set; }

    public IndicatorDirection Direction { get; private set; }

    public decimal Target { get; private set; }

    public decimal AmberTolerance { get; private set; }

    /// <summary>Null when the provider could not report it: that rates GREY.</summary>
    public decimal? Value { get; private set; }

    public string? Comment { get; private set; }

    public Rag Rag => RagCalculator.Rate(Unit, Direction, Target, AmberTolerance, Value);
}
