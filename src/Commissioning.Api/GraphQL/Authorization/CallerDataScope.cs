using Commissioning.Api.Data;

namespace Commissioning.Api.GraphQL.Authorization;

/// <summary>
/// The data scope of a request, from the same claims that make its caller (<see cref="CallerClaims"/>):
/// provider staff are restricted to their provider, and a request without a caller to nothing (the schema
/// refuses it anyway; this keeps any code path that forgets from reading rows). Outside a request (startup
/// migration and seeding, health checks of the host) there is no principal and reading is unrestricted.
/// </summary>
public static class CallerDataScope
{
    public static DataScope Of(HttpContext? request)
    {
        if (request is null) return DataScope.Unrestricted;
        return CallerClaims.ToActor(request.User) switch
        {
            null => DataScope.Nothing,
            { ProviderId: { } providerId } => DataScope.ProviderOnly(providerId),
            _ => DataScope.Unrestricted,
        };
    }
}
