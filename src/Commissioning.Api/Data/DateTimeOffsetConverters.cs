using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commissioning.Api.Data;

/// <summary>
/// On SQLite, instants are stored as fixed-width UTC ISO 8601 text
/// (<c>2025-11-12T09:30:15.0000000+00:00</c>), so text order is time order and EF can translate
/// ORDER BY and comparisons on them, which it refuses for SQLite's default DateTimeOffset mapping.
/// </summary>
internal sealed class SortableUtcTextConverter() : ValueConverter<DateTimeOffset, string>(
    value => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
    text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));

/// <summary>
/// On PostgreSQL, <c>timestamp with time zone</c> accepts only UTC values from Npgsql, so
/// instants are normalised to UTC before they are written; the instant itself never changes.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
