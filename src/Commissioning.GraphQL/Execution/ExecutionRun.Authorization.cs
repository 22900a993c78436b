using Commissioning.GraphQL.Authorization;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Execution;

// @authorize: every rule of a field (or of an object type) must allow the caller, as the host's
// AuthorizationHandler decides. A denial is thrown as a GraphQLError, so it is handled like any field
// error (§6.4.4): located at the position, which becomes null or propagates to its parent.
internal sealed partial class ExecutionRun
{
    // This request's answers by rule, when the handler's answer depends on the request alone
    // (ExecutorOptions.AuthorizationDependsOnRequestOnly); null otherwise. Locked: resolvers may finish on any thread.
    private readonly Dictionary<AuthorizationRule, AuthorizationResult>? _decisions;

    /// <summary>True when this request already knows every rule allows the caller, so no context needs building to ask.</summary>
    private bool AllowedBefore(AuthorizationRule[] rules)
    {
        if (_decisions is null) return false;
        lock (_decisions)
        {
            foreach (var rule in rules)
                if (!_decisions.TryGetValue(rule, out var known) || known != AuthorizationResult.Allowed) return false;
        }
        return true;
    }

    private void Authorize(AuthorizationRule[] rules, ResolveFieldContext context, ObjectType? objectType, object? value)
    {
        foreach (var rule in rules)
        {
            var authorization = new AuthorizationContext(rule, context, objectType, value);
            var result = Decide(authorization);
            if (result != AuthorizationResult.Allowed) throw AuthorizationErrorCodes.Denied(result, authorization.Coordinate);
        }
    }

    private AuthorizationResult Decide(AuthorizationContext authorization)
    {
        // Without a handler nothing guarded may run: a schema's rules never silently stop applying.
        if (_options.Authorize is not { } authorize) return AuthorizationResult.NotAuthorized;
        if (_decisions is null) return authorize(authorization);
        lock (_decisions)
        {
            if (_decisions.TryGetValue(authorization.Rule, out var known)) return known;
        }
        var result = authorize(authorization);
        lock (_decisions) _decisions[authorization.Rule] = result;
        return result;
    }
}
