namespace Commissioning.Domain.Exceptions;

/// <summary>
/// Finds the exceptions of one <see cref="ExceptionCode"/> (one row of DOMAIN.md's exception
/// table). A detector says what is wrong, about which record, and the day it arose; the
/// <see cref="ExceptionEngine"/> adds severity and days outstanding, filters and orders.
/// </summary>
public interface IExceptionDetector
{
    ExceptionCode Code { get; }

    /// <summary>
    /// Whether an exception it finds about one provider can depend on another provider's records (or on records of no
    /// provider, such as reviews). False means each exception depends only on the records of the provider it is about
    /// (and on incidents, which plans name by id), so <see cref="ExceptionEngine.Update"/> may compute it for some
    /// providers alone.
    /// </summary>
    bool ReadsAcrossProviders => false;

    IEnumerable<DetectedException> Detect(ExceptionContext context);
}
