using System.Data.Common;
using Commissioning.Api.Data;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Commissioning.Api.Reporting;

/// <summary>
/// A read-only model of the same tables for the exception snapshot of every provider: the main model's mapping
/// (<see cref="CommissioningDbContext"/>'s configurations and storage conventions), less every column that neither
/// the fourteen detectors nor the reports built on the same snapshot (assurance report, LSCB filters of exceptions,
/// exports and published reports) read: narratives, evidence, who recorded what, an update's per-action entries, a
/// review's sign-off steps, ... The JSON columns they do read (a plan's status history, a return's values, a review's
/// authors, extensions and evaluations) are read by <see cref="JsonColumnReader"/> instead of EF Core's owned-JSON
/// reader. Queries through it never track.
/// </summary>
/// <remarks>
/// Dropping a member here can only make the snapshot lighter, never wrong in shape: a member the engine does read
/// and that was dropped by mistake would show as a difference from the main model's snapshot, which
/// ExceptionSnapshotLoaderTests compare on both engines. It has no data scope: it serves the snapshot of every
/// provider, which only callers who see every provider get.
/// </remarks>
public sealed class ExceptionSnapshotDbContext(DbContextOptions<ExceptionSnapshotDbContext> options) : DbContext(options)
{
    /// <summary>
    /// A context over <paramref name="db"/>'s own connection (so the same database, and the same transaction when one is
    /// open), with the interceptors <paramref name="db"/> was configured with (the request's SQL statement count) and its
    /// thread-safety setting.
    /// </summary>
    internal static ExceptionSnapshotDbContext Over(CommissioningDbContext db)
    {
        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();
        var builder = new DbContextOptionsBuilder<ExceptionSnapshotDbContext>();
        DbConnection connection = db.Database.GetDbConnection();
        if (db.Database.IsNpgsql())
            builder.UseNpgsql(connection, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        else
            builder.UseSqlite(connection, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        // The main context's thread-safety setting too: off outside Development, where it costs two async-local
        // writes per row, and the snapshot is millions of rows.
        builder.EnableThreadSafetyChecks(core?.ThreadSafetyChecksEnabled ?? true);
        foreach (var interceptor in core?.Interceptors ?? []) builder.AddInterceptors(interceptor);
        return new ExceptionSnapshotDbContext(builder.Options);
    }

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<IndicatorReturn> IndicatorReturns => Set<IndicatorReturn>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<ActionPlan> ActionPlans => Set<ActionPlan>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) => throw ReadOnly();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) => throw ReadOnly();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        CommissioningDbContext.ConfigureStorageConventions(configurationBuilder, Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommissioningDbContext).Assembly);

        modelBuilder.Entity<Provider>().Ignore(p => p.SubContractors);
        modelBuilder.Entity<Contract>(contract =>
        {
            contract.Ignore(c => c.ServiceDescription);
            contract.Ignore(c => c.CommissionerLead);
        });
        // Duties are rated (assurance report) by the rating and its moderation alone.
        modelBuilder.Entity<DutyAssessment>(assessment =>
        {
            assessment.Ignore(a => a.Evidence);
            assessment.Ignore(a => a.AssessedBy);
            assessment.Ignore(a => a.ModerationComment);
            assessment.Ignore(a => a.ModeratedBy);
        });
        modelBuilder.Entity<Indicator>(indicator =>
        {
            indicator.Ignore(i => i.Citation);
        });
        modelBuilder.Entity<MandatedIssue>().Ignore(m => m.Description);
        modelBuilder.Entity<Audit>(audit =>
        {
            audit.Ignore(a => a.Findings);
            audit.Ignore(a => a.CancellationReason);
        });
        modelBuilder.Entity<IndicatorReturn>(@return =>
        {
            @return.Ignore(r => r.SubmittedBy);
            @return.Ignore(r => r.Values);
            JsonList<IndicatorReturn, IndicatorValue>(@return, "_values", "Values");
        });
        modelBuilder.Entity<Incident>(incident =>
        {
            incident.Ignore(i => i.Summary);
            incident.Ignore(i => i.RecordedAt);
            incident.Ignore(i => i.RecordedBy);
        });
        modelBuilder.Entity<Review>(review =>
        {
            review.Ignore(r => r.SignOffSteps);
            review.Ignore(r => r.ForwardedActionPlanIds);
            review.Ignore(r => r.Authors);
            review.Ignore(r => r.Extensions);
            review.Ignore(r => r.Evaluations);
            JsonList<Review, ReviewAuthor>(review, "_authors", "Authors");
            JsonList<Review, TimescaleExtension>(review, "_extensions", "Extensions");
            JsonList<Review, ExternalEvaluation>(review, "_evaluations", "Evaluations");
        });
        modelBuilder.Entity<ActionPlan>(plan =>
        {
            plan.Ignore(p => p.SubmittedToLscbIds);
            plan.Ignore(p => p.History);
            JsonList<ActionPlan, PlanStatusChange>(plan, "_history", "History");
        });
        modelBuilder.Entity<PlanAction>(action =>
        {
            action.Ignore(a => a.IntendedOutcome);
            action.Ignore(a => a.HowReviewed);
            action.Ignore(a => a.Evidence);
        });
        modelBuilder.Entity<ProgressUpdate>(update =>
        {
            update.Ignore(u => u.Entries);
            update.Ignore(u => u.OverallNarrative);
            update.Ignore(u => u.SubmittedByUserId);
            update.Ignore(u => u.SubmittedByName);
            update.Ignore(u => u.SubmittedByRole);
        });
        modelBuilder.Entity<Scrutiny>(scrutiny =>
        {
            scrutiny.Ignore(s => s.Advice);
            scrutiny.Ignore(s => s.ByUserId);
            scrutiny.Ignore(s => s.ByName);
            scrutiny.Ignore(s => s.RecordedAt);
        });
    }

    /// <summary>The JSON <paramref name="column"/> read into the list field <paramref name="field"/> by <see cref="JsonColumnReader"/>.</summary>
    private static void JsonList<TEntity, TValue>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<TEntity> entity, string field, string column)
        where TEntity : class =>
        entity.Property<List<TValue>>(field)
            .HasColumnName(column)
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonColumnReader.Converter<TValue>(), JsonColumnReader.Comparer<TValue>());

    private static InvalidOperationException ReadOnly() =>
        new("The exception snapshot model only reads; changes are saved through CommissioningDbContext.");
}
