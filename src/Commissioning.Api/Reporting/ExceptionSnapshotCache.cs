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
/// seconds at 500 providers and more at 5,000 (bench/README.md), and running the engine over them costs more than
/// the rest of the request, while the records change only when someone saves. Each snapshot is tagged with the
/// <see cref="DataVersion"/> read before loading began, on the request's own connection. Every transaction that saves
/// changes advances that counter before it commits, in any instance (<see cref="DataVersionInterceptor"/>), so:
/// a snapshot loaded after reading version v holds at least every commit v counts, and a request that reads v, or
/// any version up to v, knows the snapshot holds every commit made before the request started (the counter only
/// grows). A request therefore never sees data older than a write committed before it started, on SQLite and on
/// PostgreSQL, with one API instance or many.
/// </para>
/// <para>
/// Loads of a scope run one at a time, each once for all the requests that wait for it, in its own service scope, and
/// are not cancelled when one of them gives up. A request that finds the data changed while a load is under way
/// waits for the next load, which starts when that one ends; every request arriving before the next load begins
/// reading joins it too, since it will read after their commits. So a burst of writes costs at most one load
/// running and one waiting, never one per request. Results are keyed by the snapshot object itself, so they go when
/// their snapshot goes, and a scope's results are never served to another scope: a provider's snapshot holds that
/// provider's records alone.
/// </para>
/// <para>
/// With <see cref="CommissioningReportingCacheOptions.WarmUp"/> (the default) the host loads every provider's
/// snapshot and computes today's report in the background as it starts (<see cref="ExceptionSnapshotWarmUp"/>), and
/// keeps that snapshot, whatever its age, until the data changes; a request arriving during the warm-up joins it.
/// </para>
/// </remarks>
public sealed partial class ExceptionSnapshotCache(IServiceScopeFactory scopes, TimeProvider time, IOptions<CommissioningReportingCacheOptions> options,
    ILogger<ExceptionSnapshotCache> logger)
{
    /// <summary>Distinct (as-of date, quarter) results kept per snapshot; beyond it results are computed and not kept.</summary>
    public const int MaxRunsPerSnapshot = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Entry> _entries = [];
    private readonly ConditionalWeakTable<ExceptionSnapshot, ConcurrentDictionary<RunKey, Lazy<ExceptionRun>>> _runs = new();
    // What the change log held when each snapshot of every provider began reading (ChangeLog).
    private readonly ConditionalWeakTable<ExceptionSnapshot, ChangeLog.Basis> _bases = new();
    // For a snapshot updated from an earlier one: the earlier one's computed lines, and what changed between them.
    private readonly ConditionalWeakTable<ExceptionSnapshot, Derivation> _derivations = new();

    /// <summary>The snapshot for every provider (<see cref="Guid.Empty"/>) or one provider, loaded at most once per data version.</summary>
    public async Task<ExceptionSnapshot> GetAsync(Guid scope, CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var lifetime = options.Value.ExceptionSnapshotLifetime;
        var version = lifetime > TimeSpan.Zero ? await ReadVersionAsync(db, cancellationToken).ConfigureAwait(false) : null;
        if (version is not { } current)
            return await new ExceptionSnapshotLoader(db).LoadAsync(scope == Guid.Empty ? null : scope, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        Entry entry;
        lock (_gate)
        {
            _entries.TryGetValue(scope, out var existing);
            if (existing is not null && Serves(existing, scope, current, now, lifetime))
            {
                entry = existing;
            }
            else
            {
                entry = new Entry(current, now);
                // One load per scope at a time: a newer one begins when the one under way ends, however that ends, and
                // starts from its snapshot when it has one.
                entry.Snapshot = Load(scope, entry, existing?.Snapshot);
                _entries[scope] = entry;
            }
        }
        return await entry.Snapshot.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Loads every provider's snapshot and computes today's report over it with the host's options, as the first
    /// request of the day would; requests that arrive meanwhile wait for the same load.
    /// </summary>
    internal async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        var snapshot = await GetAsync(Guid.Empty, db, cancellationToken).ConfigureAwait(false);
        var rules = services.ServiceProvider.GetRequiredService<CommissioningOptions>();
        var today = services.ServiceProvider.GetRequiredService<IClock>().Today;
        var run = Run(snapshot, today, null, rules, () => ExceptionRun.Of(snapshot, new ExceptionEngine(), today, null, rules));
        LogWarmedUp(run.Lines.Count, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (long)time.GetElapsedTime(started).TotalMilliseconds);
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
        // The same report over the snapshot this one was updated from: recompute only what the change can reach.
        if (_derivations.TryGetValue(snapshot, out var derivation) && derivation.Lines.TryGetValue(key, out var previous))
            compute = () =>
            {
                var started = time.GetTimestamp();
                var run = ExceptionRun.Updated(snapshot, new ExceptionEngine(), previous, derivation.Providers, derivation.Incidents, asOf, quarter, rules);
                LogRunUpdated(run.Lines.Count, derivation.Providers.Count, (long)time.GetElapsedTime(started).TotalMilliseconds);
                return run;
            };
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

    /// <summary>Whether <paramref name="entry"/> may serve a request that read <paramref name="current"/>; called under the gate.</summary>
    private bool Serves(Entry entry, Guid scope, long current, DateTimeOffset now, TimeSpan lifetime)
    {
        if (entry.Snapshot.IsFaulted || entry.Snapshot.IsCanceled) return false;
        if (!entry.Reading)
        {
            // Not reading yet, so it will read after this request's version: it serves it, and counts that version.
            entry.Version = Math.Max(entry.Version, current);
            return true;
        }
        if (entry.Version < current) return false;
        var kept = scope == Guid.Empty && options.Value.WarmUp;
        return kept || !entry.Snapshot.IsCompleted || now - entry.Started < lifetime;
    }

    private Task<ExceptionSnapshot> Load(Guid scope, Entry entry, Task<ExceptionSnapshot>? before) =>
        Task.Run(async () =>
        {
            ExceptionSnapshot? previous = null;
            try
            {
                if (before is not null) previous = await before.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The load before failed; this one is on its own (its requests were told by their own load).
            }
            lock (_gate) entry.Reading = true;
            var started = time.GetTimestamp();
            await using var services = scopes.CreateAsyncScope();
            var db = services.ServiceProvider.GetRequiredService<CommissioningDbContext>();
            var loader = new ExceptionSnapshotLoader(db);
            if (scope != Guid.Empty) return await loader.LoadAsync(scope, CancellationToken.None).ConfigureAwait(false);

            // Read before the records, as the request's version is: every commit it counts is in what is read after.
            var basis = await ChangeLog.ReadAsync(db, CancellationToken.None).ConfigureAwait(false);
            var plan = ChangeLog.Plan(previous is not null && _bases.TryGetValue(previous, out var known) ? known : null, basis);
            ExceptionSnapshot snapshot;
            if (plan.Providers is { } changed)
            {
                snapshot = await loader.ReloadProvidersAsync(previous!, changed, plan.Reviews, CancellationToken.None).ConfigureAwait(false);
                if (!ReferenceEquals(snapshot, previous)) _derivations.AddOrUpdate(snapshot, Derive(previous!, changed));
                LogUpdated(plan.Reason, (long)time.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                // Not kept while everything is read again: two snapshots of every provider at once would double the peak.
                previous = null;
                before = null;
                snapshot = await loader.LoadAsync(null, CancellationToken.None).ConfigureAwait(false);
                LogLoaded(snapshot.Providers.Count, snapshot.ActionPlans.Count, snapshot.ActionPlans.Sum(p => p.ProgressUpdates.Count),
                    (long)time.GetElapsedTime(started).TotalMilliseconds, plan.Reason);
            }
            if (basis is not null) _bases.AddOrUpdate(snapshot, basis);
            LastLoad = plan;
            if (basis is { Entries.Count: > 2 * DataChange.Kept })
                await ChangeLog.PruneAsync(db, CancellationToken.None).ConfigureAwait(false);
            return snapshot;
        });

    /// <summary>
    /// What a snapshot updated from <paramref name="previous"/> needs to update its results: the lines of every result
    /// already computed over <paramref name="previous"/> (the lines alone, so the earlier snapshot can go), the providers
    /// read afresh and their incidents as they were.
    /// </summary>
    private Derivation Derive(ExceptionSnapshot previous, IReadOnlyCollection<Guid> changed)
    {
        var providers = changed.ToHashSet();
        var lines = new Dictionary<RunKey, IReadOnlyList<Domain.Exceptions.ExceptionLine>>();
        if (_runs.TryGetValue(previous, out var runs))
            foreach (var (key, run) in runs)
                if (run.IsValueCreated) lines[key] = run.Value.Lines;
        var incidents = previous.Incidents.Where(i => providers.Contains(i.ProviderId)).Select(i => i.Id).ToHashSet();
        return new Derivation(lines, providers, incidents);
    }

    private sealed record Derivation(Dictionary<RunKey, IReadOnlyList<Domain.Exceptions.ExceptionLine>> Lines, HashSet<Guid> Providers, HashSet<Guid> Incidents);

    /// <summary>How the last load of every provider's snapshot went: the providers it read afresh, or why it read them all.</summary>
    internal ChangeLog.LoadPlan? LastLoad { get; private set; }

    private sealed class Entry(long version, DateTimeOffset started)
    {
        /// <summary>Every commit this version counts is in the snapshot; raised while the load has not begun reading.</summary>
        public long Version { get; set; } = version;

        public DateTimeOffset Started { get; } = started;

        /// <summary>The load has begun reading: commits after this may be missing.</summary>
        public bool Reading { get; set; }

        public Task<ExceptionSnapshot> Snapshot { get; set; } = null!;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Exception snapshot of every provider loaded in {Milliseconds} ms ({Reason}): {Providers} providers, {Plans} action plans, {Updates} progress updates")]
    private partial void LogLoaded(int providers, int plans, int updates, long milliseconds, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Exception snapshot of every provider updated in {Milliseconds} ms: {Changed}, read afresh")]
    private partial void LogUpdated(string changed, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Exception report updated in {Milliseconds} ms: {Lines} lines, {Providers} providers' lines computed again")]
    private partial void LogRunUpdated(int lines, int providers, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Exception report warmed up in {Milliseconds} ms: {Lines} lines as of {AsOf}")]
    private partial void LogWarmedUp(int lines, string asOf, long milliseconds);

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

    /// <summary>
    /// Load every provider's snapshot and compute today's exception report in the background as the host starts, and
    /// keep that snapshot until the data changes whatever its age, so that no request waits for a cold load at
    /// 5,000 providers (bench/README.md). Needs the cache (a lifetime above zero).
    /// </summary>
    public bool WarmUp { get; set; } = true;
}

public static class ExceptionSnapshotCacheServiceCollectionExtensions
{
    /// <summary>Shares exception snapshots and results between requests until the data changes (<see cref="ExceptionSnapshotCache"/>).</summary>
    public static IServiceCollection AddExceptionSnapshotCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommissioningReportingCacheOptions>().Bind(configuration.GetSection(CommissioningReportingCacheOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ExceptionSnapshotCache>();
        // One instance, the hosted service and what its health check reads.
        services.AddSingleton<ExceptionSnapshotWarmUp>();
        services.AddHostedService(provider => provider.GetRequiredService<ExceptionSnapshotWarmUp>());
        services.AddHealthChecks().AddCheck<ExceptionReportHealthCheck>(ExceptionReportHealthCheck.Name, tags: ["ready"]);
        return services;
    }
}
