using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// A page of <c>actionPlans</c> read without a plan's status history and its two LSCB lists when no field the
/// request selects on the page's plans shows them. The history is a JSON column (~1 kB a plan in the bench) that EF
/// Core's owned-JSON reader turns into about ten times that in allocations; reading it and the lists cost more than a
/// quarter of a plan tree's CPU (bench/README.md). A header is still an <see cref="ActionPlan"/>, with the columns
/// read set through its private setters as EF Core sets them, and those three lists empty; its parts load on their
/// own (<see cref="ActionPlanParts"/>) as for any plan of a page.
/// </summary>
internal static class ActionPlanHeaders
{
    /// <summary>
    /// The plan's fields that read only what a header holds. A field missing here (a new one too) makes the page
    /// read whole plans, so forgetting to add one costs time, never a wrong answer.
    /// </summary>
    private static readonly FrozenSet<string> AnsweredByHeader = new[]
    {
        "__typename", "id", "providerId", "provider", "title", "source", "sourceIncident", "sourceReview", "raisedOn", "status",
        "accountableManager", "actions", "progressUpdates", "scrutinies", "version",
    }.ToFrozenSet();

    private static readonly Func<Header, ActionPlan> ToPlan = CompileToPlan();

    /// <summary>The page's plans: headers when the selection allows, whole plans (without their parts) otherwise.</summary>
    public static Task<List<ActionPlan>> ReadAsync(IResolveFieldContext context, IQueryable<ActionPlan> page, CancellationToken ct) =>
        SelectedFields.NodesSelectOnly(context, AnsweredByHeader) ? ReadHeadersAsync(page, ct) : page.ToListAsync(ct);

    internal static async Task<List<ActionPlan>> ReadHeadersAsync(IQueryable<ActionPlan> page, CancellationToken ct)
    {
        var headers = await page
            .Select(p => new Header(p.Id, p.ProviderId, p.Source, p.SourceRecordId, p.Title, p.RaisedOn, p.AccountableManager, p.Status, p.Version))
            .ToListAsync(ct).ConfigureAwait(false);
        return headers.ConvertAll(h => ToPlan(h));
    }

    /// <summary>Each member named as the plan's property it is set to.</summary>
    private sealed record Header(
        Guid Id,
        Guid ProviderId,
        ActionPlanSource Source,
        Guid SourceRecordId,
        string Title,
        DateOnly RaisedOn,
        AccountableManager? AccountableManager,
        ActionPlanStatus Status,
        int Version);

    /// <summary>
    /// <c>header => new ActionPlan { Id = header.Id, ... }</c> through the plan's private constructor and setters, as
    /// EF Core materialises it; compiled once. The constructor leaves the plan's lists empty.
    /// </summary>
    private static Func<Header, ActionPlan> CompileToPlan()
    {
        var header = Expression.Parameter(typeof(Header), "header");
        var constructor = typeof(ActionPlan).GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes)
            ?? throw new InvalidOperationException("ActionPlan has no parameterless constructor to materialise a header with.");
        var bindings = typeof(Header).GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => Expression.Bind(SettableProperty(p.Name), Expression.Property(header, p)));
        return Expression.Lambda<Func<Header, ActionPlan>>(Expression.MemberInit(Expression.New(constructor), bindings), header).Compile();
    }

    /// <summary>The plan's property by that name, from the class that declares its (private) setter.</summary>
    private static PropertyInfo SettableProperty(string name)
    {
        for (var type = typeof(ActionPlan); type is not null; type = type.BaseType)
        {
            if (type.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly) is { } property)
                return property.SetMethod is not null ? property : throw new InvalidOperationException($"ActionPlan.{name} has no setter.");
        }
        throw new InvalidOperationException($"ActionPlan has no property {name}.");
    }
}
