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

    private Task<ExceptionSnapshot> LoadEveryProviderAsync(CancellationToken cancellationToken) => LoadLeanAsync(null, true, cancellationToken);

    /// <summary>
    /// <paramref name="previous"/>, a snapshot of every provider, with the records of <paramref name="changed"/> read
    /// afresh in their place (every other provider's records are shared with it, not copied): what a full load would
    /// give when no record but those providers' (and, with <paramref name="reviews"/>, the reviews) changed since
    /// <paramref name="previous"/> was read. Reviews, which belong to no provider or to several
    /// (<see cref="Data.ChangedProviders"/>), are few: they are read again whole, or kept.
    /// </summary>
    public async Task<ExceptionSnapshot> ReloadProvidersAsync(ExceptionSnapshot previous, IReadOnlyCollection<Guid> changed, bool reviews,
        CancellationToken cancellationToken)
    {
        if (changed.Count == 0 && !reviews) return previous;
        var fresh = await LoadLeanAsync(changed.ToList(), reviews, cancellationToken).ConfigureAwait(false);
        var ids = changed.ToHashSet();
        return new ExceptionSnapshot
        {
            Providers = [.. previous.Providers.Where(p => !ids.Contains(p.Id)).Concat(fresh.Providers).OrderBy(p => p.Id)],
            Contracts = Replace(previous.Contracts, fresh.Contracts, c => ids.Contains(c.ProviderId)),
            Schedules = previous.Schedules,
            IndicatorReturns = Replace(previous.IndicatorReturns, fresh.IndicatorReturns, r => ids.Contains(r.ProviderId)),
            Incidents = Replace(previous.Incidents, fresh.Incidents, i => ids.Contains(i.ProviderId)),
            Reviews = reviews ? fresh.Reviews : previous.Reviews,
            ActionPlans = Replace(previous.ActionPlans, fresh.ActionPlans, p => ids.Contains(p.ProviderId)),
        };
    }

    /// <summary>The records of <paramref name="providers"/> alone, every review left out, through the lean model.</summary>
    internal Task<ExceptionSnapshot> LoadProvidersAsync(IReadOnlyCollection<Guid> providers, CancellationToken cancellationToken) =>
        LoadLeanAsync(providers.ToList(), false, cancellationToken);

    private static List<T> Replace<T>(IReadOnlyList<T> previous, IReadOnlyList<T> fresh, Func<T, bool> changed)
    {
        var list = new List<T>(previous.Count + fresh.Count);
        foreach (var item in previous)
            if (!changed(item)) list.Add(item);
        list.AddRange(fresh);
        return list;
    }

    /// <summary>Every provider's records through the lean model, or only those of <paramref name="only"/>, with every review or none.</summary>
    private async Task<ExceptionSnapshot> LoadLeanAsync(List<Guid>? only, bool reviews, CancellationToken cancellationToken)
    {
        // Opened by the main context, so its per-connection settings (SQLite's busy timeout) apply.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var lean = ExceptionSnapshotDbContext.Over(db);
            // One plain statement per table, children joined to their parents here by key: an Include would read each
            // child table joined to and sorted by its parents, and cost about three times as much (bench/README.md).
            var providers = await Only(lean.Providers, only, p => p.Id).OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            // A contract's schedule and the schedule's audit schedule are one each: joined in the contracts' statement.
            var contracts = await Only(lean.Contracts, only, c => c.ProviderId).IgnoreAutoIncludes().Include(c => c.Schedule).ThenInclude(s => s!.AuditSchedule)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var returns = await Only(lean.IndicatorReturns, only, r => r.ProviderId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var incidents = await Only(lean.Incidents, only, i => i.ProviderId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var reviewList = reviews ? await lean.Reviews.ToListAsync(cancellationToken).ConfigureAwait(false) : [];
            var plans = await Only(lean.ActionPlans, only, p => p.ProviderId).IgnoreAutoIncludes().ToListAsync(cancellationToken).ConfigureAwait(false);

            // As the main model's includes would: each child in its parent's collection, as the rows stream in;
            // a row whose parent was not read (none, under the foreign keys) is left out, as an inner join leaves it.
            var filtered = only is not null;
            var schedulesById = contracts.Where(c => c.Schedule is not null).ToDictionary(c => c.Schedule!.Id, c => c.Schedule!);
            await AttachAsync<Section11Schedule, Indicator>(lean, "ScheduleId", nameof(Section11Schedule.Indicators), schedulesById, filtered, cancellationToken).ConfigureAwait(false);
            await AttachAsync<Section11Schedule, DutyAssessment>(lean, "ScheduleId", nameof(Section11Schedule.Assessments), schedulesById, filtered, cancellationToken).ConfigureAwait(false);
            var auditSchedulesById = schedulesById.Values.Where(s => s.AuditSchedule is not null).ToDictionary(s => s.AuditSchedule!.Id, s => s.AuditSchedule!);
            await AttachAsync<AuditSchedule, MandatedIssue>(lean, "AuditScheduleId", nameof(AuditSchedule.MandatedIssues), auditSchedulesById, filtered, cancellationToken).ConfigureAwait(false);
            await AttachAsync<AuditSchedule, Audit>(lean, "AuditScheduleId", nameof(AuditSchedule.Audits), auditSchedulesById, filtered, cancellationToken).ConfigureAwait(false);
            var plansById = plans.ToDictionary(p => p.Id);
            await AttachAsync<ActionPlan, PlanAction>(lean, "ActionPlanId", nameof(ActionPlan.Actions), plansById, filtered, cancellationToken).ConfigureAwait(false);
            await AttachAsync<ActionPlan, ProgressUpdate>(lean, nameof(ProgressUpdate.PlanId), nameof(ActionPlan.ProgressUpdates), plansById, filtered, cancellationToken).ConfigureAwait(false);
            await AttachAsync<ActionPlan, Scrutiny>(lean, "ActionPlanId", nameof(ActionPlan.Scrutinies), plansById, filtered, cancellationToken).ConfigureAwait(false);

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
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static IQueryable<T> Only<T>(IQueryable<T> query, List<Guid>? only, System.Linq.Expressions.Expression<Func<T, Guid>> provider)
    {
        if (only is null) return query;
        // only.Contains(provider(x)), the list reaching SQL as one parameter.
        var contains = System.Linq.Expressions.Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
            System.Linq.Expressions.Expression.Constant(only), provider.Body);
        return query.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(contains, provider.Parameters));
    }

    /// <summary>
    /// Every row of <typeparamref name="TChild"/>, added to the collection <paramref name="navigation"/> of the parent
    /// its <paramref name="foreignKey"/> (a mapped or shadow property) names, through EF Core's own accessor for it, as
    /// the rows stream in: nothing but the records themselves is kept. With <paramref name="onlyTheseParents"/>, only
    /// the children of <paramref name="parents"/> are read.
    /// </summary>
    private static async Task AttachAsync<TParent, TChild>(ExceptionSnapshotDbContext lean, string foreignKey, string navigation,
        Dictionary<Guid, TParent> parents, bool onlyTheseParents, CancellationToken cancellationToken)
        where TParent : class
        where TChild : class
    {
        var collection = lean.Model.FindEntityType(typeof(TParent))!.FindNavigation(navigation)!.GetCollectionAccessor()!;
        if (onlyTheseParents && parents.Count == 0) return;
        var keys = parents.Keys.ToList();
        var query = lean.Set<TChild>().IgnoreAutoIncludes();
        // Only some providers' records: their children alone, by the parents' keys (the foreign keys are indexed).
        if (onlyTheseParents) query = query.Where(child => keys.Contains(EF.Property<Guid>(child, foreignKey)));
        var rows = query
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
