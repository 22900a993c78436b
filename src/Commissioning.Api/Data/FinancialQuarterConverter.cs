using Commissioning.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commissioning.Api.Data;

/// <summary>
/// Stores a <see cref="FinancialQuarter"/> as its <see cref="FinancialQuarter.Ordinal"/>, an integer that
/// sorts and compares like the quarter itself, so "quarters before X" and ORDER BY run in SQL.
/// </summary>
internal sealed class FinancialQuarterConverter() : ValueConverter<FinancialQuarter, int>(
    quarter => quarter.Ordinal,
    ordinal => FinancialQuarter.FromOrdinal(ordinal));
