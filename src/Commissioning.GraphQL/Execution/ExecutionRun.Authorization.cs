using Commissioning.GraphQL.Authorization;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Execution;

// @authorize: every rule of a field (or of an object type) must allow the caller, as the host's
// AuthorizationHandler decides. A denial is thrown as a GraphQLError, so it is handled like any field
// error (§6.4.4): located at the position, which becomes null or propagates to its parent.
internal sealed partial class ExecutionRun
{
    private void Authorize(AuthorizationRule[] rules, ResolveFieldContext context, ObjectType? objectType, object? value)
    {
        foreach (var rule in rules)
        {
            var authorization = new AuthorizationContext(rule, context, objectType, value);
            // Without a handler nothing guarded may run: a schema's rules never silently stop applying.
            var result = _options.Authorize is { } authorize ? authorize(authorization) : AuthorizationResult.NotAuthorized;
            if (result != AuthorizationResult.Allowed) throw AuthorizationErrorCodes.Denied(result, authorization.Coordinate);
        }
    }
}
