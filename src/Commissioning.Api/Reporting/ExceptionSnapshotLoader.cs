using Commissioning.Api.Data;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Schedules;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Reporting;

/// <summary>
/// Fills the <see cref="ExceptionSnapshot"/> the exception engine reads, for every provider or one.
/// Each aggregate kind is one query (split into one statement per owned collection), read without
/// tracking, so the number of SQL statements is fixed whatever the size of the commissioner.
/// </summary>
/// <remarks>
/// Every provider's snapshot (millions of rows at 5,000 providers) is read through
/// <see cref="ExceptionSnapshotDbContext"/>, on <paramref name="db"/>'s connection: only the columns the detectors
/// read, JSON columns parsed once. One provider's snapshot is small and is read through <paramref name="db"/> itself,
/// under its data scope.
/// </remarks>
public sealed class ExceptionSnapshotLoader(CommissioningDbContext db)
{
    public async Task<ExceptionSnapshot> LoadAsync(Guid? providerId, CancellationToken cancellationToken)
    {
        if (providerId is null) return await LoadEveryProviderAsync(cancellationToken).ConfigureAwait(false);

        var providers = await Scope(db.Providers.AsNoTracking(), providerId, p => p.Id)
            .AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        // Contracts bring their schedule, its assessments, indicators and audit schedule (AutoInclude).
        var contracts = await Scope(db.Contracts.AsNoTracking(), providerId, c => c.ProviderId)
            .AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        var returns = await Scope(db.IndicatorReturns.AsNoTracking(), providerId, r => r.ProviderId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var incidents = await Scope(db.Incidents.AsNoTracking(), providerId, i => i.ProviderId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var plans = await Scope(db.ActionPlans.AsNoTracking(), providerId, p => p.ProviderId)
            .AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);

        // AUTHOR_CONFLICT compares a provider's IMR with the CCG's Health Overview Report on the same
        // case (DOR 4.10), and the HOR belongs to no provider: so for one provider every review on any
        // case that provider is part of is loaded, in the same statement.
        var reviews = db.Reviews.AsNoTracking();
        if (providerId is { } id)
        {
            var cases = db.Reviews.Where(r => r.SubjectProviderId == id).Select(r => r.CaseReference);
            reviews = reviews.Where(r => r.SubjectProviderId == id || cases.Contains(r.CaseReference));
        }
        var reviewList = await reviews.ToListAsync(cancellationToken).ConfigureAwait(false);

        return new ExceptionSnapshot
        {
            Providers = providers,
            Contracts = contracts,
            IndicatorReturns = returns,
            Incidents = incidents,
            Reviews = reviewList,
            ActionPlans = plans,
        };
    }

    private async Task<ExceptionSnapshot> LoadEveryProviderAsync(CancellationToken cancellationToken)
    {
        // Opened by the main context, so its per-connection settings (SQLite's busy timeout) apply.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var lean = ExceptionSnapshotDbContext.Over(db);
            // One plain statement per table, children joined to their parents here by key: an Include would read each
            // child table joined to and sorted by its parents, and cost about three times as much (bench/README.md).
            var providers = await lean.Providers.OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            // A contract's schedule and the schedule's audit schedule are one each: joined in the contracts' statement.
            var contracts = await lean.Contracts.IgnoreAutoIncludes().Include(c => c.Schedule).ThenInclude(s => s!.AuditSchedule)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var returns = await lean.IndicatorReturns.ToListAsync(cancellationToken).ConfigureAwait(false);
            var incidents = await lean.Incidents.ToListAsync(cancellationToken).ConfigureAwait(false);
            var reviews = await lean.Reviews.ToListAsync(cancellationToken).ConfigureAwait(false);
            var plans = await lean.ActionPlans.IgnoreAutoIncludes().ToListAsync(cancellationToken).ConfigureAwait(false);

            // As the main model's includes would: each child in its parent's collection, as the rows stream in;
            // a row whose parent was not read (none, under the foreign keys) is left out, as an inner join leaves it.
            var schedulesById = contracts.Where(c => c.Schedule is not null).ToDictionary(c => c.Schedule!.Id, c => c.Schedule!);
            await AttachAsync<Section11Schedule, Indicator>(lean, "ScheduleId", nameof(Section11Schedule.Indicators), schedulesById, cancellationToken).ConfigureAwait(false);
            await AttachAsync<Section11Schedule, DutyAssessment>(lean, "ScheduleId", nameof(Section11Schedule.Assessments), schedulesById, cancellationToken).ConfigureAwait(false);
            var auditSchedulesById = schedulesById.Values.Where(s => s.AuditSchedule is not null).ToDictionary(s => s.AuditSchedule!.Id, s => s.AuditSchedule!);
            await AttachAsync<AuditSchedule, MandatedIssue>(lean, "AuditScheduleId", nameof(AuditSchedule.MandatedIssues), auditSchedulesById, cancellationToken).ConfigureAwait(false);
            await AttachAsync<AuditSchedule, Audit>(lean, "AuditScheduleId", nameof(AuditSchedule.Audits), auditSchedulesById, cancellationToken).ConfigureAwait(false);
            var plansById = plans.ToDictionary(p => p.Id);
            await AttachAsync<ActionPlan, PlanAction>(lean, "ActionPlanId", nameof(ActionPlan.Actions), plansById, cancellationToken).ConfigureAwait(false);
            await AttachAsync<ActionPlan, ProgressUpdate>(lean, nameof(ProgressUpdate.PlanId), nameof(ActionPlan.ProgressUpdates), plansById, cancellationToken).ConfigureAwait(false);
            await AttachAsync<ActionPlan, Scrutiny>(lean, "ActionPlanId", nameof(ActionPlan.Scrutinies), plansById, cancellationToken).ConfigureAwait(false);

            return new ExceptionSnapshot
            {
                Providers = providers,
                Contracts = contracts,
                IndicatorReturns = returns,
                Incidents = incidents,
                Reviews = reviews,
                ActionPlans = plans,
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Every row of <typeparamref name="TChild"/>, added to the collection <paramref name="navigation"/> of the parent
    /// its <paramref name="foreignKey"/> (a mapped or shadow property) names, through EF Core's own accessor for it, as
    /// the rows stream in: nothing but the records themselves is kept.
    /// </summary>
    private static async Task AttachAsync<TParent, TChild>(ExceptionSnapshotDbContext lean, string foreignKey, string navigation,
        Dictionary<Guid, TParent> parents, CancellationToken cancellationToken)
        where TParent : class
        where TChild : class
    {
        var collection = lean.Model.FindEntityType(typeof(TParent))!.FindNavigation(navigation)!.GetCollectionAccessor()!;
        var rows = lean.Set<TChild>().IgnoreAutoIncludes()
            .Select(child => new { Parent = EF.Property<Guid>(child, foreignKey), Child = child })
            .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false);
        await foreach (var row in rows)
            if (parents.TryGetValue(row.Parent, out var parent)) collection.Add(parent, row.Child, forMaterialization: true);
    }

    private static IQueryable<T> Scope<T>(IQueryable<T> query, Guid? providerId, System.Linq.Expressions.Expression<Func<T, Guid>> provider)
    {
        if (providerId is not { } id) return query;
        var parameter = provider.Parameters[0];
        var test = System.Linq.Expressions.Expression.Equal(provider.Body,
            System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Constant(new Box(id)), nameof(Box.Value)));
        return query.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(test, parameter));
    }

    // The provider id reaches SQL as a parameter, not inlined text.
    private sealed record Box(Guid Value);
}
