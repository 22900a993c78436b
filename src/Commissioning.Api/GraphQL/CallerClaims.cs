using System.Security.Claims;
using Commissioning.Domain.Common;

namespace Commissioning.Api.GraphQL;

/// <summary>
/// Reads the caller's <see cref="Actor"/> from the claims of an authenticated principal. Claim names are
/// those of our tokens (<c>sub</c>, <c>name</c>, <c>role</c>, <c>provider_id</c>); the mapped names the
/// JWT handler produces by default (<see cref="ClaimTypes"/>) are accepted too.
/// </summary>
public static class CallerClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string ProviderId = "provider_id";

    /// <summary>
    /// The actor, or null when the principal is not authenticated or its claims do not describe one of
    /// our users (no user id, a role not in <see cref="RoleClaims"/>, provider staff without a valid
    /// provider id, or a provider id on someone who is not provider staff).
    /// </summary>
    public static Actor? ToActor(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true) return null;
        var userId = Find(principal, UserId, ClaimTypes.NameIdentifier);
        if (string.IsNullOrWhiteSpace(userId)) return null;
        if (!RoleClaims.TryParse(Find(principal, Role, ClaimTypes.Role), out var role)) return null;

        Guid? providerId = null;
        if (Find(principal, ProviderId) is { } providerClaim)
        {
            if (!Guid.TryParse(providerClaim, out var parsed)) return null;
            providerId = parsed;
        }
        if ((role == Domain.Common.Role.Provider) != providerId.HasValue) return null;
        return new Actor(userId, Find(principal, Name, ClaimTypes.Name) ?? userId, role, providerId);
    }

    private static string? Find(ClaimsPrincipal principal, params string[] types)
    {
        foreach (var type in types)
            if (principal.FindFirst(type)?.Value is { Length: > 0 } value) return value;
        return null;
    }
}
