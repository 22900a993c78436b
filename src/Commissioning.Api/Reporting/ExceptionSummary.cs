using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;

namespace Commissioning.Api.Reporting;

public sealed record ExceptionCount(Guid? ProviderId, string? ProviderName, ExceptionCode Code, Severity Severity, int Count);

public sealed record ExceptionCodeCount(ExceptionCode Code, Severity Severity, int Count);

public sealed record SeverityCount(Severity Severity, int Count);

public sealed record ProviderExceptionTotal(Guid? ProviderId, string? ProviderName, int Count);

/// <summary>
/// Counts of exception lines for dashboards (DOMAIN.md: "counts by provider x code x severity").
/// Every code and severity is listed, with zero where nothing is outstanding, so charts keep their
/// axes; provider cells list only what is outstanding.
/// </summary>
public sealed record ExceptionSummary(
    DateOnly AsOf,
    FinancialQuarter? Quarter,
    int Total,
    IReadOnlyList<ExceptionCount> Cells,
    IReadOnlyList<ExceptionCodeCount> ByCode,
    IReadOnlyList<SeverityCount> BySeverity,
    IReadOnlyList<ProviderExceptionTotal> ByProvider)
{
    public static ExceptionSummary Of(IReadOnlyList<ExceptionLine> lines, DateOnly asOf, FinancialQuarter? quarter,
        CommissioningOptions options, Func<Guid?, string?> providerName)
    {
        var cells = lines
            .GroupBy(l => (l.ProviderId, l.Code, l.Severity))
            .Select(g => new ExceptionCount(g.Key.ProviderId, providerName(g.Key.ProviderId), g.Key.Code, g.Key.Severity, g.Count()))
            .OrderBy(c => c.ProviderId is null).ThenBy(c => c.ProviderName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.ProviderId).ThenBy(c => c.Code).ThenByDescending(c => c.Severity)
            .ToList();
        var byProvider = cells
            .GroupBy(c => c.ProviderId)
            .Select(g => new ProviderExceptionTotal(g.Key, g.First().ProviderName, g.Sum(c => c.Count)))
            .ToList();
        return new ExceptionSummary(asOf, quarter, lines.Count, cells, ByCodeOf(lines, options), BySeverityOf(lines), byProvider);
    }

    /// <summary>Every code in table order with its count; a code's severity is configuration, so one severity each.</summary>
    public static IReadOnlyList<ExceptionCodeCount> ByCodeOf(IReadOnlyList<ExceptionLine> lines, CommissioningOptions options) =>
        Enum.GetValues<ExceptionCode>()
            .Select(code => new ExceptionCodeCount(code, code.SeverityIn(options), lines.Count(l => l.Code == code)))
            .ToList();

    public static IReadOnlyList<SeverityCount> BySeverityOf(IReadOnlyList<ExceptionLine> lines) =>
        Enum.GetValues<Severity>().Reverse()
            .Select(severity => new SeverityCount(severity, lines.Count(l => l.Severity == severity)))
            .ToList();
}

/// <summary>The exceptions outstanding at the end of one quarter (or on the as-of date, for the current quarter).</summary>
public sealed record ExceptionTrendPoint(
    FinancialQuarter Quarter,
    DateOnly AsOf,
    int Total,
    IReadOnlyList<ExceptionCodeCount> ByCode,
    IReadOnlyList<SeverityCount> BySeverity);
