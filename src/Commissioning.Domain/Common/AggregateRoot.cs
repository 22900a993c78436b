namespace Commissioning.Domain.Common;

/// <summary>
/// The unit of consistency: everything inside changes together and is saved together.
/// <see cref="Version"/> is the optimistic-concurrency token, so a second writer holding a
/// stale copy is told so instead of silently overwriting the first (DOMAIN.md "Rules").
/// </summary>
public abstract class AggregateRoot : Entity
{
    protected AggregateRoot() { }

    protected AggregateRoot(Guid id) : base(id) { }

    public int Version { get; private set; }

    /// <summary>Fails with CONCURRENCY_CONFLICT when the caller edited a different version.</summary>
    public Result EnsureVersion(int expected) =>
        expected == Version
            ? Result.Success()
            : new DomainError(
                ErrorCodes.ConcurrencyConflict,
                $"This {GetType().Name} was changed by someone else (you edited version {expected}, it is now version {Version}). Reload and try again.");

    /// <summary>Call once per successful change so that concurrent editors can be detected.</summary>
    protected void Touch() => Version++;
}
