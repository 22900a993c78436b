using Commissioning.Domain.Common;
using Commissioning.GraphQL.Authorization;

namespace Commissioning.Api.GraphQL.Authorization;

/// <summary>
/// Decides the schema's <c>@authorize</c> rules for the request's caller (<see cref="ResolveFieldContextExtensions.Caller"/>):
/// no caller is AUTH_NOT_AUTHENTICATED; a rule's roles are role claims (<see cref="RoleClaims"/>) of which the
/// caller must hold one; a rule without roles asks only for a caller. The schema names no policies, so a rule
/// naming one is refused rather than guessed at.
/// </summary>
public static class CallerAuthorization
{
    public static AuthorizationResult Decide(AuthorizationContext context)
    {
        if (context.Field.Caller() is not { } caller) return AuthorizationResult.NotAuthenticated;
        if (context.Rule.Policy is not null) return AuthorizationResult.NotAuthorized;
        var roles = context.Rule.Roles;
        if (roles.Count == 0) return AuthorizationResult.Allowed;
        var claim = caller.Role.ToClaim();
        for (var i = 0; i < roles.Count; i++)
            if (string.Equals(roles[i], claim, StringComparison.Ordinal)) return AuthorizationResult.Allowed;
        return AuthorizationResult.NotAuthorized;
    }
}
