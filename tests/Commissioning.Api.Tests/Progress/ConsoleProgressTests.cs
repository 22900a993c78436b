using Commissioning.Api.Progress;

namespace Commissioning.Api.Tests.Progress;

/// <summary>What a person sees of long work: one line redrawn at a terminal, plain lines in a log, and what each says.</summary>
public sealed class ConsoleProgressTests
{
    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => _ticks;
        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    [Fact]
    public void A_line_says_how_many_of_how_many_the_rate_and_the_time_left()
    {
        var update = new ProgressUpdate("Demo data", 1_250, 5_000, "providers saved", 312_400, TimeSpan.FromSeconds(60), null, Finished: false);

        Assert.Equal("Demo data: 1,250 of 5,000 providers saved (25%), 312,400 rows, 5,207 rows/s, about 3m 00s left", update.Describe());
    }

    [Fact]
    public void The_last_line_says_how_long_it_took_and_counts_rows_once_when_rows_are_the_unit()
    {
        var update = new ProgressUpdate("exceptions export", 300, 300, "rows", 300, TimeSpan.FromSeconds(2), "3 pages", Finished: true);

        Assert.Equal("exceptions export: 300 of 300 rows (100%), 3 pages, 150 rows/s, done in 2s", update.Describe());
    }

    [Fact]
    public void Without_a_total_there_is_no_percentage_or_time_left()
    {
        var update = new ProgressUpdate("exceptions export", 100, null, "rows", 100, TimeSpan.FromSeconds(4), "1 page", Finished: false);

        Assert.Equal("exceptions export: 100 rows, 1 page, 25 rows/s", update.Describe());
    }

    [Fact]
    public void At_a_terminal_one_line_is_redrawn_in_place_and_ended_when_the_work_finishes()
    {
        var time = new ManualTime();
        var error = new StringWriter();
        var meter = new ProgressMeter(new ConsoleProgress(error, ProgressStyle.Live, time: time), "Demo data", "providers saved", 100, time);

        time.Advance(TimeSpan.FromSeconds(1));
        meter.Report(10);
        time.Advance(TimeSpan.FromSeconds(1));
        meter.Report(20);
        meter.Report(30); // within a tenth of a second of the last redraw: skipped
        time.Advance(TimeSpan.FromSeconds(1));
        meter.Complete(100);

        var text = error.ToString();
        Assert.Equal(3, text.Count(c => c == '\r'));
        Assert.DoesNotContain("30 of 100", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Single(text, '\n');
        Assert.Contains("\rDemo data: 100 of 100 providers saved (100%), done in 3s", text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_log_lines_come_at_most_once_per_interval_and_the_last_always()
    {
        var time = new ManualTime();
        var error = new StringWriter();
        var meter = new ProgressMeter(new ConsoleProgress(error, ProgressStyle.Lines, TimeSpan.FromSeconds(5), time), "Demo data", "providers saved", 40, time);

        for (var saved = 10; saved < 40; saved += 10)
        {
            time.Advance(TimeSpan.FromSeconds(3));
            meter.Report(saved); // at 3 s shown, at 6 s too soon after it, at 9 s shown
        }
        meter.Complete(40);

        var lines = error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Collection(lines,
            l => Assert.StartsWith("Demo data: 10 of 40", l, StringComparison.Ordinal),
            l => Assert.StartsWith("Demo data: 30 of 40", l, StringComparison.Ordinal),
            l => Assert.StartsWith("Demo data: 40 of 40", l, StringComparison.Ordinal));
    }

    [Fact]
    public void None_shows_nothing()
    {
        var error = new StringWriter();
        new ProgressMeter(new ConsoleProgress(error, ProgressStyle.None), "Demo data", "providers saved", 1).Complete(1);

        Assert.Equal("", error.ToString());
    }
}
