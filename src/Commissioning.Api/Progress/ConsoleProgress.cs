namespace Commissioning.Api.Progress;

/// <summary>How the command line shows progress on standard error.</summary>
public enum ProgressStyle
{
    /// <summary>One line rewritten in place: for a person at a terminal.</summary>
    Live,

    /// <summary>A plain line now and then: for CI logs and redirected output, where carriage returns make a mess.</summary>
    Lines,

    /// <summary>Nothing.</summary>
    None,
}

/// <summary>
/// Progress for the command line, written to standard error so standard output stays clean for data. A terminal
/// gets one live line (redrawn at most ten times a second, ended with a line break when the work finishes);
/// anything else gets plain lines, at most one per interval and always the last.
/// </summary>
public sealed class ConsoleProgress : IProgressReporter
{
    private static readonly TimeSpan LiveInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Lines often enough to show a CI job is moving, rarely enough to keep its log readable.</summary>
    public static readonly TimeSpan DefaultLineInterval = TimeSpan.FromSeconds(5);

    private readonly TextWriter _writer;
    private readonly ProgressStyle _style;
    private readonly ProgressThrottle _throttle;
    private int _liveWidth;

    public ConsoleProgress(TextWriter writer, ProgressStyle style, TimeSpan? lineInterval = null, TimeProvider? time = null)
    {
        _writer = writer;
        _style = style;
        _throttle = new ProgressThrottle(style == ProgressStyle.Live ? LiveInterval : lineInterval ?? DefaultLineInterval, time ?? TimeProvider.System);
    }

    /// <summary>
    /// Live when standard error is a terminal that can redraw a line, plain lines otherwise (redirected to a file or a
    /// pipe, as in CI, or a terminal declaring itself dumb).
    /// </summary>
    public static ProgressStyle DetectStyle() =>
        Console.IsErrorRedirected || Environment.GetEnvironmentVariable("TERM") == "dumb" ? ProgressStyle.Lines : ProgressStyle.Live;

    public void Report(ProgressUpdate update)
    {
        if (_style == ProgressStyle.None || !_throttle.Allows(update)) return;
        var text = update.Describe();
        if (_style == ProgressStyle.Lines)
        {
            _writer.WriteLine(text);
        }
        else
        {
            // Spaces over what is left of a longer previous line: plain, so it works without ANSI escapes too.
            _writer.Write('\r' + text.PadRight(_liveWidth));
            _liveWidth = text.Length;
            if (update.Finished)
            {
                _writer.WriteLine();
                _liveWidth = 0;
            }
        }
        _writer.Flush();
    }
}
