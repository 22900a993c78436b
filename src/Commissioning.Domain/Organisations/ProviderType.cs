namespace Commissioning.Domain.Organisations;

/// <summary>The kinds of commissioned provider named in DOR 1.2 and App.1.</summary>
public enum ProviderType
{
    NhsTrust,
    FoundationTrust,
    GpPractice,
    Independent,

    /// <summary>Voluntary-sector providers may use the Luton 9 Standards instead of the S11 duties (LUT-VS).</summary>
    Voluntary,
    Other,
}
