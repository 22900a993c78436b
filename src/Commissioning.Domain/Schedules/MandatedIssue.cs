using Commissioning.Domain.Common;

namespace Commissioning.Domain.Schedules;

/// <summary>
/// A topic the commissioner requires the provider's 12-month audit schedule to cover
/// (DOR 4.1 bullet 2). The seeds name none, so they are data, set per schedule.
/// </summary>
public sealed class MandatedIssue : Entity
{
    private MandatedIssue() { Title = string.Empty; }

    internal MandatedIssue(Guid id, string title, string? description) : base(id)
    {
        Title = title;
        Description = description;
    }

    public string Title { get; private set; }

    public string? Description { get; private set; }
}
