namespace Commissioning.Domain.Exceptions;

/// <summary>
/// Finds the exceptions of one <see cref="ExceptionCode"/> (one row of DOMAIN.md's exception
/// table). A detector says what is wrong, about which record, and the day it arose; the
/// <see cref="ExceptionEngine"/> adds severity and days outstanding, filters and orders.
/// </summary>
public interface IExceptionDetector
{
    ExceptionCode Code { get; }

    IEnumerable<DetectedException> Detect(ExceptionContext context);
}
