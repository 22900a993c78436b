using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>A provider's whole plan tree costs the same number of SQL statements however many plans it holds.</summary>
public sealed class PlanTreeBatchingTests
{
    private const string Tree = """
        {
          actionPlans(first: 50) {
            totalCount
            nodes {
              id title status accountableManager { name }
              sourceIncident { id type actionPlans { id } }
              actions { id description status }
              statusHistory { to }
              progressUpdates(first: 5) {
                totalCount
                nodes { quarter revision actionPlan { id } actions { status narrative action { id dueDate } } }
              }
              scrutinies { outcome progressUpdate { id } }
            }
          }
        }
        """;

    [Fact]
    public async Task The_statement_count_does_not_grow_with_the_number_of_plans()
    {
        var few = await StatementsForAsync(2);
        var many = await StatementsForAsync(12);
        Assert.Equal(few.Plans * 6, many.Plans);
        Assert.Equal(few.Statements, many.Statements);
    }

    /// <summary>
    /// On a busy server a continuation the runtime queues to the thread pool starts late; if the keys it queues were
    /// meant for the batch its siblings are in, the batches split per plan (this test saw 83 statements against 17
    /// when the plans' progress updates were shared between <c>totalCount</c> and <c>nodes</c>: SharedTask).
    /// </summary>
    [Fact]
    public async Task The_statement_count_does_not_grow_with_the_number_of_plans_on_a_busy_thread_pool()
    {
        await using var busy = new BusyThreadPool();
        var few = await StatementsForAsync(2);
        var many = await StatementsForAsync(12);
        Assert.Equal(few.Statements, many.Statements);
    }

    private static async Task<(int Plans, int Statements)> StatementsForAsync(int plans)
    {
        using var api = GraphQLApi.Start(db => Seed(db, plans));
        var response = await api.PostAsync(Tree, caller: PlansWorld.QualityTeam);
        response.AssertNoErrors();
        var nodes = response.At("data", "actionPlans", "nodes");
        Assert.Equal(plans, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n =>
        {
            Assert.Equal(2, n.At("progressUpdates", "totalCount").GetInt32());
            Assert.Equal(n.GetProperty("id").GetString(), n.At("progressUpdates", "nodes", 0, "actionPlan", "id").GetString());
            Assert.Equal(n.GetProperty("id").GetString(), n.At("sourceIncident", "actionPlans", 0, "id").GetString());
        });
        return (plans, response.At("extensions", "sqlStatements").GetInt32());
    }

    /// <summary>Plans raised from incidents, submitted, with a scrutinised quarterly update and its correction.</summary>
    private static void Seed(Api.Data.CommissioningDbContext db, int plans)
    {
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        var qt = PlansWorld.QualityTeam;
        var lscb = Lscb.Create(Guid.NewGuid(), "Dorset LSCB", "Dorset", qt).Value;
        var provider = Provider.Register(Guid.NewGuid(), "Poole Hospital", ProviderType.NhsTrust, "R12X", _ => false, qt).Value;
        db.AddRange(lscb, provider);
        var raised = clock.Today.AddDays(-20);
        for (var i = 0; i < plans; i++)
        {
            var incident = Incident.Record(qt, provider.Id, IncidentType.Sui, raised, $"2025/{i}", "A missed safeguarding check.", clock).Value;
            var plan = ActionPlan.Raise(qt, provider.Id, ActionPlanSource.Sui, incident.Id, $"Plan {i}", raised, [lscb.Id], clock).Value;
            var first = plan.AddAction(qt, new PlanActionDetails("Audit discharges", "Ward manager", raised.AddDays(60), "Checks done", "Audit", ActionCategory.Practice)).Value;
            var second = plan.AddAction(qt, new PlanActionDetails("Train staff", "Educator", raised.AddDays(90), "Staff trained", "Records", ActionCategory.Training)).Value;
            Check(plan.AppointAccountableManager(qt, "Sam Senior", "Chief Nurse"));
            Check(plan.Submit(qt, clock));
            var quarter = FinancialQuarter.FromDate(clock.Today);
            var update = plan.SubmitProgressUpdate(qt, quarter, [new ActionProgress(first.Id, ActionStatus.InProgress, "Started"), new ActionProgress(second.Id, ActionStatus.NotStarted, "Planned")], "Under way", clock).Value;
            var correction = plan.SubmitProgressUpdate(qt, quarter, [new ActionProgress(first.Id, ActionStatus.InProgress, "Half done")], "Corrected", clock).Value;
            Check(plan.ScrutiniseUpdate(PlansWorld.Nurse, correction.Id, ScrutinyOutcome.Noted, "Good progress.", clock.Today, clock).AsResult());
            Assert.NotEqual(update.Id, correction.Id);
            db.AddRange(incident, plan);
        }
    }

    private static void Check(Result result) => Assert.True(result.IsSuccess, result.ToString());
}
