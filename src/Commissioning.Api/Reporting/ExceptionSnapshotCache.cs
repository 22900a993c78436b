using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Commissioning.Api.Data;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Reporting;

/// <summary>
/// The exception snapshot of a scope (every provider, or one), shared by every request until the data changes, and
/// the exception engine's results over it, computed once per as-of date and quarter.
/// </summary>
/// <remarks>
/// <para>
/// Exception reports read every provider's plans, updates, audits and reviews; loading them per request costs
/// seconds at 500 providers and minutes at 5,000 (bench/README.md), and running the engine over them costs more than
/// the rest of the request, while the records change only when someone saves. Each snapshot is tagged with the
/// <see cref="DataVersion"/> read before loading began, on the request's own connection. Every transaction that saves
/// changes advances that counter before it commits, in any instance (<see cref="DataVersionInterceptor"/>), so:
/// a snapshot loaded after reading version v holds at least every commit v counts, and a request that reads v again
/// knows nothing was committed in between. A request therefore never sees data older than a write committed before
/// it started, on SQLite and on PostgreSQL, with one API instance or many.
/// </para>
/// <para>
/// A load runs once for all the requests that wait for it, in its own scope, and is not cancelled when one of them
/// gives up. Results are keyed by the snapshot object itself, so they go when their snapshot goes, and a scope's
/// results are never served to another scope: a provider's snapshot holds that provider's records alone.
/// </para>
/// </remarks>
public sealed class ExceptionSnapshotCache(IServiceScopeFactory scopes, TimeProvider time, IOptions<CommissioningReportingCacheOptions> options)
{
    /// <summary>Distinct (as-of date, quarter) results kept per snapshot; beyond it results are computed and not kept.</summary>
    public const int MaxRunsPerSnapshot = 64;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly ConditionalWeakTable<ExceptionSnapshot, ConcurrentDictionary<RunKey, Lazy<ExceptionRun>>> _runs = new();

    /// <summary>The snapshot for every provider (<see cref="Guid.Empty"/>) or one provider, loaded at most once per data version.</summary>
    public async Task<ExceptionSnapshot> GetAsync(Guid scope, CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var lifetime = options.Value.ExceptionSnapshotLifetime;
        var version = lifetime > TimeSpan.Zero ? await ReadVersionAsync(db, cancellationToken).ConfigureAwait(false) : null;
        if (version is not { } current)
            return await new ExceptionSnapshotLoader(db).LoadAsync(scope == Guid.Empty ? null : scope, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var entry = _entries.AddOrUpdate(scope,
            key => Load(key, current, now),
            (key, existing) => existing.Version == current && now - existing.Started < lifetime && !existing.Snapshot.IsFaulted && !existing.Snapshot.IsCanceled
                ? existing
                : Load(key, current, now));
        return await entry.Snapshot.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The engine's result over <paramref name="snapshot"/> for these arguments: <paramref name="compute"/> runs once
    /// per snapshot and arguments, however many requests ask at once.
    /// </summary>
    internal ExceptionRun Run(ExceptionSnapshot snapshot, DateOnly asOf, FinancialQuarter? quarter, CommissioningOptions rules, Func<ExceptionRun> compute)
    {
        var runs = _runs.GetValue(snapshot, _ => new ConcurrentDictionary<RunKey, Lazy<ExceptionRun>>());
        var key = new RunKey(asOf, quarter, rules);
        if (runs.TryGetValue(key, out var known)) return known.Value;
        if (runs.Count >= MaxRunsPerSnapshot) return compute();
        return runs.GetOrAdd(key, _ => new Lazy<ExceptionRun>(compute, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>
    /// The change counter (the sum of its rows, in one statement, so one consistent view), or null when a row is missing
    /// and a commit could go uncounted (then nothing is shared).
    /// </summary>
    private static async Task<long?> ReadVersionAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var counter = await db.Set<DataVersion>().AsNoTracking()
            .GroupBy(v => 1)
            .Select(g => new { Rows = g.Count(), Sum = g.Sum(v => v.Value) })
            .OrderBy(c => c.Rows) // one group at most; the order only keeps EF from warning about First without OrderBy
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return counter is { Rows: DataVersion.Slots } ? counter.Sum : null;
    }

    private Entry Load(Guid scope, long version, DateTimeOffset started) =>
        new(version, started, Task.Run(async () =>
        {
            await using var services = scopes.CreateAsyncScope();
            var db = services.ServiceProvider.GetRequiredService<CommissioningDbContext>();
            return await new ExceptionSnapshotLoader(db).LoadAsync(scope == Guid.Empty ? null : scope, CancellationToken.None).ConfigureAwait(false);
        }));

    private sealed record Entry(long Version, DateTimeOffset Started, Task<ExceptionSnapshot> Snapshot);

    // The options by reference: the host's are one instance, and a report under other rules is another result.
    private sealed record RunKey(DateOnly AsOf, FinancialQuarter? Quarter, CommissioningOptions Rules)
    {
        public bool Equals(RunKey? other) =>
            other is not null && AsOf == other.AsOf && Quarter == other.Quarter && ReferenceEquals(Rules, other.Rules);

        public override int GetHashCode() => HashCode.Combine(AsOf, Quarter, RuntimeHelpers.GetHashCode(Rules));
    }
}

/// <summary>Bound from <c>Commissioning:Reporting</c>.</summary>
public sealed class CommissioningReportingCacheOptions
{
    public const string Section = "Commissioning:Reporting";

    /// <summary>
    /// The longest a cached exception snapshot is used while the data stays unchanged (a bound on memory held for
    /// scopes nobody asks about any more, not on staleness). Zero turns the cache off: every request loads afresh.
    /// </summary>
    public TimeSpan ExceptionSnapshotLifetime { get; set; } = TimeSpan.FromMinutes(5);
}

public static class ExceptionSnapshotCacheServiceCollectionExtensions
{
    /// <summary>Shares exception snapshots and results between requests until the data changes (<see cref="ExceptionSnapshotCache"/>).</summary>
    public static IServiceCollection AddExceptionSnapshotCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommissioningReportingCacheOptions>().Bind(configuration.GetSection(CommissioningReportingCacheOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ExceptionSnapshotCache>();
        return services;
    }
}
