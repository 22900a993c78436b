using System.Text;
using System.Text.Json;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.Data;
using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>
/// The API over a database holding two LSCBs and two providers, the people who act on them, and the
/// moves tests make: a mutation that must succeed, and one that must be refused with a typed error
/// while every stored row stays exactly as it was.
/// </summary>
internal sealed class PlansWorld : IDisposable
{
    public const string Errors = "errors { __typename ... on Error { code message field } }";

    public static readonly Actor QualityTeam = new("qt", "Quinn Quality", Role.QualityTeam);
    public static readonly Actor Nurse = new("dnc", "Dana Nurse", Role.DesignatedNurse);
    public static readonly Actor Director = new("dir", "Drew Director", Role.Director);
    public static readonly Actor ChiefExecutive = new("ceo", "Chris Chief", Role.ChiefExecutive);
    public static readonly Actor Dashboard = new("dash", "Dashboard", Role.Dashboard);

    /// <param name="seed">Adds more records through the domain, given the ids of the first LSCB and provider.</param>
    /// <param name="services">Replaces services of the host, such as its clock.</param>
    public PlansWorld(Action<Api.Data.CommissioningDbContext, Guid, Guid>? seed = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        Guid lscb = default, host = default, provider = default, other = default;
        Api = GraphQLApi.Start(db =>
        {
            var l = Lscb.Create(Guid.NewGuid(), "Dorset LSCB", "Dorset", QualityTeam).Value;
            var h = Lscb.Create(Guid.NewGuid(), "Hampshire LSCB", "Hampshire", QualityTeam).Value;
            var p = Provider.Register(Guid.NewGuid(), "Poole Hospital", ProviderType.NhsTrust, "R10X", _ => false, QualityTeam).Value;
            var o = Provider.Register(Guid.NewGuid(), "Dorset Healthcare", ProviderType.NhsTrust, "R11X", _ => false, QualityTeam).Value;
            db.AddRange(l, h, p, o);
            (lscb, host, provider, other) = (l.Id, h.Id, p.Id, o.Id);
            seed?.Invoke(db, l.Id, p.Id);
        }, services: services);
        LscbId = NodeId.Encode("Lscb", lscb);
        HostLscbId = NodeId.Encode("Lscb", host);
        ProviderId = NodeId.Encode("Provider", provider);
        OtherProviderId = NodeId.Encode("Provider", other);
        Staff = new Actor("staff", "Pat Provider", Role.Provider, provider);
        OtherStaff = new Actor("other", "Olly Other", Role.Provider, other);
    }

    public GraphQLApi Api { get; }
    public string LscbId { get; }
    public string HostLscbId { get; }
    public string ProviderId { get; }
    public string OtherProviderId { get; }
    public Actor Staff { get; }
    public Actor OtherStaff { get; }

    /// <summary>A day safely in the past wherever the server's "today" falls.</summary>
    public static DateOnly DaysAgo(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-days);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    /// <summary>Runs a convention mutation and returns its payload; the request itself must raise no GraphQL error.</summary>
    public async Task<JsonElement> MutateAsync(string field, string selection, object input, Actor caller)
    {
        var type = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        var response = await Api.PostAsync($"mutation($input: {type}!) {{ {field}(input: $input) {{ {selection} {Errors} }} }}", new { input }, caller);
        response.AssertNoErrors();
        return response.At("data", field);
    }

    /// <summary>Runs a mutation that must succeed and returns its changed object.</summary>
    public async Task<JsonElement> SucceedAsync(string field, string resultField, string selection, object input, Actor caller)
    {
        var payload = await MutateAsync(field, $"{resultField} {{ {selection} }}", input, caller);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"{field} was refused: {payload.GetProperty("errors")}");
        return payload.GetProperty(resultField);
    }

    /// <summary>
    /// Runs a mutation that must be refused with <paramref name="errorType"/>, and proves nothing was stored:
    /// every row of every table is the same before and after.
    /// </summary>
    public async Task<JsonElement> RefusedAsync(string field, string resultField, object input, Actor caller, string errorType)
    {
        var before = await DumpAsync();
        var payload = await MutateAsync(field, $"{resultField} {{ __typename }}", input, caller);
        var after = await DumpAsync();
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(resultField).ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.True(errorType == error.GetProperty("__typename").GetString(), $"Expected {errorType}, got {error}");
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(before, after);
        return error;
    }

    /// <summary>
    /// Runs a mutation the schema's authorization must refuse before it runs: a GraphQL error with
    /// <paramref name="code"/>, no payload, and nothing stored.
    /// </summary>
    public async Task DeniedAsync(string field, object input, Actor? caller, string code)
    {
        var before = await DumpAsync();
        var type = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        var response = await Api.PostAsync($"mutation($input: {type}!) {{ {field}(input: $input) {{ {Errors} }} }}", new { input }, caller);
        Assert.Equal(code, response.At("errors", 0, "extensions", "code").GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
        Assert.Equal(before, await DumpAsync());
    }

    /// <summary>Every row of every table as sorted text lines.</summary>
    public async Task<string> DumpAsync()
    {
        await using var db = Api.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var dump = new StringBuilder();
        foreach (var table in DatabaseRows.TableNames(connection))
        {
            dump.Append(table).Append(':').AppendLine();
            foreach (var row in DatabaseRows.Rows(connection, table, " | ")) dump.AppendLine(row);
        }
        return dump.ToString();
    }

    public void Dispose() => Api.Dispose();
}
