namespace Commissioning.Api.Data;

/// <summary>
/// Whose rows a <see cref="CommissioningDbContext"/> may read. Provider staff see only their own
/// organisation's data (DOMAIN.md "Who uses it"), so for them every query is filtered to their provider
/// in SQL (<see cref="CommissioningDbContext"/>'s query filters): a list, a lookup by id, a nested
/// relation or a report can never read another provider's row, and another provider's id looks exactly
/// like an id that does not exist. Everyone else, and work outside a request, reads unrestricted;
/// a request without a caller reads no provider's rows at all.
/// </summary>
public sealed class DataScope
{
    private DataScope(Guid? providerId) => ProviderId = providerId;

    /// <summary>Every row: commissioners, dashboards (whose limits are on fields, not rows), and the system itself.</summary>
    public static DataScope Unrestricted { get; } = new(null);

    /// <summary>No provider's rows: for a request that names no caller, so that nothing can be read by mistake.</summary>
    public static DataScope Nothing { get; } = new(Guid.Empty);

    /// <summary>Only the rows of <paramref name="providerId"/>.</summary>
    public static DataScope ProviderOnly(Guid providerId) => new(providerId);

    /// <summary>The one provider whose rows may be read; null when unrestricted.</summary>
    public Guid? ProviderId { get; }

    public bool IsRestricted => ProviderId is not null;
}
