namespace Commissioning.Domain.Common;

/// <summary>Shared checks on free text so every entity words its errors the same way.</summary>
public static class Text
{
    /// <summary>VALIDATION_FAILED unless <paramref name="value"/> has content and fits in <paramref name="maxLength"/>.</summary>
    public static Result Required(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DomainError.Validation($"{field} is required.", field);
        }
        return MaxLength(value, field, maxLength);
    }

    /// <summary>VALIDATION_FAILED when <paramref name="value"/> is longer than <paramref name="maxLength"/>; null is fine.</summary>
    public static Result MaxLength(string? value, string field, int maxLength) =>
        value is not null && value.Trim().Length > maxLength
            ? DomainError.Validation($"{field} must be at most {maxLength} characters.", field)
            : Result.Success();

    /// <summary>Trimmed text, or null for blank input, so optional fields never store whitespace.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
