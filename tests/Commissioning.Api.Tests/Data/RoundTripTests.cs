using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// Each aggregate saved, then loaded in a fresh context, equals what was saved: every field,
/// list, value object and child entity survives the mapping (private fields included).
/// </summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Migrated();
    private readonly SampleAggregates _sample = new();

    public RoundTripTests()
    {
        using var db = _database.NewContext();
        _sample.AddTo(db);
        db.SaveChanges();
    }

    public static TheoryData<string> Aggregates =>
    [
        "Lscb", "Provider", "Contract", "Section11Schedule", "IndicatorReturn", "Incident",
        "Review", "ActionPlan", "MonitoringMeeting", "PublishedExceptionReport", "AuditTrailEntry",
    ];

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Loads_equal_to_what_was_saved(string aggregate)
    {
        object saved = aggregate switch
        {
            "Lscb" => _sample.Lscb,
            "Provider" => _sample.Provider,
            "Contract" => _sample.Contract,
            "Section11Schedule" => _sample.Schedule,
            "IndicatorReturn" => _sample.IndicatorReturn,
            "Incident" => _sample.Incident,
            "Review" => _sample.Review,
            "ActionPlan" => _sample.ActionPlan,
            "MonitoringMeeting" => _sample.Meeting,
            "PublishedExceptionReport" => _sample.Report,
            "AuditTrailEntry" => _sample.AuditEntry,
            _ => throw new ArgumentOutOfRangeException(nameof(aggregate), aggregate, null),
        };
        var id = (Guid)saved.GetType().GetProperty("Id")!.GetValue(saved)!;

        using var db = _database.NewContext();
        var loaded = db.Find(saved.GetType(), id);

        Assert.NotNull(loaded);
        DomainSnapshot.AssertEqual(saved, loaded);
    }

    [Fact]
    public void Quarters_are_stored_as_sortable_ordinals()
    {
        using var db = _database.NewContext();
        var quarter = _sample.IndicatorReturn.Quarter;

        var stored = db.Database.SqlQuery<int>($"""SELECT "Quarter" AS "Value" FROM "IndicatorReturns" WHERE "Id" = {_sample.IndicatorReturn.Id}""").Single();
        var earlier = db.IndicatorReturns.Count(r => r.Quarter < quarter.Next());

        Assert.Equal(quarter.Ordinal, stored);
        Assert.Equal(1, earlier);
    }

    [Fact]
    public void Enums_are_stored_by_name()
    {
        using var db = _database.NewContext();

        var status = db.Database.SqlQuery<string>($"""SELECT "Status" AS "Value" FROM "ActionPlans" WHERE "Id" = {_sample.ActionPlan.Id}""").Single();

        Assert.Equal(_sample.ActionPlan.Status.ToString(), status);
    }

    public void Dispose() => _database.Dispose();
}
