using Commissioning.Api.Data;
using Commissioning.Domain.Common;
using Commissioning.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.GraphQL;

/// <summary>What resolvers of every module need from a request: its database context, its caller, the clock and the policy options.</summary>
public static class ResolveFieldContextExtensions
{
    internal const string CallerKey = "Commissioning.Caller";

    /// <summary>The request's <see cref="CommissioningDbContext"/> (one per request, shared by its resolvers and DataLoaders).</summary>
    public static CommissioningDbContext Db(this IResolveFieldContext context) =>
        context.RequestServices.GetRequiredService<CommissioningDbContext>();

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
