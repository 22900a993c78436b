using System.Reflection;
using System.Text.Json;
using Commissioning.Api.GraphQL.Modules;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.Data;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>
/// A page of plans leaves out a plan's status history and LSCB lists unless its selection shows them
/// (<see cref="ActionPlanHeaders"/>), and reads its actions and scrutinies with only the columns selected
/// (<see cref="Api.GraphQL.Conventions.SelectedColumns{TEntity}"/>); every field answers exactly as for the whole
/// plan (<c>node(id:)</c>) whatever else the query selects.
/// </summary>
public sealed class PlanPageColumnsTests : IDisposable
{
    private const string Header = "id providerId title source status raisedOn version accountableManager { name jobTitle }";
    private const string Actions = "id description owner dueDate intendedOutcome howReviewed category status completedOn evidence";
    private const string Scrutinies = "id subject progressUpdate { id } outcome advice scrutinisedOn byName recordedAt";
    private const string Lists = "statusHistory { from to at byUserId byRole } lscbIds lscbs { id name } submittedToLscbIds";

    private readonly PlansWorld _world = new();

    [Fact]
    public async Task A_page_shows_the_history_and_lscbs_however_its_selection_asks_for_them()
    {
        var plan = await new PlanSteps(_world).InProgressAsync();
        var whole = await NodeAsync(plan.Id, Header + " " + Lists);
        Assert.True(whole.GetProperty("statusHistory").GetArrayLength() > 3);
        Assert.Equal(2, whole.GetProperty("submittedToLscbIds").GetArrayLength());

        string[] pages =
        [
            $"{{ actionPlans {{ nodes {{ {Header} {Lists} }} }} }}",
            $"{{ actionPlans {{ totalCount edges {{ cursor node {{ ...Plan }} }} }} }} fragment Plan on ActionPlan {{ {Header} {Lists} }}",
            $"{{ actionPlans {{ nodes {{ ... on ActionPlan {{ {Header} }} ... on Node {{ ...Lists }} }} }} }} fragment Lists on ActionPlan {{ {Lists} }}",
            $"{{ actionPlans {{ nodes {{ {Header} statusHistory @skip(if: false) {{ from to at byUserId byRole }} lscbIds lscbs {{ id name }} submittedToLscbIds }} }} }}",
        ];
        foreach (var page in pages)
        {
            var shown = await PageAsync(page, plan.Id);
            Assert.Equal(whole.GetRawText(), shown.GetRawText());
        }
    }

    [Fact]
    public async Task A_page_without_the_lists_shows_each_plan_as_its_node_does()
    {
        var submitted = await new PlanSteps(_world).InProgressAsync();
        var draft = await new PlanSteps(_world).CreateAsync(outOfCounty: false);
        foreach (var id in new[] { submitted.Id, draft.Id })
        {
            foreach (var selection in new[] { Header, "id title", "id version provider { id } sourceIncident { id } sourceReview { id }", "id accountableManager { name }" })
            {
                var shown = await PageAsync($"{{ actionPlans {{ nodes {{ {selection} }} }} }}", id);
                Assert.Equal((await NodeAsync(id, selection)).GetRawText(), shown.GetRawText());
            }
        }
        Assert.Equal(JsonValueKind.Null, (await PageAsync($"{{ actionPlans {{ nodes {{ {Header} }} }} }}", draft.Id)).GetProperty("accountableManager").ValueKind);
    }

    [Fact]
    public async Task Cursors_of_a_page_that_selects_only_ids_page_on_in_the_order_asked()
    {
        await new PlanSteps(_world).CreateAsync();
        await new PlanSteps(_world).CreateAsync(outOfCounty: false);
        await new PlanSteps(_world).CreateAsync();
        var all = await _world.Api.PostAsync("{ actionPlans(order: [{ raisedOn: DESC }, { title: ASC }]) { nodes { id title raisedOn } } }", caller: PlansWorld.QualityTeam);
        all.AssertNoErrors();
        var shown = new List<string>();
        string? after = null;
        // At most one page more than there are plans: a cursor that does not move on must fail, not loop.
        for (var pages = 0; pages <= 3; pages++)
        {
            var page = await _world.Api.PostAsync(
                "query($after: String) { actionPlans(first: 1, after: $after, order: [{ raisedOn: DESC }, { title: ASC }]) { pageInfo { hasNextPage endCursor } nodes { id } } }",
                new { after }, PlansWorld.QualityTeam);
            page.AssertNoErrors();
            shown.Add(page.At("data", "actionPlans", "nodes", 0, "id").GetString()!);
            if (!page.At("data", "actionPlans", "pageInfo", "hasNextPage").GetBoolean()) break;
            after = page.At("data", "actionPlans", "pageInfo", "endCursor").GetString();
        }
        Assert.Equal(all.At("data", "actionPlans", "nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()), shown);
        Assert.Equal(3, shown.Distinct().Count());
    }

    [Fact]
    public async Task A_pages_actions_and_scrutinies_show_each_field_as_the_whole_plan_does_whatever_else_is_selected()
    {
        var steps = await new PlanSteps(_world).CreateAsync();
        await steps.AddActionAsync();
        await steps.AddActionAsync("Train every ward's staff");
        await steps.AppointManagerAsync();
        await steps.SubmitAsync();
        await steps.ScrutiniseAsync("ACCEPTED");
        await steps.SubmitToLscbAsync();
        await steps.StartAsync();
        await steps.ReportAsync("COMPLETE", "Done on every ward.");
        var whole = await NodeAsync(steps.Id, $"actions {{ {Actions} }} scrutinies {{ {Scrutinies} }}");
        Assert.Equal(2, whole.GetProperty("actions").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, whole.At("actions", 0, "completedOn").ValueKind);
        Assert.NotEqual("", whole.At("scrutinies", 0, "advice").GetString());

        string[] selections =
        [
            $"actions {{ {Actions} }} scrutinies {{ {Scrutinies} }}",
            "actions { id description status } scrutinies { id outcome byName }",
            "brief: actions { id dueDate } long: actions { id intendedOutcome evidence } scrutinies { ... on Scrutiny { id advice } recordedAt }",
            "actions { __typename id category completedOn } scrutinies { id subject progressUpdate { id } scrutinisedOn }",
        ];
        foreach (var selection in selections)
        {
            var shown = await PageAsync($"{{ actionPlans {{ nodes {{ id {selection} }} }} }}", steps.Id);
            foreach (var list in shown.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
            {
                var field = list.Name is "brief" or "long" ? "actions" : list.Name;
                var expected = whole.GetProperty(field).EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
                Assert.Equal(expected.Count, list.Value.GetArrayLength());
                foreach (var item in list.Value.EnumerateArray())
                    foreach (var member in item.EnumerateObject().Where(m => m.Name != "__typename"))
                        Assert.Equal(expected[item.GetProperty("id").GetString()!].GetProperty(member.Name).GetRawText(), member.Value.GetRawText());
            }
        }
    }

    /// <summary>
    /// A header holds every stored member of the plan (every property with a setter) as the whole plan does, and its
    /// lists empty: a member added to the plan and not to the header fails here.
    /// </summary>
    [Fact]
    public async Task A_header_holds_every_stored_member_of_the_plan_but_its_lists()
    {
        using var database = TestDatabase.Migrated();
        using (var db = database.NewContext())
        {
            Seed(db);
            db.SaveChanges();
        }

        using var read = database.NewContext();
        var plans = read.ActionPlans.AsNoTracking().IgnoreAutoIncludes().OrderBy(p => p.Title);
        var whole = await plans.ToListAsync();
        var headers = await ActionPlanHeaders.ReadHeadersAsync(plans, CancellationToken.None);

        var stored = StoredMembers();
        Assert.Equal(["AccountableManager", "Id", "ProviderId", "RaisedOn", "Source", "SourceRecordId", "Status", "Title", "Version"],
            stored.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, headers.Count);
        Assert.Contains(whole, p => p.AccountableManager is null);
        Assert.All(whole, p => Assert.NotEmpty(p.History));
        foreach (var (expected, actual) in whole.Zip(headers))
        {
            foreach (var member in stored)
                Assert.Equal(DomainSnapshot.Of(member.GetValue(expected) ?? "null"), DomainSnapshot.Of(member.GetValue(actual) ?? "null"));
            Assert.Empty(actual.History);
            Assert.Empty(actual.LscbIds);
            Assert.Empty(actual.SubmittedToLscbIds);
        }
    }

    /// <summary>The plan's properties that EF Core sets: those with a setter, private or not, in the plan or a base class.</summary>
    private static List<PropertyInfo> StoredMembers()
    {
        var members = new List<PropertyInfo>();
        for (var type = typeof(ActionPlan); type is not null; type = type.BaseType)
            members.AddRange(type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly).Where(p => p.SetMethod is not null));
        return members;
    }

    private async Task<JsonElement> NodeAsync(string id, string selection)
    {
        var response = await _world.Api.PostAsync($$"""{ node(id: "{{id}}") { ... on ActionPlan { {{selection}} } } }""", caller: PlansWorld.QualityTeam);
        response.AssertNoErrors();
        return response.At("data", "node");
    }

    /// <summary>The plan with <paramref name="id"/> on the page, from <c>nodes</c> or <c>edges { node }</c>.</summary>
    private async Task<JsonElement> PageAsync(string query, string id)
    {
        var response = await _world.Api.PostAsync(query, caller: PlansWorld.QualityTeam);
        response.AssertNoErrors();
        var page = response.At("data", "actionPlans");
        var plans = page.TryGetProperty("nodes", out var nodes) ? nodes.EnumerateArray() : page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));
        return plans.Single(p => p.GetProperty("id").GetString() == id);
    }

    /// <summary>A submitted plan copied to two LSCBs with a manager, and a draft without one.</summary>
    private static void Seed(Api.Data.CommissioningDbContext db)
    {
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        var qt = PlansWorld.QualityTeam;
        var lead = Lscb.Create(Guid.NewGuid(), "Dorset LSCB", "Dorset", qt).Value;
        var host = Lscb.Create(Guid.NewGuid(), "Hampshire LSCB", "Hampshire", qt).Value;
        var provider = Provider.Register(Guid.NewGuid(), "Poole Hospital", ProviderType.NhsTrust, "R12X", _ => false, qt).Value;
        db.AddRange(lead, host, provider);
        var raised = clock.Today.AddDays(-20);
        var incident = Incident.Record(qt, provider.Id, IncidentType.Sui, raised, "2025/1", "A missed safeguarding check.", clock).Value;
        var submitted = ActionPlan.Raise(qt, provider.Id, ActionPlanSource.Sui, incident.Id, "A submitted plan", raised, [lead.Id, host.Id], clock).Value;
        submitted.AddAction(qt, new PlanActionDetails("Audit discharges", "Ward manager", raised.AddDays(60), "Checks done", "Audit", ActionCategory.Practice));
        Check(submitted.AppointAccountableManager(qt, "Sam Senior", "Chief Nurse"));
        Check(submitted.Submit(qt, clock));
        var draft = ActionPlan.Raise(qt, provider.Id, ActionPlanSource.Sui, incident.Id, "B draft plan", raised.AddDays(1), [lead.Id], clock).Value;
        db.AddRange(incident, submitted, draft);
    }

    private static void Check(Result result) => Assert.True(result.IsSuccess, result.ToString());

    public void Dispose() => _world.Dispose();
}
