using Commissioning.Domain.Common;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Validation.Limits;

namespace Commissioning.Api.GraphQL;

/// <summary>The checks every operation passes before it runs: who may introspect, then the operation limits.</summary>
internal static class RequestGuards
{
    public static IReadOnlyList<IOperationGuard> Create(CommissioningGraphQLOptions options)
    {
        var policy = options.Introspection;
        return
        [
            new IntrospectionGuard(request => policy switch
            {
                IntrospectionPolicy.Anyone => true,
                IntrospectionPolicy.Authenticated => request.RequestData.TryGetValue(ResolveFieldContextExtensions.CallerKey, out var caller) && caller is Actor,
                _ => false,
            }),
            new OperationLimitsGuard(options.Limits.ToLimits()),
        ];
    }
}
