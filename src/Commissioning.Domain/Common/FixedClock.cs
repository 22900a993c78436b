namespace Commissioning.Domain.Common;

/// <summary>A clock that says what it is told; for tests and for replaying a past as-of date.</summary>
public sealed class FixedClock : IClock
{
    public FixedClock(DateTimeOffset now) => Now = now;

    public FixedClock(DateOnly today) : this(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)) { }

    public FixedClock(int year, int month, int day) : this(new DateOnly(year, month, day)) { }

    public DateTimeOffset Now { get; set; }

    public DateOnly Today
    {
        get => DateOnly.FromDateTime(Now.DateTime);
        set => Now = new DateTimeOffset(value.ToDateTime(TimeOnly.FromTimeSpan(Now.TimeOfDay)), Now.Offset);
    }

    public void Advance(TimeSpan by) => Now += by;

    public void AdvanceDays(int days) => Now = Now.AddDays(days);
}
