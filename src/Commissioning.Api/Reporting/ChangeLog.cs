using Commissioning.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Commissioning.Api.Reporting;

/// <summary>
/// Reads the change counter and the change log (<see cref="DataVersion"/>, <see cref="DataChange"/>) together, and
/// decides from two such readings whether a snapshot read after the first can be brought up to the second by reading
/// some providers' records again.
/// </summary>
/// <remarks>
/// Both are read in one statement, so in one consistent view on both engines: every commit the counter counts shows
/// with its one log entry (the interceptor writes both in the commit's transaction), and no other. Between a snapshot's
/// reading and now, the counter grew by the number of commits made since; the entries seen now and not then are those
/// commits' entries, unless some were pruned (or a commit advanced the counter without an entry: a hand-made UPDATE).
/// So when their number equals the counter's growth, they name every change the snapshot may lack; otherwise the log
/// does not cover the gap and everything is read again. Pruning removes only old entries and needs no coordination
/// between instances: a snapshot that falls behind it is detected by the count, never served stale.
/// </remarks>
internal static class ChangeLog
{
    /// <summary>The counter and the log's entries (id and the providers they name; null for everything) in one view.</summary>
    internal sealed record Basis(long Version, Dictionary<Guid, string?> Entries);

    /// <summary>
    /// The providers to read afresh into the previous snapshot, and whether the reviews are, or null providers (with
    /// why) to read everything.
    /// </summary>
    internal sealed record LoadPlan(IReadOnlyCollection<Guid>? Providers, string Reason, bool Reviews = false);

    public static async Task<Basis?> ReadAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        string Name(Type type) => sql.DelimitIdentifier(db.Model.FindEntityType(type)!.GetTableName()!);
        string Column(string name) => sql.DelimitIdentifier(name);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText =
                $"SELECT v.{Column("Rows")}, v.{Column("Sum")}, c.{Column(nameof(DataChange.Id))}, c.{Column(nameof(DataChange.Providers))} " +
                $"FROM (SELECT COUNT(*) AS {Column("Rows")}, SUM({Column(nameof(DataVersion.Value))}) AS {Column("Sum")} FROM {Name(typeof(DataVersion))}) AS v " +
                $"LEFT JOIN {Name(typeof(DataChange))} AS c ON 1 = 1";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            long? version = null;
            var entries = new Dictionary<Guid, string?>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // A missing counter row would let a commit go uncounted: then nothing is built on the counter.
                if (Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) != DataVersion.Slots) return null;
                version = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
                if (!reader.IsDBNull(2)) entries[reader.GetGuid(2)] = reader.IsDBNull(3) ? null : reader.GetString(3);
            }
            return version is { } v ? new Basis(v, entries) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>What to read to bring a snapshot read at <paramref name="then"/> up to <paramref name="now"/>.</summary>
    public static LoadPlan Plan(Basis? then, Basis? now)
    {
        if (then is null) return new(null, "no earlier snapshot to update");
        if (now is null) return new(null, "the change counter is incomplete");
        var providers = new HashSet<Guid>();
        var reviews = false;
        var commits = 0L;
        foreach (var (id, text) in now.Entries)
        {
            if (then.Entries.ContainsKey(id)) continue;
            commits++;
            if (ChangedProviders.Parse(text) is not { } named) return new(null, "a change not limited to some providers");
            providers.UnionWith(named.Providers);
            reviews |= named.Reviews;
        }
        if (commits != now.Version - then.Version)
            return new(null, $"the change log covers {commits} of {now.Version - then.Version} commits since the last load");
        if (providers.Count > DataChange.MaxProviders) return new(null, $"{providers.Count} providers changed");
        return new(providers, $"{providers.Count} providers changed" + (reviews ? ", and reviews" : ""), reviews);
    }

    /// <summary>Removes the entries more than <see cref="DataChange.Kept"/> commits behind the newest.</summary>
    public static async Task PruneAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(db.Model.FindEntityType(typeof(DataChange))!.GetTableName()!);
        var version = sql.DelimitIdentifier(nameof(DataChange.Version));
        // Names from the model and a constant: nothing from outside reaches this text.
        var delete = $"DELETE FROM {table} WHERE {version} < (SELECT MAX({version}) FROM {table}) - {DataChange.Kept}";
        try
        {
            await db.Database.ExecuteSqlRawAsync(delete, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException)
        {
            // Busy with writers: the next load prunes. A log that grows meanwhile costs reading, never correctness.
        }
    }
}
