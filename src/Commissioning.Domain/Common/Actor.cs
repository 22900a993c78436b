namespace Commissioning.Domain.Common;

/// <summary>
/// The person (or dashboard) doing something. Rules take an actor rather than reading
/// ambient state, so "who may do this" is testable alongside "is this valid".
/// </summary>
public sealed record Actor
{
    public Actor(string userId, string displayName, Role role, Guid? providerId = null)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new ArgumentException("An actor needs a user id.", nameof(userId));
        }
        if (role == Role.Provider && providerId is null)
        {
            throw new ArgumentException("Provider staff must carry the provider they work for.", nameof(providerId));
        }
        if (role != Role.Provider && providerId is not null)
        {
            throw new ArgumentException("Only provider staff belong to a provider.", nameof(providerId));
        }
        UserId = userId;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? userId : displayName;
        Role = role;
        ProviderId = providerId;
    }

    public string UserId { get; }

    public string DisplayName { get; }

    public Role Role { get; }

    /// <summary>Set only for <see cref="Role.Provider"/>: the one organisation whose data they see.</summary>
    public Guid? ProviderId { get; }

    /// <summary>Anyone on the commissioner's side (not provider staff, not a dashboard).</summary>
    public bool IsCommissioner => Role is Role.QualityTeam or Role.DesignatedNurse or Role.Director or Role.ChiefExecutive;

    public bool IsProvider => Role == Role.Provider;

    public bool IsDesignatedNurse => Role == Role.DesignatedNurse;

    public bool IsDashboard => Role == Role.Dashboard;

    /// <summary>Dashboards only ever read (DOMAIN.md "Who uses it").</summary>
    public bool CanWrite => Role != Role.Dashboard;

    /// <summary>Whether this actor is provider staff of <paramref name="providerId"/>.</summary>
    public bool WorksFor(Guid providerId) => IsProvider && ProviderId == providerId;

    /// <summary>Commissioners see every provider; provider staff see only their own; dashboards see aggregates.</summary>
    public bool CanSeeProvider(Guid providerId) => !IsProvider || ProviderId == providerId;

    public bool HasRole(params ReadOnlySpan<Role> roles)
    {
        foreach (var r in roles)
        {
            if (r == Role)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>FORBIDDEN unless the actor holds one of <paramref name="roles"/>.</summary>
    public Result Require(string action, params ReadOnlySpan<Role> roles) =>
        HasRole(roles)
            ? Result.Success()
            : new DomainError(ErrorCodes.Forbidden, $"{Role.ToClaim()} may not {action}.");

    /// <summary>FORBIDDEN unless the actor is a commissioner or staff of <paramref name="providerId"/>.</summary>
    public Result RequireCommissionerOrOwnProvider(Guid providerId, string action) =>
        IsCommissioner || WorksFor(providerId)
            ? Result.Success()
            : new DomainError(ErrorCodes.Forbidden, $"{Role.ToClaim()} may not {action} for this provider.");
}
