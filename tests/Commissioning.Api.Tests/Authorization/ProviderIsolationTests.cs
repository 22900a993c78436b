using System.Text.Json;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.Authorization;

/// <summary>
/// Provider A's staff against provider B's records: whatever way they ask (an id, a list with a filter,
/// a nested field, a report, a mutation), B's rows never come back, and B's id gets exactly the answer
/// an id that does not exist gets.
/// </summary>
public sealed class ProviderIsolationTests : IClassFixture<ProviderIsolationTests.TwoProviders>
{
    private readonly TwoProviders _world;

    public ProviderIsolationTests(TwoProviders world) => _world = world;

    /// <summary>Two providers of one LSCB, each with a contract, schedule, audit, return, incident and a plan with an action.</summary>
    public sealed class TwoProviders : IDisposable
    {
        public TwoProviders()
        {
            Api = GraphQLApi.Start(db =>
            {
                var lscb = TestData.AddLscb(db, "Shared LSCB", "Sharedshire");
                A = Records(db, TestData.AddProvider(db, 1, ProviderType.NhsTrust, lscb), lscb.Id);
                B = Records(db, TestData.AddProvider(db, 2, ProviderType.NhsTrust, lscb), lscb.Id);
            });
            StaffOfA = new Actor("staff-a", "Staff A", Role.Provider, A.ProviderId);
        }

        internal GraphQLApi Api { get; }
        public ProviderRecords A { get; private set; } = null!;
        public ProviderRecords B { get; private set; } = null!;
        public Actor StaffOfA { get; }

        private static ProviderRecords Records(Commissioning.Api.Data.CommissioningDbContext db, Provider provider, Guid lscbId)
        {
            var contract = db.ChangeTracker.Entries<Domain.Contracts.Contract>().Single(e => e.Entity.ProviderId == provider.Id).Entity;
            var schedule = contract.Schedule!;
            var audit = schedule.AuditSchedule!.Audits[0];
            var issue = schedule.AuditSchedule.MandatedIssues[0];
            var indicatorReturn = db.ChangeTracker.Entries<Domain.Indicators.IndicatorReturn>().Single(e => e.Entity.ProviderId == provider.Id).Entity;
            var incident = Ok(Incident.Record(TestData.Quality, provider.Id, IncidentType.Sui, new DateOnly(2025, 11, 1), "SUI-" + provider.OdsCode,
                "A child was discharged without a safeguarding referral.", TestData.Clock));
            var plan = Ok(ActionPlan.Raise(TestData.Quality, provider.Id, ActionPlanSource.Sui, incident.Id, "Referral pathway " + provider.OdsCode,
                new DateOnly(2025, 11, 2), [lscbId], TestData.Clock));
            var action = Ok(plan.AddAction(TestData.Quality, new PlanActionDetails("Retrain ward staff", "Ward manager", new DateOnly(2026, 1, 31),
                "Every discharge checked", "Monthly audit", ActionCategory.Training)));
            db.Incidents.Add(incident);
            db.ActionPlans.Add(plan);
            return new ProviderRecords(provider.Id, contract.Id, schedule.Id, audit.Id, issue.Id, indicatorReturn.Id, incident.Id, plan.Id, action.Id);
        }

        private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.ToString());

        public void Dispose() => Api.Dispose();
    }

    /// <summary>One provider's records, as global ids.</summary>
    public sealed record ProviderRecords(Guid ProviderId, Guid ContractId, Guid ScheduleId, Guid AuditId, Guid MandatedIssueId, Guid ReturnId,
        Guid IncidentId, Guid PlanId, Guid ActionId)
    {
        public string Provider => NodeId.Encode("Provider", ProviderId);

        public IReadOnlyList<string> Ids =>
        [
            Provider, NodeId.Encode("Contract", ContractId), NodeId.Encode("Section11Schedule", ScheduleId), NodeId.Encode("Audit", AuditId),
            NodeId.Encode("MandatedIssue", MandatedIssueId), NodeId.Encode("IndicatorReturn", ReturnId), NodeId.Encode("Incident", IncidentId),
            NodeId.Encode("ActionPlan", PlanId), NodeId.Encode("PlanAction", ActionId),
        ];
    }

    private Task<JsonElement> AsA(string query, object? variables = null) => _world.Api.PostAsync(query, variables, _world.StaffOfA);

    [Fact]
    public async Task Another_providers_ids_fetch_nothing_through_node_or_nodes_as_if_they_did_not_exist()
    {
        foreach (var id in _world.B.Ids)
        {
            var response = await AsA("query($id: ID!) { node(id: $id) { id } }", new { id });
            response.AssertNoErrors();
            Assert.Equal(JsonValueKind.Null, response.At("data", "node").ValueKind);
        }

        var own = await AsA("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = _world.A.Ids });
        own.AssertNoErrors();
        Assert.Equal(_world.A.Ids, own.At("data", "nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
        var other = await AsA("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = _world.B.Ids });
        other.AssertNoErrors();
        Assert.All(other.At("data", "nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
    }

    [Fact]
    public async Task A_caller_barred_from_a_type_gets_the_same_answer_for_its_ids_whether_or_not_they_exist()
    {
        var dashboard = new Actor("dashboard-1", "Dashboard", Role.Dashboard);
        const string query = "query($id: ID!) { node(id: $id) { id } }";
        foreach (var (existing, missing) in new[]
                 {
                     (NodeId.Encode("ActionPlan", _world.A.PlanId), NodeId.Encode("ActionPlan", Guid.NewGuid())),
                     (NodeId.Encode("Incident", _world.A.IncidentId), NodeId.Encode("Incident", Guid.NewGuid())),
                 })
        {
            var found = await _world.Api.PostAsync(query, new { id = existing }, dashboard);
            var notFound = await _world.Api.PostAsync(query, new { id = missing }, dashboard);
            Assert.Equal("AUTH_NOT_AUTHORIZED", found.At("errors", 0, "extensions", "code").GetString());
            Assert.Equal(notFound.At("errors").GetRawText(), found.At("errors").GetRawText());
            Assert.Equal(notFound.At("data").GetRawText(), found.At("data").GetRawText());
        }
    }

    [Fact]
    public async Task Lists_hold_only_their_own_providers_rows_whatever_the_filter()
    {
        foreach (var list in new[] { "providers", "contracts", "section11Schedules", "indicatorReturns", "audits", "incidents", "actionPlans" })
        {
            var all = await AsA($"{{ {list} {{ totalCount nodes {{ id }} }} }}");
            all.AssertNoErrors();
            Assert.Equal(1, all.At("data", list, "totalCount").GetInt32());
            Assert.DoesNotContain(all.At("data", list, "nodes")[0].GetProperty("id").GetString(), _world.B.Ids);
        }
        foreach (var list in new[] { "contracts", "section11Schedules", "indicatorReturns", "incidents", "actionPlans" })
        {
            var filtered = await AsA($"query($p: ID!) {{ {list}(where: {{ provider: {{ eq: $p }} }}) {{ totalCount }} }}", new { p = _world.B.Provider });
            filtered.AssertNoErrors();
            Assert.Equal(0, filtered.At("data", list, "totalCount").GetInt32());
        }
        var byId = await AsA("query($id: ID!) { incidents(where: { id: { eq: $id } }) { totalCount } }", new { id = NodeId.Encode("Incident", _world.B.IncidentId) });
        Assert.Equal(0, byId.At("data", "incidents", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Nested_fields_reach_only_their_own_provider()
    {
        var response = await AsA("""
            { lscbs { nodes { providers { id contracts { id } section11Schedules { id } indicatorReturns { id } } } } }
            """);
        response.AssertNoErrors();
        var providers = response.At("data", "lscbs", "nodes", 0, "providers");
        Assert.Equal(1, providers.GetArrayLength());
        Assert.Equal(_world.A.Provider, providers[0].GetProperty("id").GetString());
        var commissioner = await _world.Api.PostAsync("{ lscbs { nodes { providers { id } } } }", caller: TestData.Quality);
        Assert.Equal(2, commissioner.At("data", "lscbs", "nodes", 0, "providers").GetArrayLength());
    }

    [Fact]
    public async Task Reports_count_only_their_own_providers_rows()
    {
        var exceptions = await AsA("{ exceptions(asOf: \"2026-06-30\", first: 100) { totalCount nodes { providerId } } }");
        exceptions.AssertNoErrors();
        Assert.True(exceptions.At("data", "exceptions", "totalCount").GetInt32() > 0);
        Assert.All(exceptions.At("data", "exceptions", "nodes").EnumerateArray(), n => Assert.Equal(_world.A.Provider, n.GetProperty("providerId").GetString()));

        var filtered = await AsA("query($p: ID!) { exceptions(asOf: \"2026-06-30\", where: { provider: { eq: $p } }) { totalCount } }", new { p = _world.B.Provider });
        Assert.Equal(0, filtered.At("data", "exceptions", "totalCount").GetInt32());

        var summary = await AsA("{ exceptionSummary(asOf: \"2026-06-30\") { byProvider { providerId } } }");
        summary.AssertNoErrors();
        Assert.All(summary.At("data", "exceptionSummary", "byProvider").EnumerateArray(), p => Assert.Equal(_world.A.Provider, p.GetProperty("providerId").GetString()));

        var compliance = await AsA("{ complianceSummary(quarter: \"2025/26-Q1\") { totalCount nodes { providerId } } }");
        compliance.AssertNoErrors();
        Assert.Equal(1, compliance.At("data", "complianceSummary", "totalCount").GetInt32());
        Assert.Equal(_world.A.Provider, compliance.At("data", "complianceSummary", "nodes", 0, "providerId").GetString());

        var trend = await AsA("{ exceptionTrend(asOf: \"2026-06-30\", quarters: 2) { total } }");
        var everyone = await _world.Api.PostAsync("{ exceptionTrend(asOf: \"2026-06-30\", quarters: 2) { total } }", caller: TestData.Quality);
        Assert.True(trend.At("data", "exceptionTrend", 1, "total").GetInt32() < everyone.At("data", "exceptionTrend", 1, "total").GetInt32());
    }

    [Fact]
    public async Task Mutations_on_another_providers_records_answer_as_for_records_that_do_not_exist()
    {
        const string AddAction = """
            mutation($input: AddActionInput!) { addAction(input: $input) { actionPlan { id } errors { __typename ... on Error { code } } } }
            """;
        object Input(Guid planId) => new
        {
            input = new
            {
                actionPlanId = NodeId.Encode("ActionPlan", planId), expectedVersion = 1, description = "Anything", owner = "Anyone",
                dueDate = "2026-01-31", intendedOutcome = "Better", howReviewed = "Audit", category = "TRAINING",
            },
        };

        var other = await AsA(AddAction, Input(_world.B.PlanId));
        var missing = await AsA(AddAction, Input(Guid.NewGuid()));

        other.AssertNoErrors();
        Assert.Equal("NotFoundError", other.At("data", "addAction", "errors", 0, "__typename").GetString());
        Assert.Equal(missing.At("data", "addAction", "errors", 0).GetRawText(), other.At("data", "addAction", "errors", 0).GetRawText());
        await using var db = _world.Api.NewContext();
        Assert.Single((await db.ActionPlans.SingleAsync(p => p.Id == _world.B.PlanId)).Actions);
    }
}
