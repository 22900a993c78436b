using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;
using Commissioning.Domain;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.Api.GraphQL.Mutations;

/// <summary>
/// Writes a stored value into the audit trail as the API shows it: enums by their GraphQL names
/// (IN_PROGRESS), quarters as 2025/26-Q3, dates as ISO 8601, lists as arrays. An entry is read years
/// later, by people, so it must not depend on how the CLR or EF happened to hold the value.
/// </summary>
internal static class AuditValues
{
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        Enum member => JsonValue.Create(NameConventions.ToScreamingCase(member.ToString())),
        Guid id => JsonValue.Create(id.ToString()),
        DateOnly day => JsonValue.Create(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTimeOffset instant => JsonValue.Create(instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)),
        FinancialQuarter quarter => JsonValue.Create(quarter.ToString()),
        IEnumerable items => new JsonArray([.. items.Cast<object?>().Select(ToJson)]),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
