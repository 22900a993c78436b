namespace Commissioning.Domain.Reviews;

/// <summary>
/// A person appointed to write a review product. <see cref="PersonKey"/> identifies the person
/// across reviews (staff number or e-mail), so the DOR 4.10 conflict can be found on a case.
/// </summary>
/// <param name="ProviderId">For an IMR author: the provider whose IMR it is, when known.</param>
/// <param name="IndependenceDeclared">
/// The author was not "directly concerned with the child or family, nor ... the immediate line
/// manager of the practitioner/s involved" (SM14 14.4.40).
/// </param>
public sealed record ReviewAuthor(
    string PersonKey,
    string Name,
    AuthorRole Role,
    Guid? ProviderId,
    bool IndependenceDeclared,
    DateTimeOffset AppointedAt,
    string AppointedByUserId)
{
    public bool IsSamePerson(string personKey) => string.Equals(PersonKey, NormaliseKey(personKey), StringComparison.Ordinal);

    /// <summary>Staff numbers and e-mails are compared without case or surrounding space.</summary>
    public static string NormaliseKey(string personKey) => personKey.Trim().ToUpperInvariant();
}
