using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Reporting;

/// <summary>
/// An exception as a connection item: the engine's line, its place in the engine's report order
/// (the default order and the cursor's tie-breaker), the provider's name for sorting and its type for filtering
/// (null for a CCG record about no provider).
/// </summary>
public sealed record ExceptionItem(int Rank, ExceptionLine Line, string? ProviderName, ProviderType? ProviderType = null)
{
    public ExceptionCode Code => Line.Code;

    public Severity Severity => Line.Severity;

    /// <summary>The provider's id, or the empty id for a CCG record about no provider (so it filters as a key).</summary>
    public Guid ProviderKey => Line.ProviderId ?? Guid.Empty;

    public DateOnly ArisenOn => Line.AroseOn;

    public int DaysOutstanding => Line.DaysOutstanding;

    public string ProviderSortName => ProviderName ?? "";
}
