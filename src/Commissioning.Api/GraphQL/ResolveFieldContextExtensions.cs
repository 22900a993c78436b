using Commissioning.Api.Data;
using Commissioning.Domain.Common;
using Commissioning.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.GraphQL;

/// <summary>What resolvers of every module need from a request: its database context, its caller, the clock and the policy options.</summary>
public static class ResolveFieldContextExtensions
{
    internal const string CallerKey = "Commissioning.Caller";
    internal const string DbKey = "Commissioning.Db";

    /// <summary>The request's <see cref="CommissioningDbContext"/> (one per request, shared by its resolvers and DataLoaders).</summary>
    /// <remarks>
    /// Every resolver that reads asks for it, from whichever thread it runs on; resolving a scoped service takes the
    /// scope's lock, which the thread-time profiles showed contended under load. The HTTP endpoint therefore puts a
    /// <see cref="Lazy{T}"/> of it into the request's data (<see cref="PerRequest"/>), read without a lock once made.
    /// </remarks>
    public static CommissioningDbContext Db(this IResolveFieldContext context) =>
        context.RequestData.TryGetValue(DbKey, out var db) && db is Lazy<CommissioningDbContext> lazy
            ? lazy.Value
            : context.RequestServices.GetRequiredService<CommissioningDbContext>();

    /// <summary>The request's context, made when a resolver first asks for it (<see cref="Db"/>).</summary>
    /// <remarks>
    /// Racing first callers each ask the request scope, which gives them all its one instance, so no lock of the Lazy's
    /// own is needed (with one, resolvers that raced at the start spun on it).
    /// </remarks>
    internal static Lazy<CommissioningDbContext> PerRequest(IServiceProvider requestServices) =>
        new(requestServices.GetRequiredService<CommissioningDbContext>, LazyThreadSafetyMode.PublicationOnly);

    /// <summary>Who is calling, or null for an unauthenticated caller.</summary>
    public static Actor? Caller(this IResolveFieldContext context) =>
        context.RequestData.TryGetValue(CallerKey, out var caller) ? caller as Actor : null;

    // Registered by AddCommissioningDomain; required, so a host without them fails loudly instead of
    // silently running on code defaults that ignore configuration.
    public static IClock Clock(this IResolveFieldContext context) =>
        context.RequestServices.GetRequiredService<IClock>();

    public static CommissioningOptions DomainOptions(this IResolveFieldContext context) =>
        context.RequestServices.GetRequiredService<CommissioningOptions>();
}
