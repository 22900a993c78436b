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
    // (ExecutorOptions.AuthorizationDependsOnRequestOnly); null otherwise. Resolvers finish on any thread, so a
    // dictionary is never changed once published: a new answer publishes a copy. Readers (every guarded field and
    // object of every row) then take no lock; a lock here was the most contended one in the plan tree under load.
    private Dictionary<AuthorizationRule, AuthorizationResult>? _decisions;

    /// <summary>True when this request already knows every rule allows the caller, so no context needs building to ask.</summary>
    private bool AllowedBefore(AuthorizationRule[] rules)
    {
        if (Volatile.Read(ref _decisions) is not { } decisions) return false;
        foreach (var rule in rules)
            if (!decisions.TryGetValue(rule, out var known) || known != AuthorizationResult.Allowed) return false;
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
        if (Volatile.Read(ref _decisions) is not { } decisions) return authorize(authorization);
        if (decisions.TryGetValue(authorization.Rule, out var known)) return known;
        var result = authorize(authorization);
        while (true)
        {
            // Two threads may ask at once; the first answer published is the request's answer for the rule.
            var current = Volatile.Read(ref _decisions)!;
            if (current.TryGetValue(authorization.Rule, out known)) return known;
            var next = new Dictionary<AuthorizationRule, AuthorizationResult>(current, ReferenceEqualityComparer.Instance)
            {
                [authorization.Rule] = result,
            };
            if (ReferenceEquals(Interlocked.CompareExchange(ref _decisions, next, current), current)) break;
        }
        return result;
    }
}
