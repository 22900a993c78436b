namespace Commissioning.Api.Progress;

/// <summary>Lets an update through at most once per interval, and the finished one always.</summary>
internal sealed class ProgressThrottle(TimeSpan interval, TimeProvider time)
{
    private long? _last;

    public bool Allows(ProgressUpdate update)
    {
        var now = time.GetTimestamp();
        if (!update.Finished && _last is { } last && time.GetElapsedTime(last, now) < interval) return false;
        _last = now;
        return true;
    }
}
