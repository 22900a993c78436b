using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Data;

/// <summary>
/// Brings the database up to date before the application listens: creates the SQLite file's
/// folder, switches the file to WAL (readers no longer block the writer), applies pending
/// migrations, then seeds a database that has no providers yet. Hosted services start before
/// the server does, so no request ever sees a half-built schema. On PostgreSQL, where several
/// instances may start at once, all of it runs under <see cref="StartupLock"/>.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();

        if (db.Database.IsSqlite())
        {
            await PrepareSqliteFileAsync(db, cancellationToken);
        }
        // Instances starting together on PostgreSQL take turns: the first migrates and seeds, the
        // others then find nothing left to do.
        await using var startupLock = await StartupLock.AcquireAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(db.Database.ProviderName);

        if (await db.Providers.AnyAsync(cancellationToken))
        {
            return;
        }
        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>())
        {
            LogSeeding(seeder.GetType().Name);
            await seeder.SeedAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        // The bulk seeder writes without SaveChanges: count its rows as one change for caches in other instances.
        await DataVersionInterceptor.AdvanceAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task PrepareSqliteFileAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        if (inMemory)
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        // journal_mode is stored in the file, so setting it once is enough; it must run outside a transaction.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Provider}).")]
    private partial void LogMigrated(string? provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database has no providers; seeding with {Seeder}.")]
    private partial void LogSeeding(string seeder);
}
