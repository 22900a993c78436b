using System.Text.Json;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

public sealed class ComplianceSummaryTests
{
    private const string Dashboard = """
        query($first: Int) {
          complianceSummary(quarter: "2025/26-Q2", first: $first) {
            totalCount
            nodes { providerName quarter indicatorRag dutyRag indicators { code value rag } duties { dutyId selfAssessment rag } }
          }
        }
        """;

    [Fact]
    public async Task Indicators_are_rated_from_the_quarters_return_and_duties_from_the_self_assessment()
    {
        using var api = StartWithOneReturn();
        var response = await api.PostAsync(Dashboard, new { first = 10 }, ReportingSeed.QualityTeam);
        response.AssertNoErrors();
        var rows = response.At("data", "complianceSummary", "nodes");

        var reported = rows[0];
        Assert.Equal("Provider 001", reported.GetProperty("providerName").GetString());
        Assert.Equal("2025/26-Q2", reported.GetProperty("quarter").GetString());
        var indicators = reported.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Single(indicators, i => i.GetProperty("rag").GetString() == "GREEN");
        Assert.All(indicators.Where(i => i.GetProperty("rag").GetString() != "GREEN"), i => Assert.Equal("GREY", i.GetProperty("rag").GetString()));
        Assert.Equal("GREY", reported.GetProperty("indicatorRag").GetString());
        Assert.Equal("RED", reported.GetProperty("dutyRag").GetString());
        var duties = reported.GetProperty("duties").EnumerateArray().ToList();
        Assert.Equal("GREEN", duties[0].GetProperty("rag").GetString());
        Assert.Equal("RED", duties[1].GetProperty("rag").GetString());
        Assert.Equal("GREY", duties[2].GetProperty("rag").GetString());

        var unreported = rows[1];
        Assert.All(unreported.GetProperty("indicators").EnumerateArray(), i => Assert.Equal("GREY", i.GetProperty("rag").GetString()));
    }

    [Fact]
    public async Task The_statement_count_for_100_providers_equals_that_for_10()
    {
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            // More than a page of 100: a page that held every provider would be its own count, one statement fewer.
            for (var i = 1; i <= 101; i++) ReportingSeed.AddProvider(db, lscb, i);
        });

        var ten = await api.PostAsync(Dashboard, new { first = 10 }, ReportingSeed.QualityTeam);
        var hundred = await api.PostAsync(Dashboard, new { first = 100 }, ReportingSeed.QualityTeam);
        ten.AssertNoErrors();
        hundred.AssertNoErrors();

        Assert.Equal(10, ten.At("data", "complianceSummary", "nodes").GetArrayLength());
        Assert.Equal(100, hundred.At("data", "complianceSummary", "nodes").GetArrayLength());
        Assert.Equal(101, hundred.At("data", "complianceSummary", "totalCount").GetInt32());
        var statements = ten.At("extensions", "sqlStatements").GetInt32();
        Assert.True(statements > 0);
        Assert.Equal(statements, hundred.At("extensions", "sqlStatements").GetInt32());
    }

    [Fact]
    public async Task The_ratings_are_read_with_the_page_only_when_a_rating_field_is_selected_fragments_included()
    {
        using var api = StartWithOneReturn();

        var names = await api.PostAsync("""
            { complianceSummary(quarter: "2025/26-Q2", first: 10) { nodes { providerName odsCode } } }
            """, caller: ReportingSeed.QualityTeam);
        var rated = await api.PostAsync("""
            { complianceSummary(quarter: "2025/26-Q2", first: 10) { edges { node { providerName ...Rated } } } }
            fragment Rated on ProviderCompliance { ... on ProviderCompliance { indicatorRag dutyRag } }
            """, caller: ReportingSeed.QualityTeam);
        names.AssertNoErrors();
        rated.AssertNoErrors();

        // The page alone; then the page and the four rating statements, whose answers every row shares.
        Assert.Equal(1, names.At("extensions", "sqlStatements").GetInt32());
        Assert.Equal(5, rated.At("extensions", "sqlStatements").GetInt32());
        Assert.Equal("GREY", rated.At("data", "complianceSummary", "edges", 0, "node", "indicatorRag").GetString());
        Assert.Equal("RED", rated.At("data", "complianceSummary", "edges", 0, "node", "dutyRag").GetString());
        Assert.Equal("GREY", rated.At("data", "complianceSummary", "edges", 1, "node", "indicatorRag").GetString());
    }

    [Fact]
    public async Task Indicators_show_their_terms_whenever_selected_and_the_same_ratings_without_them()
    {
        using var api = StartWithOneReturn();
        const string Terms = "name unit target amberTolerance";
        string[] queries =
        [
            $$"""{ complianceSummary(quarter: "2025/26-Q2") { nodes { indicators { scheduleId code value rag {{Terms}} } } } }""",
            $$"""{ complianceSummary(quarter: "2025/26-Q2") { nodes { indicators { scheduleId code value rag ...Terms } } } } fragment Terms on IndicatorCompliance { {{Terms}} }""",
            $$"""{ complianceSummary(quarter: "2025/26-Q2") { nodes { a: indicators { scheduleId code value rag } b: indicators { {{Terms}} } } } }""",
        ];
        var answers = new List<string>();
        foreach (var query in queries)
        {
            var response = await api.PostAsync(query, caller: ReportingSeed.QualityTeam);
            response.AssertNoErrors();
            var node = response.At("data", "complianceSummary", "nodes", 0);
            var indicators = node.TryGetProperty("indicators", out var all) ? all.EnumerateArray().ToList()
                : node.GetProperty("a").EnumerateArray().Zip(node.GetProperty("b").EnumerateArray(), (a, b) => Merge(a, b)).ToList();
            Assert.NotEmpty(indicators);
            Assert.All(indicators, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("name").GetString())));
            answers.Add(string.Join("\n", indicators.Select(i => i.GetRawText())));
        }
        Assert.Single(answers.Distinct());

        var ratingsOnly = await api.PostAsync("""{ complianceSummary(quarter: "2025/26-Q2") { nodes { indicators { scheduleId code value rag } } } }""",
            caller: ReportingSeed.QualityTeam);
        ratingsOnly.AssertNoErrors();
        var full = answers[0].Split('\n').Select(i => JsonDocument.Parse(i).RootElement)
            .Select(i => (i.GetProperty("scheduleId").GetString(), i.GetProperty("code").GetString(), i.GetProperty("value").GetRawText(), i.GetProperty("rag").GetString()));
        Assert.Equal(full, ratingsOnly.At("data", "complianceSummary", "nodes", 0, "indicators").EnumerateArray()
            .Select(i => (i.GetProperty("scheduleId").GetString(), i.GetProperty("code").GetString(), i.GetProperty("value").GetRawText(), i.GetProperty("rag").GetString())));
    }

    /// <summary>Provider 001 with its Q2 return submitted, and provider 002 with none.</summary>
    private static GraphQLApi StartWithOneReturn() => GraphQLApi.Start(db =>
    {
        var lscb = ReportingSeed.AddLscb(db);
        var (_, schedule) = ReportingSeed.AddProvider(db, lscb, 1);
        db.Add(ReportingSeed.SubmittedReturn(schedule, ReportingSeed.Q2));
        ReportingSeed.AddProvider(db, lscb, 2);
    });

    /// <summary>One JSON object with the members of both, in order.</summary>
    private static JsonElement Merge(JsonElement a, JsonElement b) =>
        JsonDocument.Parse("{" + string.Join(",", a.EnumerateObject().Concat(b.EnumerateObject()).Select(p => $"{JsonSerializer.Serialize(p.Name)}:{p.Value.GetRawText()}")) + "}").RootElement;

    [Fact]
    public async Task Provider_staff_see_only_their_own_row()
    {
        Guid own = Guid.Empty;
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            own = ReportingSeed.AddProvider(db, lscb, 1).Provider.Id;
            ReportingSeed.AddProvider(db, lscb, 2);
        });
        var response = await api.PostAsync(Dashboard, new { first = 10 }, ReportingSeed.StaffOf(own));
        response.AssertNoErrors();
        Assert.Equal(1, response.At("data", "complianceSummary", "totalCount").GetInt32());
        Assert.Equal("Provider 001", response.At("data", "complianceSummary", "nodes", 0, "providerName").GetString());
    }
}
