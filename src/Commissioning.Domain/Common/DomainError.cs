namespace Commissioning.Domain.Common;

/// <summary>
/// An expected failure of a business rule. The API maps it to a typed error in a mutation
/// payload, so <see cref="Code"/> is stable (see <see cref="ErrorCodes"/>) while
/// <see cref="Message"/> is for people.
/// </summary>
/// <param name="Code">A SCREAMING_CASE code from <see cref="ErrorCodes"/>.</param>
/// <param name="Message">A sentence a user can act on.</param>
/// <param name="Field">The input field at fault, when one is.</param>
public sealed record DomainError(string Code, string Message, string? Field = null)
{
    public static DomainError Validation(string message, string? field = null) =>
        new(ErrorCodes.ValidationFailed, message, field);

    public static DomainError NotFound(string what, object key) =>
        new(ErrorCodes.NotFound, $"{what} '{key}' was not found.");

    public static DomainError InvalidTransition(string what, object from, object to) =>
        new(ErrorCodes.InvalidStateTransition, $"{what} cannot move from {from} to {to}.");

    public override string ToString() => Field is null ? $"{Code}: {Message}" : $"{Code} ({Field}): {Message}";
}
