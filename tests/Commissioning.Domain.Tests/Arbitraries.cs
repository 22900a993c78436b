using Commissioning.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace Commissioning.Domain.Tests;

/// <summary>Generators for domain values, registered on properties via <c>Arbitrary = [typeof(Arbitraries)]</c>.</summary>
public static class Arbitraries
{
    // Dates from 1990 to 2110 cover many financial-year ends, including the 1999/00 and 2099/00 century rolls.
    private static readonly int FirstDay = new DateOnly(1990, 1, 1).DayNumber;
    private static readonly int LastDay = new DateOnly(2110, 12, 31).DayNumber;

    public static Arbitrary<DateOnly> DateOnly() =>
        Gen.Choose(FirstDay, LastDay).Select(System.DateOnly.FromDayNumber).ToArbitrary();

    public static Arbitrary<FinancialQuarter> FinancialQuarter() =>
        Gen.Choose(1990, 2110)
            .SelectMany(_ => Gen.Choose(1, 4), (year, quarter) => new Domain.FinancialQuarter(year, quarter))
            .ToArbitrary();
}
