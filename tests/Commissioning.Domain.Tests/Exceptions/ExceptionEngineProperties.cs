using Commissioning.Domain.Exceptions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>Whatever the as-of date and filters, no exception is reported before it arises.</summary>
public class ExceptionEngineProperties
{
    private static readonly ExceptionSnapshot Scenario = ExceptionScenario.Build();

    private static readonly Gen<DateOnly> AsOfDates =
        Gen.Choose(D(2024, 1, 1).DayNumber, D(2028, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);

    private static readonly Gen<FinancialQuarter?> Quarters =
        Gen.OneOf(
            Gen.Constant<FinancialQuarter?>(null),
            Gen.Choose(-6, 12).Select(n => (FinancialQuarter?)Q1.AddQuarters(n)));

    private static readonly Gen<Guid?> ProviderFilters =
        Gen.Elements<Guid?>(null, Poole.Id, Dorset.Id, Guid.NewGuid());

    private static readonly Gen<(DateOnly AsOf, FinancialQuarter? Quarter, Guid? Provider)> Inputs =
        from asOf in AsOfDates
        from quarter in Quarters
        from provider in ProviderFilters
        select (asOf, quarter, provider);

    [Property(MaxTest = 200)]
    public Property Never_reports_an_exception_arising_after_the_as_of_date() =>
        Prop.ForAll(
            Inputs.ToArbitrary(),
            input =>
            {
                var (asOf, quarter, provider) = input;
                var lines = Run(Scenario, asOf, quarter: quarter, providerId: provider);
                return lines.All(l => l.AroseOn <= asOf && l.DaysOutstanding >= 0 && l.DaysOutstanding == asOf.DayNumber - l.AroseOn.DayNumber);
            });

    [Property(MaxTest = 100)]
    public Property Filters_only_ever_remove_lines() =>
        Prop.ForAll(
            Inputs.ToArbitrary(),
            input =>
            {
                var (asOf, quarter, provider) = input;
                var all = Run(Scenario, asOf);
                var filtered = Run(Scenario, asOf, quarter: quarter, providerId: provider);
                return filtered.All(all.Contains) && filtered.All(l => provider is null || l.ProviderId == provider);
            });
}
