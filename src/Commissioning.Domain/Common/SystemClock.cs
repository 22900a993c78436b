namespace Commissioning.Domain.Common;

/// <summary>
/// The real clock. "Today" is taken in UK local time when the zone is known, because due
/// days in the policies are UK calendar days; otherwise UTC.
/// </summary>
public sealed class SystemClock(TimeProvider time) : IClock
{
    private static readonly TimeZoneInfo Uk = FindUk();

    public SystemClock() : this(TimeProvider.System) { }

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Uk).DateTime);

    private static TimeZoneInfo FindUk()
    {
        foreach (var id in new[] { "Europe/London", "GMT Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }
        return TimeZoneInfo.Utc;
    }
}
