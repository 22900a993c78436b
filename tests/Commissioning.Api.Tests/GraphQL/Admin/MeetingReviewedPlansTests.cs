using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL.Reporting;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>A monitoring meeting's reviewed plans are ActionPlan objects, loaded in one batch for a whole page of meetings.</summary>
public sealed class MeetingReviewedPlansTests
{
    private const string Meetings = """
        { monitoringMeetings { nodes { heldOn reviewedActionPlans { id title status } reviewedActionPlanIds } } }
        """;

    [Fact]
    public async Task A_meeting_lists_the_plans_it_reviewed_in_the_order_recorded()
    {
        var (api, providerId, plans) = Start(planCount: 2);
        using (api)
        {
            await RecordAsync(api, providerId, [plans[1], plans[0]], daysAgo: 2);

            var response = await api.PostAsync(Meetings, caller: PastRecords.QualityTeam);
            response.AssertNoErrors();
            var meeting = response.At("data", "monitoringMeetings", "nodes", 0);
            var reviewed = meeting.GetProperty("reviewedActionPlans").EnumerateArray().ToList();
            Assert.Equal([plans[1], plans[0]], reviewed.Select(p => p.GetProperty("id").GetString()));
            Assert.All(reviewed, p => Assert.Equal("Discharge checks", p.GetProperty("title").GetString()));
            Assert.Equal("IN_PROGRESS", reviewed[0].GetProperty("status").GetString());
            Assert.Equal(reviewed.Select(p => p.GetProperty("id").GetString()),
                meeting.GetProperty("reviewedActionPlanIds").EnumerateArray().Select(id => id.GetString()));
        }
    }

    [Fact]
    public async Task The_statement_count_does_not_grow_with_the_number_of_meetings()
    {
        var (api, providerId, plans) = Start(planCount: 3);
        using (api)
        {
            await RecordAsync(api, providerId, [plans[0]], daysAgo: 10);
            var one = await api.PostAsync(Meetings, caller: PastRecords.QualityTeam);
            await RecordAsync(api, providerId, [plans[1], plans[2]], daysAgo: 5);
            await RecordAsync(api, providerId, plans, daysAgo: 1);
            var three = await api.PostAsync(Meetings, caller: PastRecords.QualityTeam);
            one.AssertNoErrors();
            three.AssertNoErrors();

            Assert.Equal(6, three.At("data", "monitoringMeetings", "nodes").EnumerateArray().Sum(m => m.GetProperty("reviewedActionPlans").GetArrayLength()));
            Assert.Equal(one.At("extensions", "sqlStatements").GetInt32(), three.At("extensions", "sqlStatements").GetInt32());
        }
    }

    private static (GraphQLApi Api, string ProviderId, string[] Plans) Start(int planCount)
    {
        Guid provider = default;
        var plans = new List<Guid>();
        var api = GraphQLApi.Start(db =>
        {
            var records = new PastRecords(db);
            provider = records.Provider.Id;
            for (var i = 0; i < planCount; i++) plans.Add(records.Plan(PlanStage.InProgress).Id);
        });
        return (api, NodeId.Encode("Provider", provider), plans.Select(p => NodeId.Encode("ActionPlan", p)).ToArray());
    }

    private static async Task RecordAsync(GraphQLApi api, string providerId, string[] plans, int daysAgo)
    {
        var response = await api.PostAsync("""
            mutation($input: RecordMonitoringMeetingInput!) { recordMonitoringMeeting(input: $input) { meeting { id } errors { __typename } } }
            """, new
        {
            input = new
            {
                providerId, heldOn = PastRecords.Today.AddDays(-daysAgo).ToString("yyyy-MM-dd"), notes = "Reviewed open plans.",
                reviewedActionPlanIds = plans, reviewedAuditIds = Array.Empty<string>(), reviewedIndicators = Array.Empty<object>(),
                decisions = new[] { "Provider to send the discharge audit." }, sanctions = Array.Empty<object>(),
            },
        }, PastRecords.QualityTeam);
        response.AssertNoErrors();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("data", "recordMonitoringMeeting", "errors").ValueKind);
    }
}
