namespace Commissioning.Domain.Exceptions;

/// <summary>One exception as a detector finds it, before the engine rates and filters it.</summary>
/// <param name="ProviderId">The provider it concerns; null for a CCG record such as a Serious Case Review.</param>
/// <param name="SubjectType">The kind of record it is about; one of <see cref="ExceptionSubjects"/>.</param>
/// <param name="AroseOn">The first day on which the exception holds.</param>
/// <param name="Quarter">
/// The financial quarter the exception is reported in: the quarter an update or return is for,
/// or else the quarter in which it arose (see <see cref="ExceptionEngine"/> on the quarter filter).
/// </param>
public sealed record DetectedException(
    Guid? ProviderId,
    string SubjectType,
    Guid SubjectId,
    string Message,
    DateOnly AroseOn,
    FinancialQuarter Quarter)
{
    /// <summary>An exception that belongs to the quarter in which it arose.</summary>
    public static DetectedException Arising(Guid? providerId, string subjectType, Guid subjectId, string message, DateOnly aroseOn) =>
        new(providerId, subjectType, subjectId, message, aroseOn, FinancialQuarter.FromDate(aroseOn));
}
