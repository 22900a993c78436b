using Commissioning.Api.Data;
using Commissioning.Domain.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Reporting;

/// <summary>
/// Fills the <see cref="ExceptionSnapshot"/> the exception engine reads, for every provider or one.
/// Each aggregate kind is one query (split into one statement per owned collection), read without
/// tracking, so the number of SQL statements is fixed whatever the size of the commissioner.
/// </summary>
public sealed class ExceptionSnapshotLoader(CommissioningDbContext db)
{
    public async Task<ExceptionSnapshot> LoadAsync(Guid? providerId, CancellationToken cancellationToken)
    {
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
