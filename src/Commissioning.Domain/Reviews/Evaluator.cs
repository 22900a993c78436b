namespace Commissioning.Domain.Reviews;

/// <summary>Who evaluates a review's quality (DOR 4.5, 12.1).</summary>
public enum Evaluator
{
    Ofsted,
    CareQualityCommission,
}
