namespace Commissioning.Api.Progress;

/// <summary>Times one piece of work and turns its counts into <see cref="ProgressUpdate"/>s for a reporter.</summary>
public sealed class ProgressMeter
{
    private readonly IProgressReporter _reporter;
    private readonly TimeProvider _time;
    private readonly long _started;

    public ProgressMeter(IProgressReporter reporter, string activity, string unit, long? total = null, TimeProvider? time = null)
    {
        _reporter = reporter;
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
        Activity = activity;
        Unit = unit;
        Total = total;
    }

    public string Activity { get; }

    public string Unit { get; }

    /// <summary>How many units there will be; work that learns it on the way (an export's first page) sets it then.</summary>
    public long? Total { get; set; }

    public void Report(long done, long rows = 0, string? detail = null) => _reporter.Report(Update(done, rows, detail, finished: false));

    public void Complete(long done, long rows = 0, string? detail = null) => _reporter.Report(Update(done, rows, detail, finished: true));

    private ProgressUpdate Update(long done, long rows, string? detail, bool finished) =>
        new(Activity, done, Total, Unit, rows, _time.GetElapsedTime(_started), detail, finished);
}
