using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.AuditTrail;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Meetings;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commissioning.Api.Data;

/// <summary>
/// The unit of work over every aggregate. Mapping lives in Configurations/ (one class per
/// aggregate); this class adds the rules that hold whatever is saved: stale writers fail
/// (<see cref="AggregateVersioning"/>), immutable records stay as written (<see cref="InsertOnlyRecords"/>),
/// and a provider-scoped context reads only its provider's rows (<see cref="DataScope"/>).
/// </summary>
public sealed partial class CommissioningDbContext : DbContext
{
    /// <summary>
    /// The one constructor, as EF Core's context pool requires: the host hands out pooled contexts
    /// (<see cref="PersistenceServiceCollectionExtensions"/>), each restricted to its caller's <see cref="DataScope"/> as it is
    /// rented. A context is restricted to <see cref="DataScope.Nothing"/> until then and again once disposed (returned to the
    /// pool), so a context that reaches a caller without its scope reads nothing rather than another caller's rows.
    /// </summary>
    public CommissioningDbContext(DbContextOptions<CommissioningDbContext> options) : base(options)
    {
    }

    /// <summary>A context of its own (not pooled) restricted to <paramref name="scope"/>; null: unrestricted. For tools and tests.</summary>
    public static CommissioningDbContext Create(DbContextOptions<CommissioningDbContext> options, DataScope? scope = null)
    {
        var db = new CommissioningDbContext(options);
        db.Restrict(scope ?? DataScope.Unrestricted);
        return db;
    }

    /// <summary>
    /// The collation of every text column on PostgreSQL: by code point, case-sensitive, as SQLite
    /// compares text and as computed lists are paged in memory. Without it text would sort by the
    /// database's own collation (often linguistic, "alpha" before "Beta"), and the same query would
    /// page differently on the two engines.
    /// </summary>
    public const string OrdinalCollation = "C";

    private DataScope _scope = DataScope.Nothing;

    /// <summary>Restricts the context to <paramref name="scope"/> until it is disposed: as it is handed to a caller.</summary>
    internal void Restrict(DataScope scope) => _scope = scope;

    public override void Dispose()
    {
        _scope = DataScope.Nothing;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        _scope = DataScope.Nothing;
        return base.DisposeAsync();
    }

    public DbSet<Lscb> Lscbs => Set<Lscb>();

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<Section11Schedule> Schedules => Set<Section11Schedule>();

    public DbSet<IndicatorReturn> IndicatorReturns => Set<IndicatorReturn>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<ActionPlan> ActionPlans => Set<ActionPlan>();

    /// <summary>Every revision of every quarterly update, for queries across plans; add them through their plan.</summary>
    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<MonitoringMeeting> MonitoringMeetings => Set<MonitoringMeeting>();

    public DbSet<PublishedExceptionReport> PublishedExceptionReports => Set<PublishedExceptionReport>();

    public DbSet<AuditTrailEntry> AuditTrail => Set<AuditTrailEntry>();

    /// <summary>
    /// Migrations are hand-written and carry no model snapshot, so EF cannot compare them with the
    /// model itself; MigrationSchemaTests does that instead, against a real database.
    /// </summary>
    /// <remarks>
    /// Here, not only in the host's registration, so that every context counts its commits (DataVersion), however it
    /// was built. The host's options already carry it (<see cref="ConfigureEveryContext"/>, applied once to options
    /// shared by every request's context); changing them here would copy them for every context again.
    /// </remarks>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (optionsBuilder.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors is { } interceptors
            && interceptors.Contains(DataVersionInterceptor.Instance)) return;
        ConfigureEveryContext(optionsBuilder);
    }

    /// <summary>What every context of this model is configured with, wherever it is built.</summary>
    internal static void ConfigureEveryContext(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning))
            .AddInterceptors(DataVersionInterceptor.Instance);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ConfigureStorageConventions(configurationBuilder, Database);

    /// <summary>
    /// How values are stored on each engine. Shared with every other model of the same tables
    /// (<see cref="Reporting.ExceptionSnapshotDbContext"/>), so that they read exactly what this one writes.
    /// </summary>
    internal static void ConfigureStorageConventions(ModelConfigurationBuilder configurationBuilder, Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database)
    {
        // Names, not numbers: a reordered enum must not silently change stored meaning.
        var enums = configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(Configurations.MappingConventions.EnumMaxLength);
        if (database.IsNpgsql())
        {
            configurationBuilder.Properties<string>().UseCollation(OrdinalCollation);
            enums.UseCollation(OrdinalCollation);
        }
        configurationBuilder.Properties<FinancialQuarter>().HaveConversion<FinancialQuarterConverter>();
        if (database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<SortableUtcTextConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommissioningDbContext).Assembly);
        ApplyDataScope(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void PrepareForSave()
    {
        ChangeTracker.DetectChanges();
        InsertOnlyRecords.EnsureUnchanged(ChangeTracker);
        AggregateVersioning.AdvanceChangedVersions(ChangeTracker);
    }
}
