using Commissioning.Domain.Common;

namespace Commissioning.Domain;

/// <summary>
/// Checks on free text and dates that every aggregate in this folder repeats. They return a
/// <see cref="DomainError"/> (or null) so callers can stop at the first broken rule and store nothing.
/// </summary>
internal static class Inputs
{
    public static DomainError? RequiredText(string? value, string field, int maxLength = 4000)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DomainError.Validation($"{field} is required.", field);
        }
        return value.Trim().Length > maxLength
            ? DomainError.Validation($"{field} must be at most {maxLength} characters.", field)
            : null;
    }

    public static DomainError? OptionalText(string? value, string field, int maxLength = 4000) =>
        value is not null && value.Trim().Length > maxLength
            ? DomainError.Validation($"{field} must be at most {maxLength} characters.", field)
            : null;

    /// <summary>Trimmed text, or null when nothing but whitespace was given.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static DomainError? NotInFuture(DateOnly date, IClock clock, string field) =>
        date > clock.Today
            ? new DomainError(ErrorCodes.DateInFuture, $"{field} ({date:yyyy-MM-dd}) cannot be after today ({clock.Today:yyyy-MM-dd}).", field)
            : null;

    public static DomainError? NotBefore(DateOnly date, DateOnly earliest, string field, string earliestName) =>
        date < earliest
            ? new DomainError(ErrorCodes.DateOutOfRange, $"{field} ({date:yyyy-MM-dd}) cannot be before {earliestName} ({earliest:yyyy-MM-dd}).", field)
            : null;

    public static DomainError? NotEmpty(Guid id, string field) =>
        id == Guid.Empty ? DomainError.Validation($"{field} is required.", field) : null;

    public static DomainError? FirstOf(params ReadOnlySpan<DomainError?> errors)
    {
        foreach (var error in errors)
        {
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }
}
