namespace Commissioning.Domain.Common;

/// <summary>
/// Where "today" comes from. Every date rule takes it from here so tests can fix the date.
/// </summary>
public interface IClock
{
    DateTimeOffset Now { get; }

    DateOnly Today { get; }
}
