using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.AuditTrail;
using Commissioning.Domain.Exceptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Commissioning.Api.Data;

/// <summary>
/// Records that are written once and never changed: progress-update revisions (a correction is a
/// new revision, DOMAIN.md "Quarterly progress update"), scrutinies (DOR 4.17), published
/// exception reports (a snapshot as sent to the LSCB) and audit-trail entries. Saving a change
/// to or a deletion of any of them, or of the values inside them, is a programming error.
/// </summary>
internal static class InsertOnlyRecords
{
    private static readonly HashSet<Type> Types =
    [
        typeof(ProgressUpdate),
        typeof(ActionProgress),
        typeof(Scrutiny),
        typeof(PublishedExceptionReport),
        typeof(ExceptionLine),
        typeof(AuditTrailEntry),
    ];

    public static bool IsInsertOnly(Type type) => Types.Contains(type);

    public static void EnsureUnchanged(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted && IsInsertOnly(entry.Metadata.ClrType))
            {
                throw new InsertOnlyRecordException(entry.Metadata.ClrType.Name, entry.State);
            }
        }
    }
}

/// <summary>Thrown by SaveChanges when an insert-only record was modified or deleted; nothing is saved.</summary>
public sealed class InsertOnlyRecordException(string recordType, EntityState state)
    : InvalidOperationException(
        $"{recordType} is insert-only: it was {(state == EntityState.Deleted ? "deleted" : "modified")} after it was saved. Record a new one instead.")
{
    public string RecordType { get; } = recordType;
}
