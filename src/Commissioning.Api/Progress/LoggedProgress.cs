namespace Commissioning.Api.Progress;

/// <summary>
/// Progress as log lines at Information, at most one per <c>interval</c> and always the last: how the server
/// reports seeding at start-up, where nobody watches a terminal but the log shows it is not stuck.
/// </summary>
public sealed partial class LoggedProgress(ILogger logger, TimeSpan interval, TimeProvider? time = null) : IProgressReporter
{
    /// <summary>Often enough to see work moving in a log, rarely enough not to flood it.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    private readonly ProgressThrottle _throttle = new(interval, time ?? TimeProvider.System);

    public void Report(ProgressUpdate update)
    {
        if (_throttle.Allows(update)) LogProgress(logger, update.Describe());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Progress}")]
    private static partial void LogProgress(ILogger logger, string progress);
}
