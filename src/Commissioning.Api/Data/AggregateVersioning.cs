using Commissioning.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Commissioning.Api.Data;

/// <summary>
/// Every change to an aggregate must advance its <see cref="AggregateRoot.Version"/>, because
/// the UPDATE is conditional on the version the writer loaded (UPDATE ... WHERE Version = @old).
/// The domain's Touch normally advances it; when a change reached the row without one, saving
/// advances it here, so a concurrent writer holding the old version still fails.
/// </summary>
internal static class AggregateVersioning
{
    private const string VersionProperty = nameof(AggregateRoot.Version);

    public static void AdvanceChangedVersions(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<AggregateRoot>())
        {
            if (entry.State != EntityState.Modified)
            {
                continue;
            }
            var version = entry.Property(VersionProperty);
            if (!version.IsModified)
            {
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }
}
