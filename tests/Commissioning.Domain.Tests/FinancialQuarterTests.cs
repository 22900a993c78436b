using FsCheck.Xunit;

namespace Commissioning.Domain.Tests;

public class FinancialQuarterTests
{
    [Theory]
    [InlineData("2025/26-Q1", 2025, 1, "2025-04-01", "2025-06-30")]
    [InlineData("2025/26-Q2", 2025, 2, "2025-07-01", "2025-09-30")]
    [InlineData("2025/26-Q3", 2025, 3, "2025-10-01", "2025-12-31")]
    [InlineData("2025/26-Q4", 2025, 4, "2026-01-01", "2026-03-31")]
    [InlineData("1999/00-Q4", 1999, 4, "2000-01-01", "2000-03-31")]
    [InlineData("2099/00-Q2", 2099, 2, "2099-07-01", "2099-09-30")]
    [InlineData("2023/24-Q4", 2023, 4, "2024-01-01", "2024-03-31")]
    public void Parses_the_written_form_and_knows_its_dates(string text, int year, int quarter, string start, string end)
    {
        var q = FinancialQuarter.Parse(text);

        Assert.Equal(year, q.Year);
        Assert.Equal(quarter, q.Quarter);
        Assert.Equal(DateOnly.Parse(start), q.Start);
        Assert.Equal(DateOnly.Parse(end), q.End);
        Assert.Equal(text, q.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025/27-Q1")]
    [InlineData("2025/26-Q0")]
    [InlineData("2025/26-Q5")]
    [InlineData("2025/26 Q3")]
    [InlineData("2025-26-Q3")]
    [InlineData("2025/26-q3")]
    [InlineData("25/26-Q3")]
    [InlineData(" 2025/26-Q3")]
    [InlineData("2025/26-Q3 ")]
    [InlineData("20x5/26-Q3")]
    [InlineData("1999/99-Q1")]
    [InlineData("0999/00-Q1")]
    [InlineData("9999/00-Q1")]
    [InlineData(null)]
    public void Rejects_anything_but_the_exact_form(string? text)
    {
        Assert.False(FinancialQuarter.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => FinancialQuarter.Parse(text));
        }
    }

    [Theory]
    [InlineData("2025-03-31", "2024/25-Q4")]
    [InlineData("2025-04-01", "2025/26-Q1")]
    [InlineData("2025-06-30", "2025/26-Q1")]
    [InlineData("2025-07-01", "2025/26-Q2")]
    [InlineData("2025-12-31", "2025/26-Q3")]
    [InlineData("2026-01-01", "2025/26-Q4")]
    [InlineData("2000-02-29", "1999/00-Q4")]
    public void Finds_the_quarter_of_a_date(string date, string expected) =>
        Assert.Equal(expected, FinancialQuarter.FromDate(DateOnly.Parse(date)).ToString());

    [Fact]
    public void A_quarter_is_closed_only_after_its_last_day()
    {
        var q3 = FinancialQuarter.Parse("2025/26-Q3");

        Assert.False(q3.IsClosedOn(new DateOnly(2025, 12, 31)));
        Assert.True(q3.IsClosedOn(new DateOnly(2026, 1, 1)));
        Assert.False(q3.IsClosedOn(new DateOnly(2025, 10, 1)));
    }

    [Fact]
    public void Due_date_counts_days_after_the_quarter_ends()
    {
        // DOR 4.18 default: the 15th day after the quarter ends.
        Assert.Equal(new DateOnly(2026, 1, 15), FinancialQuarter.Parse("2025/26-Q3").DueDate(15));
        Assert.Equal(new DateOnly(2026, 4, 15), FinancialQuarter.Parse("2025/26-Q4").DueDate(15));
    }

    [Fact]
    public void Next_and_previous_cross_financial_year_ends()
    {
        var q4 = FinancialQuarter.Parse("2025/26-Q4");

        Assert.Equal("2026/27-Q1", q4.Next().ToString());
        Assert.Equal("2025/26-Q4", q4.Next().Previous().ToString());
        Assert.Equal("2000/01-Q1", FinancialQuarter.Parse("1999/00-Q4").Next().ToString());
    }

    [Fact]
    public void Comparison_follows_time()
    {
        var a = FinancialQuarter.Parse("2024/25-Q4");
        var b = FinancialQuarter.Parse("2025/26-Q1");

        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(a <= FinancialQuarter.Parse("2024/25-Q4") && a >= FinancialQuarter.Parse("2024/25-Q4"));
        Assert.True(a != b);
        Assert.Equal(a, FinancialQuarter.Parse("2024/25-Q4"));
        Assert.Equal(-1, a.CompareTo(b));
        Assert.Equal(1, a.QuartersUntil(b));
    }

    [Fact]
    public void Range_lists_every_quarter_in_order()
    {
        var range = FinancialQuarter.Range(FinancialQuarter.Parse("2024/25-Q3"), FinancialQuarter.Parse("2025/26-Q2"))
            .Select(q => q.ToString());

        Assert.Equal(["2024/25-Q3", "2024/25-Q4", "2025/26-Q1", "2025/26-Q2"], range);
    }

    [Fact]
    public void Refuses_quarters_outside_what_dates_can_hold()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FinancialQuarter(2025, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FinancialQuarter(2025, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => FinancialQuarter.MaxValue.Next());
        Assert.Throws<ArgumentOutOfRangeException>(() => FinancialQuarter.MinValue.Previous());
        Assert.Equal(new DateOnly(9999, 3, 31), FinancialQuarter.MaxValue.End);
    }

    [Fact]
    public void Default_is_a_valid_quarter()
    {
        var q = default(FinancialQuarter);

        Assert.Equal(FinancialQuarter.MinValue, q);
        Assert.Equal("1000/01-Q1", q.ToString());
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Text_round_trips(FinancialQuarter q) =>
        FinancialQuarter.Parse(q.ToString()) == q;

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Ordinal_round_trips(FinancialQuarter q) =>
        FinancialQuarter.FromOrdinal(q.Ordinal) == q;

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Adding_quarters_is_additive(FinancialQuarter q, int a, int b)
    {
        a %= 200;
        b %= 200;
        return q.AddQuarters(a).AddQuarters(b) == q.AddQuarters(a + b)
            && q.QuartersUntil(q.AddQuarters(a)) == a
            && (a > 0) == (q.AddQuarters(a) > q);
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Four_quarters_make_a_year(FinancialQuarter q) =>
        q.AddQuarters(4).Year == q.Year + 1 && q.AddQuarters(4).Quarter == q.Quarter
        && q.AddQuarters(4).Start == q.Start.AddYears(1);

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Every_date_is_in_exactly_one_quarter(DateOnly date)
    {
        var q = FinancialQuarter.FromDate(date);
        return q.Contains(date)
            && !q.Previous().Contains(date)
            && !q.Next().Contains(date)
            && q.Start <= date && date <= q.End;
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Quarters_tile_time_without_gaps(FinancialQuarter q) =>
        q.End.AddDays(1) == q.Next().Start
        && FinancialQuarter.FromDate(q.Start) == q
        && FinancialQuarter.FromDate(q.End) == q
        && q.Start.Day == 1;

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Closed_exactly_from_the_day_after_it_ends(FinancialQuarter q, DateOnly date) =>
        q.IsClosedOn(date) == (FinancialQuarter.FromDate(date) > q);
}
