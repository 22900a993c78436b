using Commissioning.Domain.Common;

namespace Commissioning.Domain.Organisations;

/// <summary>
/// An organisation a provider sub-contracts work to. The provider must make it have regard to
/// the Section 11 duties (DOR App.1 ¶2), so whether that was confirmed is recorded.
/// </summary>
public sealed class SubContractor : Entity
{
    private SubContractor() { Name = ServiceDescription = string.Empty; }

    internal SubContractor(Guid id, string name, string? odsCode, string serviceDescription, DateOnly? dutiesFlowedDownOn) : base(id)
    {
        Name = name;
        OdsCode = odsCode;
        ServiceDescription = serviceDescription;
        DutiesFlowedDownOn = dutiesFlowedDownOn;
    }

    public string Name { get; private set; }

    public string? OdsCode { get; private set; }

    public string ServiceDescription { get; private set; }

    /// <summary>When the provider confirmed the sub-contract binds the sub-contractor to the duties; null if not yet.</summary>
    public DateOnly? DutiesFlowedDownOn { get; private set; }

    public bool DutiesFlowedDown => DutiesFlowedDownOn is not null;

    internal void ConfirmDutiesFlowedDown(DateOnly on) => DutiesFlowedDownOn = on;
}
