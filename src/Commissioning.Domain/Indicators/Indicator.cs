using Commissioning.Domain.Common;

namespace Commissioning.Domain.Indicators;

/// <summary>
/// A quantitative indicator in a schedule's part 1 (DOR 4.1 bullet 1): what is measured and
/// the locally agreed target and amber tolerance for this contract.
/// </summary>
public sealed class Indicator : Entity
{
    private Indicator() { Code = Name = Citation = string.Empty; }

    private Indicator(Guid id, string code, string name, IndicatorUnit unit, IndicatorDirection direction, decimal target, decimal amberTolerance, string citation)
        : base(id)
    {
        Code = code;
        Name = name;
        Unit = unit;
        Direction = direction;
        Target = target;
        AmberTolerance = amberTolerance;
        Citation = citation;
    }

    /// <summary>Unique within a schedule, e.g. TRAINING_L1.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public IndicatorUnit Unit { get; private set; }

    public IndicatorDirection Direction { get; private set; }

    public decimal Target { get; private set; }

    public decimal AmberTolerance { get; private set; }

    /// <summary>The policy paragraph that asks for this evidence, e.g. "LUT-VS 3.4"; empty for local indicators.</summary>
    public string Citation { get; private set; }

    public static Result<Indicator> Create(
        Guid id, string code, string name, IndicatorUnit unit, IndicatorDirection direction, decimal target, decimal amberTolerance, string? citation = null)
    {
        var check = Result.FirstFailure(
            ValidateCode(code),
            Text.Required(name, "name"),
            Enum.IsDefined(unit) ? Result.Success() : DomainError.Validation($"Unknown unit {unit}.", "unit"),
            Enum.IsDefined(direction) ? Result.Success() : DomainError.Validation($"Unknown direction {direction}.", "direction"));
        if (check.IsFailure)
        {
            return check.Error;
        }
        var targets = ValidateTarget(unit, target, amberTolerance);
        if (targets.IsFailure)
        {
            return targets.Error;
        }
        return new Indicator(id, code.Trim(), name.Trim(), unit, direction, target, unit == IndicatorUnit.Boolean ? 0m : amberTolerance, citation?.Trim() ?? string.Empty);
    }

    public static Result<Indicator> FromCatalogue(Guid id, IndicatorDefinition definition, CommissioningOptions options) =>
        Create(id, definition.Code, definition.Name, definition.Unit, definition.Direction,
            IndicatorCatalogue.TargetFor(definition, options), options.AmberTolerance, definition.Citation);

    internal Result ChangeTarget(decimal target, decimal amberTolerance)
    {
        var check = ValidateTarget(Unit, target, amberTolerance);
        if (check.IsFailure)
        {
            return check;
        }
        Target = target;
        AmberTolerance = Unit == IndicatorUnit.Boolean ? 0m : amberTolerance;
        return Result.Success();
    }

    public Rag Rate(decimal? value) => RagCalculator.Rate(this, value);

    /// <summary>VALIDATION_FAILED when <paramref name="value"/> cannot be a measurement in <paramref name="unit"/>.</summary>
    public static Result ValidateValue(IndicatorUnit unit, decimal value, string field = "value") => unit switch
    {
        IndicatorUnit.Percent when value is < 0 or > 100 => DomainError.Validation("A percentage must be between 0 and 100.", field),
        IndicatorUnit.Count when value < 0 || value != decimal.Truncate(value) => DomainError.Validation("A count must be a whole number, 0 or more.", field),
        IndicatorUnit.Boolean when value is not (0 or 1) => DomainError.Validation("A yes/no value must be 1 (yes) or 0 (no).", field),
        _ => Result.Success(),
    };

    private static Result ValidateCode(string code) =>
        string.IsNullOrWhiteSpace(code) || code.Trim().Length > 40 || !code.Trim().All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_')
            ? DomainError.Validation("An indicator code is 1 to 40 capital letters, digits or underscores.", "code")
            : Result.Success();

    private static Result ValidateTarget(IndicatorUnit unit, decimal target, decimal amberTolerance) =>
        amberTolerance < 0
            ? DomainError.Validation("The amber tolerance cannot be negative.", "amberTolerance")
            : ValidateValue(unit, target, "target");
}
