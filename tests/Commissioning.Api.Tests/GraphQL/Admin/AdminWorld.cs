using System.Text.Json;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>
/// The API over a database with one provider holding a contract whose schedule has the default indicators,
/// an audit period starting this quarter, one mandated issue and one audit in progress, plus a second
/// provider whose contract's schedule has only its duties. The API uses the real clock, so dates here are relative to today.
/// </summary>
internal sealed class AdminWorld : IDisposable
{
    public static readonly Actor QualityTeam = new("qt", "Quinn Quality", Role.QualityTeam);
    public static readonly Actor Nurse = new("dnc", "Dana Nurse", Role.DesignatedNurse);
    public static readonly Actor Director = new("dir", "Drew Director", Role.Director);
    public static readonly Actor Dashboard = new("bi", "BI", Role.Dashboard);
    public static readonly DateOnly Today = new SystemClock().Today;
    public static readonly FinancialQuarter ThisQuarter = FinancialQuarter.FromDate(Today);

    public AdminWorld()
    {
        var options = new CommissioningOptions();
        Lscb = Ok(Lscb.Create(Guid.NewGuid(), "Dorset LSCB", "Dorset", QualityTeam));
        Provider = Ok(Provider.Register(Guid.NewGuid(), "Poole Hospital", ProviderType.NhsTrust, "RBD", _ => false, QualityTeam));
        Other = Ok(Provider.Register(Guid.NewGuid(), "Weymouth Practice", ProviderType.GpPractice, "J81001", _ => false, QualityTeam));
        Staff = new Actor("staff", "Pat Provider", Role.Provider, Provider.Id);
        OtherStaff = new Actor("other", "Olly Other", Role.Provider, Other.Id);
        Contract = Ok(Contract.Create(Guid.NewGuid(), Provider, "CCG-2025-017", "Acute paediatrics", Today.AddYears(-1), Today.AddYears(2), "Jo Lead", QualityTeam));
        Schedule = Ok(Contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, Provider, QualityTeam));
        Ok(Schedule.AddDefaultIndicators(options, QualityTeam));
        Ok(Schedule.EstablishAuditSchedule(ThisQuarter.Start, options, QualityTeam));
        MandatedIssue = Ok(Schedule.AddMandatedIssue(Guid.NewGuid(), "Safer recruitment", null, QualityTeam));
        Audit = Ok(Schedule.PlanAudit(Guid.NewGuid(), "DBS sample audit", MandatedIssue.Id, ThisQuarter, ThisQuarter.End, Staff));
        Ok(Schedule.StartAudit(Audit.Id, Staff));
        OtherContract = Ok(Contract.Create(Guid.NewGuid(), Other, "CCG-2025-099", "Primary care", Today.AddYears(-1), Today.AddYears(2), "Jo Lead", QualityTeam));
        OtherSchedule = Ok(OtherContract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, Other, QualityTeam));

        Api = GraphQLApi.Start(db =>
        {
            db.Lscbs.Add(Lscb);
            db.Providers.AddRange(Provider, Other);
            db.Contracts.AddRange(Contract, OtherContract);
        });
    }

    public GraphQLApi Api { get; }
    public Lscb Lscb { get; }
    public Provider Provider { get; }
    public Provider Other { get; }
    public Actor Staff { get; }
    public Actor OtherStaff { get; }
    public Contract Contract { get; }
    public Contract OtherContract { get; }
    public Section11Schedule Schedule { get; }

    /// <summary>The second provider's schedule: no indicators and no audit schedule yet.</summary>
    public Section11Schedule OtherSchedule { get; }
    public MandatedIssue MandatedIssue { get; }
    public Audit Audit { get; }

    public string ProviderId => NodeId.Encode("Provider", Provider.Id);
    public string ContractId => NodeId.Encode("Contract", Contract.Id);
    public string ScheduleId => NodeId.Encode("Section11Schedule", Schedule.Id);

    /// <summary>The schedule's version as stored now.</summary>
    public int ScheduleVersion()
    {
        using var db = Api.NewContext();
        return db.Schedules.Single(s => s.Id == Schedule.Id).Version;
    }

    /// <summary>Runs a mutation that must succeed and returns its payload.</summary>
    public async Task<JsonElement> Succeeds(string field, string mutation, object variables, Actor caller)
    {
        var response = await Api.PostAsync(mutation, variables, caller);
        response.AssertNoErrors();
        var payload = response.At("data", field);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, payload.GetProperty("errors").ToString());
        return payload;
    }

    /// <summary>
    /// Runs a mutation that a business rule must refuse with <paramref name="errorType"/>, and proves the
    /// database is exactly as before.
    /// </summary>
    public async Task<JsonElement> Refused(string field, string mutation, object variables, Actor caller, string errorType)
    {
        string before;
        using (var db = Api.NewContext()) before = DatabaseDump.Of(db);
        var response = await Api.PostAsync(mutation, variables, caller);
        response.AssertNoErrors();
        var errors = response.At("data", field, "errors");
        Assert.True(errors.ValueKind == JsonValueKind.Array, response.ToString());
        var error = errors[0];
        Assert.Equal(errorType, error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        string after;
        using (var db = Api.NewContext()) after = DatabaseDump.Of(db);
        Assert.Equal(before, after);
        return error;
    }

    /// <summary>
    /// Runs a mutation the schema's @authorize rules must refuse before it runs: a GraphQL error with
    /// <paramref name="code"/> (AUTH_NOT_AUTHORIZED or AUTH_NOT_AUTHENTICATED), no data, and the database as before.
    /// </summary>
    public async Task Denied(string field, string mutation, object variables, Actor? caller, string code)
    {
        string before;
        using (var db = Api.NewContext()) before = DatabaseDump.Of(db);
        var response = await Api.PostAsync(mutation, variables, caller);
        Assert.True(code == response.At("errors", 0, "extensions", "code").GetString(), response.ToString());
        Assert.Equal(field, response.At("errors", 0, "path", 0).GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
        string after;
        using (var db = Api.NewContext()) after = DatabaseDump.Of(db);
        Assert.Equal(before, after);
    }

    /// <summary>The selection for an error union: its type, code and message.</summary>
    public const string Errors = "errors { __typename ... on Error { code message field } }";

    public void Dispose() => Api.Dispose();

    private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.ToString());

    private static void Ok(Result result)
    {
        if (result.IsFailure) throw new InvalidOperationException(result.Error.ToString());
    }
}
