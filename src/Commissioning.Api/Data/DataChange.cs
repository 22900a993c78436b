namespace Commissioning.Api.Data;

/// <summary>
/// One committed transaction's entry in the change log that lets a cache of every provider's records (the exception
/// snapshot) reload only what changed: written by <see cref="DataVersionInterceptor"/> in the same transaction that
/// advances <see cref="DataVersion"/>, so a reader that reads the counter and the log in one statement sees each
/// commit the counter counts with exactly one entry (until the entry is pruned, which a reader detects by counting).
/// </summary>
public sealed class DataChange
{
    /// <summary>
    /// The most providers one entry names; a transaction that changed more is logged as changing everything (a full
    /// reload costs less than many providers' partial ones).
    /// </summary>
    public const int MaxProviders = 64;

    /// <summary>Entries kept behind the newest: a cache further behind than this reloads everything.</summary>
    public const int Kept = 1000;

    public Guid Id { get; set; }

    /// <summary>The counter as the writing transaction saw it after advancing it: an order for pruning, not a key.</summary>
    public long Version { get; set; }

    /// <summary>
    /// The providers whose records the transaction changed, as comma-separated ids, after the word "reviews" when it
    /// changed a review; null when the change is not one provider's (an LSCB, a bulk write, raw SQL) or names more
    /// than <see cref="MaxProviders"/>.
    /// </summary>
    public string? Providers { get; set; }
}
