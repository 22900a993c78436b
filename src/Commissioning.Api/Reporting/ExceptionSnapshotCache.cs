using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Commissioning.Api.Data;
using Commissioning.Domain.Exceptions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commissioning.Api.Reporting;

/// <summary>
/// The exception snapshot of a scope (every provider, or one), shared by every request until the data changes.
/// Exception reports read every provider's plans, updates, audits and reviews; loading them per request costs
/// seconds at 500 providers and minutes at 5,000 (bench/README.md), while the records change only when someone
/// saves. Each snapshot is tagged with the data version read before loading began: this process's saves and
/// commits, and the database's own change counter (<see cref="DatabaseChangeProbe"/>), which also sees writes by
/// other connections and other API instances. A request uses a snapshot only if the version is unchanged, so it
/// never sees data older than a write committed before it started. A load runs once for all the requests that
/// wait for it, in its own scope, and is not cancelled when one of them gives up.
/// </summary>
public sealed class ExceptionSnapshotCache(IServiceScopeFactory scopes, TimeProvider time, Microsoft.Extensions.Options.IOptions<CommissioningReportingCacheOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly DatabaseChangeProbe _probe = new();
    private long _saves;

    /// <summary>This process changed the records: snapshots taken before now are not used again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _saves);

    /// <summary>The snapshot for every provider (<see cref="Guid.Empty"/>) or one provider, loaded at most once per data version.</summary>
    public async Task<ExceptionSnapshot> GetAsync(Guid scope, CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var lifetime = options.Value.ExceptionSnapshotLifetime;
        // Only SQLite is cached: on PostgreSQL the test suite saw a snapshot served after another connection's
        // committed write (issue 6 note), so there every report loads afresh until the WAL-position probe is proven.
        if (lifetime <= TimeSpan.Zero || !db.Database.IsSqlite())
            return await new ExceptionSnapshotLoader(db).LoadAsync(scope == Guid.Empty ? null : scope, cancellationToken).ConfigureAwait(false);
        var saves = Interlocked.Read(ref _saves);
        var database = await _probe.ReadAsync(db, cancellationToken).ConfigureAwait(false);
        var version = (saves, database);
        var now = time.GetUtcNow();
        var entry = _entries.AddOrUpdate(scope,
            key => Load(key, version, now),
            (key, existing) => existing.Version == version && now - existing.Started < lifetime && !existing.Snapshot.IsFaulted && !existing.Snapshot.IsCanceled
                ? existing
                : Load(key, version, now));
        return await entry.Snapshot.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private Entry Load(Guid scope, (long, string) version, DateTimeOffset started) =>
        new(version, started, Task.Run(async () =>
        {
            await using var services = scopes.CreateAsyncScope();
            var db = services.ServiceProvider.GetRequiredService<CommissioningDbContext>();
            return await new ExceptionSnapshotLoader(db).LoadAsync(scope == Guid.Empty ? null : scope, CancellationToken.None).ConfigureAwait(false);
        }));

    public void Dispose() => _probe.Dispose();

    private sealed record Entry((long Saves, string Database) Version, DateTimeOffset Started, Task<ExceptionSnapshot> Snapshot);
}

/// <summary>
/// A value that changes whenever any connection, in this process or another, commits a change to the SQLite file:
/// <c>PRAGMA data_version</c> on one connection kept open for the purpose, which changes whenever another
/// connection commits (the value is per connection, so a pooled one would not do). One cheap statement per use;
/// an in-memory database cannot be watched from another connection, so there every read counts as a change.
/// PostgreSQL is not cached (see <see cref="ExceptionSnapshotCache.GetAsync"/>), so it needs no probe here.
/// </summary>
internal sealed class DatabaseChangeProbe : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _watcher;

    public async Task<string> ReadAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()!;
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:") return Guid.NewGuid().ToString();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_watcher is null)
            {
                _watcher = new SqliteConnection(connectionString);
                await _watcher.OpenAsync(cancellationToken).ConfigureAwait(false);
            }
            await using var command = _watcher.CreateCommand();
            command.CommandText = "PRAGMA data_version";
            return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? "";
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _gate.Dispose();
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

/// <summary>Advances the cache's data version after every save and every committed transaction.</summary>
internal sealed class DataChangeInterceptor(ExceptionSnapshotCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        cache.Invalidate();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        return ValueTask.FromResult(result);
    }

    // A failed save may have written part of its batch outside a transaction; treat it as a change.
    public void SaveChangesFailed(DbContextErrorEventData eventData) => cache.Invalidate();

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }

    // Inside an explicit transaction the rows become visible at commit, after SavedChanges: advance again then.
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => cache.Invalidate();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }
}

public static class ExceptionSnapshotCacheServiceCollectionExtensions
{
    /// <summary>Shares exception snapshots between requests until the data changes (<see cref="ExceptionSnapshotCache"/>).</summary>
    public static IServiceCollection AddExceptionSnapshotCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommissioningReportingCacheOptions>().Bind(configuration.GetSection(CommissioningReportingCacheOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ExceptionSnapshotCache>();
        services.AddSingleton<DataChangeInterceptor>();
        services.ConfigureDbContext<CommissioningDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<DataChangeInterceptor>()));
        return services;
    }
}
