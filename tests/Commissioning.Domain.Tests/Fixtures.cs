using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;

namespace Commissioning.Domain.Tests;

/// <summary>Builds the usual provider, contract and schedule so each test states only what it varies.</summary>
internal static class Fixtures
{
    public static Provider Provider(ProviderType type = ProviderType.NhsTrust) =>
        Domain.Organisations.Provider.Register(Guid.NewGuid(), "Poole Hospital", type, "RD3", _ => false, Actors.QualityTeam).Value;

    public static Contract Contract(Provider provider) =>
        Domain.Contracts.Contract.Create(Guid.NewGuid(), provider, "CCG-2025-017", "Acute paediatrics",
            new DateOnly(2025, 4, 1), new DateOnly(2028, 3, 31), "Jo Lead", Actors.QualityTeam).Value;

    public static (Provider Provider, Section11Schedule Schedule) Schedule(DutyFramework framework = DutyFramework.Section11)
    {
        var provider = Provider(framework == DutyFramework.LutonNineStandards ? ProviderType.Voluntary : ProviderType.NhsTrust);
        var schedule = Contract(provider).AttachSchedule(Guid.NewGuid(), framework, provider, Actors.QualityTeam).Value;
        return (provider, schedule);
    }

    public static (Provider Provider, Section11Schedule Schedule) ScheduleWithAudits(CommissioningOptions? options = null)
    {
        var (provider, schedule) = Schedule();
        schedule.EstablishAuditSchedule(new DateOnly(2025, 4, 1), options ?? new CommissioningOptions(), Actors.QualityTeam);
        return (provider, schedule);
    }
}
