using Commissioning.Domain.Common;
using Commissioning.Domain.Incidents;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Incidents;

public class IncidentTests
{
    private static Result<Incident> Record(Actor actor, DateOnly reportedOn, string summary = "Child injured; referral delayed") =>
        Incident.Record(actor, ProviderA, IncidentType.Sui, reportedOn, "STEIS-2025-001", summary, Clock());

    [Fact]
    public void Provider_staff_record_their_own_incident()
    {
        var incident = Record(ProviderStaff, new DateOnly(2025, 11, 1)).Value;

        Assert.Equal(ProviderA, incident.ProviderId);
        Assert.Equal(IncidentType.Sui, incident.Type);
        Assert.Equal("STEIS-2025-001", incident.ExternalReference);
        Assert.Equal(0, incident.Version);
    }

    [Fact]
    public void Reported_today_is_allowed_but_tomorrow_is_in_the_future()
    {
        Assert.True(Record(QualityTeam, new DateOnly(2025, 11, 12)).IsSuccess);

        var tomorrow = Record(QualityTeam, new DateOnly(2025, 11, 13));

        Assert.Equal(ErrorCodes.DateInFuture, tomorrow.Error!.Code);
    }

    [Fact]
    public void Another_provider_and_dashboards_cannot_record()
    {
        Assert.Equal(ErrorCodes.Forbidden, Record(OtherProviderStaff, new DateOnly(2025, 11, 1)).Error!.Code);
        Assert.Equal(ErrorCodes.Forbidden, Record(Dashboard, new DateOnly(2025, 11, 1)).Error!.Code);
    }

    [Fact]
    public void A_summary_is_required()
    {
        var result = Record(ProviderStaff, new DateOnly(2025, 11, 1), summary: "  ");

        Assert.Equal(ErrorCodes.ValidationFailed, result.Error!.Code);
        Assert.Equal("summary", result.Error.Field);
    }

    [Fact]
    public void Amending_bumps_the_version_and_keeps_the_date_rule()
    {
        var incident = Record(ProviderStaff, new DateOnly(2025, 11, 1)).Value;

        var ok = incident.Amend(ProviderStaff, IncidentType.Siri, new DateOnly(2025, 10, 30), "STEIS-2025-001", "Reclassified as SIRI", Clock());
        var future = incident.Amend(ProviderStaff, IncidentType.Siri, new DateOnly(2026, 1, 1), "STEIS-2025-001", "x", Clock());

        Assert.True(ok.IsSuccess);
        Assert.Equal(IncidentType.Siri, incident.Type);
        Assert.Equal(1, incident.Version);
        Assert.Equal(ErrorCodes.DateInFuture, future.Error!.Code);
        Assert.Equal(1, incident.Version);
    }
}
