using Commissioning.Domain.Common;

namespace Commissioning.Domain.Organisations;

/// <summary>
/// An Organisation Data Service style code, e.g. <c>RBD</c> (trust), <c>RBD01</c> (site),
/// <c>J81001</c> (GP practice), <c>8HV48</c> (independent sector): 3 to 6 capital letters or
/// digits with at least one letter. Input is trimmed and upper-cased so look-ups are exact.
/// </summary>
public static class OdsCode
{
    public const int MinLength = 3;
    public const int MaxLength = 6;

    public static Result<string> Normalise(string? code)
    {
        var candidate = code?.Trim().ToUpperInvariant() ?? string.Empty;
        var valid = candidate.Length is >= MinLength and <= MaxLength
            && candidate.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            && candidate.Any(char.IsAsciiLetter);
        return valid
            ? candidate
            : new DomainError(
                ErrorCodes.InvalidOdsCode,
                $"'{code}' is not an ODS code: use {MinLength} to {MaxLength} letters or digits, at least one a letter (e.g. RBD or J81001).",
                "odsCode");
    }
}
