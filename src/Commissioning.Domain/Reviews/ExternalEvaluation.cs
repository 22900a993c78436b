namespace Commissioning.Domain.Reviews;

/// <summary>
/// Ofsted's or the CQC's evaluation of a review; reported to the Audit and Quality Committee
/// every three months (DOR 12.1-12.2) and possibly a source of action plans (DOR 4.5).
/// </summary>
public sealed record ExternalEvaluation(
    Evaluator Evaluator,
    QualityGrade Grade,
    DateOnly EvaluatedOn,
    string Summary,
    DateTimeOffset RecordedAt,
    string RecordedByUserId);
