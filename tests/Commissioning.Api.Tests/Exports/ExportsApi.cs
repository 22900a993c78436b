using System.Net.Http.Headers;
using System.Text.Json;
using Commissioning.Api.Data;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Api.Tests.GraphQL.Reporting;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Tests.Exports;

/// <summary>
/// The API with providers whose schedules raise exceptions (ReportingSeed), two of them named to test quoting and
/// the formula guard, a GP practice on a second LSCB that the quoted one also belongs to, and pages of at most three
/// rows so every export needs several GraphQL pages.
/// </summary>
internal sealed class ExportsApi : IDisposable
{
    public const string QuotedName = "Smith, \"Jones\" & Co";
    public const string FormulaName = "=HYPERLINK(\"http://example.invalid\",\"open\")";
    public const string PracticeName = "Harbour Practice";
    public const int PageSize = 3;

    public GraphQLApi Api { get; }
    public Guid FirstProviderId { get; private set; }

    /// <summary>The second LSCB: the GP practice and the quoted provider (which is on the first board as well).</summary>
    public Guid SecondLscbId { get; private set; }

    public ExportsApi()
    {
        Api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            FirstProviderId = ReportingSeed.AddProvider(db, lscb, 1).Provider.Id;
            for (var i = 2; i <= 3; i++) ReportingSeed.AddProvider(db, lscb, i);
            var second = Ok(Lscb.Create(Guid.NewGuid(), "Harbour LSCB", "Harbour", ReportingSeed.QualityTeam));
            db.Add(second);
            SecondLscbId = second.Id;
            Ok(AddNamedProvider(db, lscb, 90, QuotedName).JoinLscb(second.Id, ReportingSeed.QualityTeam));
            AddNamedProvider(db, lscb, 91, FormulaName);
            AddNamedProvider(db, second, 92, PracticeName, ProviderType.GpPractice);
        }, new Dictionary<string, string?>
        {
            ["Commissioning:GraphQL:Paging:DefaultPageSize"] = "2",
            ["Commissioning:GraphQL:Paging:MaxPageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public async Task<HttpResponseMessage> GetAsync(string address, Actor? caller)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (caller is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor(caller));
        return await Api.Client.SendAsync(request);
    }

    /// <summary>Every node of a connection query (declaring <c>$first</c> and <c>$after</c>), paged as a client would.</summary>
    public async Task<List<JsonElement>> AllNodesAsync(string query, string field, Dictionary<string, object?> variables, Actor caller)
    {
        var nodes = new List<JsonElement>();
        string? after = null;
        do
        {
            var response = await Api.PostAsync(query, new Dictionary<string, object?>(variables) { ["first"] = PageSize, ["after"] = after }, caller);
            response.AssertNoErrors();
            var connection = response.At("data", field);
            nodes.AddRange(connection.GetProperty("nodes").EnumerateArray());
            after = connection.At("pageInfo", "hasNextPage").GetBoolean() ? connection.At("pageInfo", "endCursor").GetString() : null;
        } while (after is not null);
        return nodes;
    }

    public void Dispose() => Api.Dispose();

    private static Provider AddNamedProvider(CommissioningDbContext db, Lscb lscb, int number, string name, ProviderType type = ProviderType.Independent)
    {
        var quality = ReportingSeed.QualityTeam;
        var provider = Ok(Provider.Register(Guid.NewGuid(), name, type, $"N{number:D3}", _ => false, quality));
        Ok(provider.JoinLscb(lscb.Id, quality));
        var contract = Ok(Contract.Create(Guid.NewGuid(), provider, $"CCG-{number:D3}", "Community paediatrics",
            new DateOnly(2025, 4, 1), new DateOnly(2028, 3, 31), "Jo Lead", quality));
        var schedule = Ok(contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, provider, quality));
        Ok(schedule.AddDefaultIndicators(new CommissioningOptions(), quality));
        db.AddRange(provider, contract);
        return provider;
    }

    private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.ToString());

    private static void Ok(Result result)
    {
        if (result.IsFailure) throw new InvalidOperationException(result.Error!.ToString());
    }
}
