using Commissioning.Api.Data;
using Commissioning.Domain.Common;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// The shape every write takes: who is calling, load the aggregate at the version the client read, let
/// the domain decide, save. A rule saying no stores nothing, not even through a later mutation of the
/// same request, because the request's change tracker is cleared whenever a change is refused.
/// </summary>
internal static class AggregateChange
{
    /// <summary>Runs <paramref name="change"/> for the caller and saves it when it succeeds.</summary>
    public static async Task<Result<T>> RunAsync<T>(IResolveFieldContext context,
        Func<CommissioningDbContext, Actor, Task<Result<T>>> change)
    {
        if (context.Caller() is not { } actor)
            return new DomainError(ErrorCodes.Forbidden, "Sign in to change anything.");
        var db = context.Db();
        var result = await change(db, actor).ConfigureAwait(false);
        if (result.IsFailure)
        {
            db.ChangeTracker.Clear();
            return result;
        }
        try
        {
            await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the conditional UPDATE matched no row.
            db.ChangeTracker.Clear();
            return new DomainError(ErrorCodes.ConcurrencyConflict, "This record was changed by someone else while you were saving. Reload and try again.");
        }
        return result;
    }

    /// <summary>
    /// The aggregate with the key of <paramref name="id"/>, provided it is still at
    /// <paramref name="expectedVersion"/>, the version the client read (stale ⇒ CONCURRENCY_CONFLICT).
    /// </summary>
    public static async Task<Result<TAggregate>> LoadAsync<TAggregate>(CommissioningDbContext db, string id, string typeName,
        int expectedVersion, CancellationToken cancellationToken) where TAggregate : AggregateRoot
    {
        var key = Conventions.NodeId.Decode<Guid>(id, typeName);
        var aggregate = await db.Set<TAggregate>().FirstOrDefaultAsync(a => a.Id == key, cancellationToken).ConfigureAwait(false);
        if (aggregate is null) return DomainError.NotFound(typeName, id);
        var current = aggregate.EnsureVersion(expectedVersion);
        return current.IsSuccess ? aggregate : current.Error;
    }

    /// <summary>NOT_FOUND unless a <typeparamref name="TEntity"/> with this key exists, so a dangling reference never reaches the database.</summary>
    public static async Task<DomainError?> RequireExistsAsync<TEntity>(CommissioningDbContext db, Guid key, string typeName, string field,
        CancellationToken cancellationToken) where TEntity : Entity =>
        await db.Set<TEntity>().AnyAsync(e => e.Id == key, cancellationToken).ConfigureAwait(false)
            ? null
            : new DomainError(ErrorCodes.NotFound, $"{typeName} '{Conventions.NodeId.Encode(typeName, key)}' was not found.", field);

    // Registered by AddCommissioningDomain; required, so a host without them fails loudly instead of
    // silently running on code defaults that ignore configuration.
    public static IClock Clock(this IResolveFieldContext context) =>
        context.RequestServices.GetRequiredService<IClock>();

    public static CommissioningOptions DomainOptions(this IResolveFieldContext context) =>
        context.RequestServices.GetRequiredService<CommissioningOptions>();

    /// <summary>Turns a rule's plain outcome into the changed aggregate for the payload.</summary>
    public static Result<T> Returning<T>(this Result outcome, T value) => outcome.IsSuccess ? value : outcome.Error;
}
