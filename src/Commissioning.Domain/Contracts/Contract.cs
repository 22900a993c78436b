using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;

namespace Commissioning.Domain.Contracts;

/// <summary>
/// A contract with a provider. Every contract must carry one Section 11 safeguarding schedule
/// (DOR 4.1); a live contract without a complete one is an exception (SCHEDULE_INCOMPLETE).
/// </summary>
public sealed class Contract : AggregateRoot
{
    private Contract() { Reference = ServiceDescription = CommissionerLead = string.Empty; }

    private Contract(Guid id, Guid providerId, string reference, string serviceDescription, DateOnly startDate, DateOnly endDate, string commissionerLead)
        : base(id)
    {
        ProviderId = providerId;
        Reference = reference;
        ServiceDescription = serviceDescription;
        StartDate = startDate;
        EndDate = endDate;
        CommissionerLead = commissionerLead;
    }

    public Guid ProviderId { get; private set; }

    public string Reference { get; private set; }

    public string ServiceDescription { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>Last day of the contract (inclusive).</summary>
    public DateOnly EndDate { get; private set; }

    /// <summary>The CCG officer who leads on this contract.</summary>
    public string CommissionerLead { get; private set; }

    /// <summary>The contract's Section 11 schedule; null until attached.</summary>
    public Section11Schedule? Schedule { get; private set; }

    public bool IsLiveOn(DateOnly date) => date >= StartDate && date <= EndDate;

    /// <summary>Live on <paramref name="date"/> without a schedule that has all three parts (DOR 4.1).</summary>
    public bool LacksCompleteScheduleOn(DateOnly date) => IsLiveOn(date) && Schedule is not { IsComplete: true };

    public static Result<Contract> Create(
        Guid id, Provider provider, string reference, string serviceDescription, DateOnly startDate, DateOnly endDate, string commissionerLead, Actor actor)
    {
        var check = actor.Require("create a contract", Role.QualityTeam)
            .Then(() => Validate(reference, serviceDescription, startDate, endDate, commissionerLead));
        if (check.IsFailure)
        {
            return check.Error;
        }
        return new Contract(id, provider.Id, reference.Trim(), serviceDescription.Trim(), startDate, endDate, commissionerLead.Trim());
    }

    public Result Update(string reference, string serviceDescription, DateOnly startDate, DateOnly endDate, string commissionerLead, Actor actor)
    {
        var check = actor.Require("change a contract", Role.QualityTeam)
            .Then(() => Validate(reference, serviceDescription, startDate, endDate, commissionerLead));
        if (check.IsFailure)
        {
            return check;
        }
        Reference = reference.Trim();
        ServiceDescription = serviceDescription.Trim();
        StartDate = startDate;
        EndDate = endDate;
        CommissionerLead = commissionerLead.Trim();
        Touch();
        return Result.Success();
    }

    /// <summary>
    /// Gives the contract its one schedule. Voluntary-sector providers may choose the Luton 9
    /// Standards instead of the S11 duties (LUT-VS Part Two); everyone else uses S11.
    /// </summary>
    public Result<Section11Schedule> AttachSchedule(Guid scheduleId, DutyFramework framework, Provider provider, Actor actor)
    {
        var check = actor.Require("attach a Section 11 schedule", Role.QualityTeam);
        if (check.IsFailure)
        {
            return check.Error;
        }
        if (provider.Id != ProviderId)
        {
            return DomainError.Validation("That provider does not hold this contract.", "providerId");
        }
        if (Schedule is not null)
        {
            return new DomainError(ErrorCodes.ScheduleAlreadyAttached, $"Contract {Reference} already has its Section 11 schedule.");
        }
        if (!Enum.IsDefined(framework))
        {
            return DomainError.Validation($"Unknown duty framework {framework}.", "framework");
        }
        if (framework == DutyFramework.LutonNineStandards && !provider.MayUseLutonStandards)
        {
            return DomainError.Validation("Only voluntary-sector providers may use the Luton 9 Standards instead of the Section 11 duties.", "framework");
        }
        Schedule = new Section11Schedule(scheduleId, Id, ProviderId, framework);
        Touch();
        return Schedule;
    }

    private static Result Validate(string reference, string serviceDescription, DateOnly startDate, DateOnly endDate, string commissionerLead) =>
        Result.FirstFailure(
            Text.Required(reference, "reference", 100),
            Text.Required(serviceDescription, "serviceDescription", 2000),
            Text.Required(commissionerLead, "commissionerLead"),
            endDate < startDate
                ? new DomainError(ErrorCodes.DateOutOfRange, "A contract cannot end before it starts.", "endDate")
                : Result.Success());
}
