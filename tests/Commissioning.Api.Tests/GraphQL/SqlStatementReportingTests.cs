using System.Text.Json;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL;

public sealed class SqlStatementReportingTests
{
    [Fact]
    public async Task Development_reports_the_statements_of_each_request()
    {
        using var api = GraphQLApi.Start();
        var response = await api.PostAsync("{ me { userId } }", caller: TestData.Quality);
        response.AssertNoErrors();
        Assert.Equal(0, response.At("extensions", "sqlStatements").GetInt32());
    }

    [Fact]
    public async Task Outside_Development_the_report_is_off_by_default()
    {
        using var api = GraphQLApi.Start(settings: new Dictionary<string, string?> { ["environment"] = "Production" });
        var response = await api.PostAsync("{ me { userId } }", caller: TestData.Quality);
        response.AssertNoErrors();
        Assert.False(response.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task The_report_is_left_out_when_configuration_turns_it_off()
    {
        using var api = GraphQLApi.Start(settings: new Dictionary<string, string?> { ["Commissioning:GraphQL:ReportSqlStatements"] = "false" });
        var response = await api.PostAsync("{ me { userId } }", caller: TestData.Quality);
        response.AssertNoErrors();
        Assert.False(response.TryGetProperty("extensions", out _));
    }
}
