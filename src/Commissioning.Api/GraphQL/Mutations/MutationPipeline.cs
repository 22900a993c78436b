using Commissioning.Api.Data;
using Commissioning.Domain.Common;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Mutations;

/// <summary>
/// The one way a mutation changes data: the caller must be signed in, the change loads what it needs at
/// the version the client read and lets the domain decide, and only a change the domain accepted is
/// saved. A refusal stores nothing, not even through a later mutation of the same request: the
/// request's change tracker is shared by its serially executed mutations (§6.2.2), so it is cleared
/// whenever a change is refused or fails. What an accepted change did is written to the audit trail in
/// the same save (<see cref="AuditTrailRecorder"/>), so a refused change leaves no entry either.
/// </summary>
internal static class MutationPipeline
{
    private const string ConflictMessage = "Someone else changed this record while you were saving. Reload it and try again.";

    /// <summary>Runs <paramref name="change"/> for the signed-in caller and saves what it did when it succeeds.</summary>
    public static async Task<Result<T>> RunAsync<T>(IResolveFieldContext context, Func<MutationScope, Task<Result<T>>> change)
    {
        var scope = MutationScope.Open(context);
        var db = scope.Db;
        try
        {
            var result = await change(scope).ConfigureAwait(false);
            if (result.IsFailure)
            {
                Discard(db);
                return result;
            }
            AuditTrailRecorder.Record(scope);
            await db.SaveChangesAsync(scope.CancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the UPDATE ... WHERE Version = @read matched no row.
            Discard(db);
            return new DomainError(ErrorCodes.ConcurrencyConflict, ConflictMessage);
        }
        catch (Exception e) when (WriteContention.IsContention(e))
        {
            Discard(db);
            return new DomainError(ErrorCodes.ConcurrencyConflict, ConflictMessage);
        }
        catch
        {
            Discard(db);
            throw;
        }
    }

    private static void Discard(CommissioningDbContext db) => db.ChangeTracker.Clear();
}
