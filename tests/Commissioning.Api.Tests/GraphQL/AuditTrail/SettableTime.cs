namespace Commissioning.Api.Tests.GraphQL.AuditTrail;

/// <summary>The host's TimeProvider, held at an instant the test chooses, so audit-trail times can be asserted exactly.</summary>
internal sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>The current time to the second, so it survives storage and the DateTime scalar unchanged.</summary>
    public static DateTimeOffset Truncated(DateTimeOffset at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
