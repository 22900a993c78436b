using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;

namespace Commissioning.Domain.Exceptions;

/// <summary>
/// The records the <see cref="ExceptionEngine"/> reads, loaded by the caller (the API fills it
/// from the database). It may hold every provider or one provider only; the engine reports on
/// what it is given.
/// </summary>
/// <remarks>
/// Two things the caller must load together for the answer to be complete: a contract with its
/// Section 11 schedule (and the schedule's audit schedule), either through
/// <see cref="Contract.Schedule"/> or in <see cref="Schedules"/>; and every review that shares a
/// case reference, because AUTHOR_CONFLICT compares a provider's IMR with the CCG's Health
/// Overview Report on the same case (DOR 4.10), and the HOR belongs to no provider.
/// </remarks>
public sealed class ExceptionSnapshot
{
    public IReadOnlyList<Provider> Providers { get; init; } = [];

    /// <summary>Contracts, with their schedules attached where loaded.</summary>
    public IReadOnlyList<Contract> Contracts { get; init; } = [];

    /// <summary>
    /// Schedules loaded on their own rather than through <see cref="Contract.Schedule"/>; a
    /// schedule in both places counts once.
    /// </summary>
    public IReadOnlyList<Section11Schedule> Schedules { get; init; } = [];

    public IReadOnlyList<IndicatorReturn> IndicatorReturns { get; init; } = [];

    public IReadOnlyList<Incident> Incidents { get; init; } = [];

    public IReadOnlyList<Review> Reviews { get; init; } = [];

    public IReadOnlyList<ActionPlan> ActionPlans { get; init; } = [];

    /// <summary>The schedule of <paramref name="contract"/>, wherever it was loaded; null when it has none.</summary>
    public Section11Schedule? ScheduleOf(Contract contract) =>
        contract.Schedule ?? Schedules.FirstOrDefault(s => s.ContractId == contract.Id);

    /// <summary>Every schedule in the snapshot once, with the contract that carries it when that was loaded.</summary>
    public IEnumerable<(Section11Schedule Schedule, Contract? Contract)> AllSchedules()
    {
        var seen = new HashSet<Guid>();
        foreach (var contract in Contracts)
        {
            if (ScheduleOf(contract) is { } schedule && seen.Add(schedule.Id))
            {
                yield return (schedule, contract);
            }
        }
        foreach (var schedule in Schedules.Where(s => seen.Add(s.Id)))
        {
            yield return (schedule, null);
        }
    }
}
