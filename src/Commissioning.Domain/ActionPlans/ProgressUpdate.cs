using Commissioning.Domain.Common;

namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// A provider's quarterly report of progress on one plan (DOR 4.18: "at least four times per
/// year"). Never edited: a correction is a new revision for the same quarter, and every
/// revision stays readable (DOMAIN.md "Quarterly progress update").
/// </summary>
public sealed class ProgressUpdate : Entity
{
    private readonly List<ActionProgress> _entries = [];

    private ProgressUpdate() { }

    internal ProgressUpdate(
        Guid id,
        Guid planId,
        FinancialQuarter quarter,
        int revision,
        IEnumerable<ActionProgress> entries,
        string overallNarrative,
        Actor submittedBy,
        DateTimeOffset submittedAt) : base(id)
    {
        PlanId = planId;
        Quarter = quarter;
        Revision = revision;
        _entries.AddRange(entries);
        OverallNarrative = overallNarrative;
        SubmittedByUserId = submittedBy.UserId;
        SubmittedByName = submittedBy.DisplayName;
        SubmittedByRole = submittedBy.Role;
        SubmittedAt = submittedAt;
    }

    public Guid PlanId { get; private set; }

    public FinancialQuarter Quarter { get; private set; }

    /// <summary>1 for the first update of a quarter; each correction adds one.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<ActionProgress> Entries => _entries;

    public string OverallNarrative { get; private set; } = "";

    public string SubmittedByUserId { get; private set; } = "";

    public string SubmittedByName { get; private set; } = "";

    /// <summary>PROVIDER normally; QUALITY_TEAM when the team keyed in a copy sent to it (DOR 4.18).</summary>
    public Role SubmittedByRole { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public bool IsCorrection => Revision > 1;
}
