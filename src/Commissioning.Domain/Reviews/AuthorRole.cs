namespace Commissioning.Domain.Reviews;

/// <summary>What an author writes; it follows from the kind of review they are appointed to.</summary>
public enum AuthorRole
{
    /// <summary>Writes an IMR of a commissioned provider or contractor (a GP practice included, DOR 4.10).</summary>
    ImrAuthor,

    /// <summary>Writes the Health Overview Report (DOR 4.3, 4.10).</summary>
    HorAuthor,

    /// <summary>The LSCB's independent author of the SCR overview report (DOR 4.3, SM14 14.4.39).</summary>
    OverviewAuthor,
}
