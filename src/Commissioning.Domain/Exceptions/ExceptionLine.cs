using Commissioning.Domain.Common;

namespace Commissioning.Domain.Exceptions;

/// <summary>
/// One exception as published: a value, so a published report never changes when the records
/// behind it do (DOMAIN.md "Exception reporting").
/// </summary>
/// <param name="SubjectType">The kind of record it is about, e.g. "ActionPlan".</param>
/// <param name="Message">The human sentence the LSCB reads.</param>
public sealed record ExceptionLine(
    ExceptionCode Code,
    Severity Severity,
    Guid? ProviderId,
    string SubjectType,
    Guid SubjectId,
    string Message,
    DateOnly AroseOn,
    int DaysOutstanding);
