using System.Text;
using Commissioning.Api.CommitteeReport;
using Microsoft.AspNetCore.Http;

namespace Commissioning.Api.Tests.CommitteeReport;

/// <summary>
/// What the page being printed may ask for: its own page, assets and GraphQL queries. Nothing leaves the machine,
/// and nothing is changed in the caller's name while their report prints.
/// </summary>
public sealed class ReportPageRequestsTests
{
    private readonly ReportPageRequests _requests = new(new DefaultHttpContext());

    [Fact]
    public async Task A_mutation_is_refused_before_it_reaches_the_graphql_handler()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"mutation { closeActionPlan(input: { id: \"x\" }) { errors { code } } }"}""");

        var answer = await _requests.AnswerAsync("POST", new Uri(ReportPageRequests.Origin, "/graphql"), body, CancellationToken.None);

        Assert.Equal(400, answer.Status);
        Assert.Contains("only send queries", Encoding.UTF8.GetString(answer.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_mixing_a_query_and_a_mutation_is_refused_too()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"query A { me { role } } mutation B { __typename }","operationName":"A"}""");

        var answer = await _requests.AnswerAsync("POST", new Uri(ReportPageRequests.Origin, "/graphql"), body, CancellationToken.None);

        Assert.Equal(400, answer.Status);
    }

    [Theory]
    [InlineData("https://cdn.example.com/library.js")]
    [InlineData("http://127.0.0.1:5080/graphql")]
    [InlineData("http://committee-report.localhost:8080/reports/committee")]
    public async Task A_request_to_any_other_origin_fails_as_if_the_network_were_not_there(string address)
    {
        var answer = await _requests.AnswerAsync("GET", new Uri(address), null, CancellationToken.None);

        Assert.Same(PageResponse.Blocked, answer);
    }

    [Fact]
    public async Task Other_addresses_on_the_pages_origin_are_not_found()
    {
        var answer = await _requests.AnswerAsync("GET", new Uri(ReportPageRequests.Origin, "/exports/exceptions.csv"), null, CancellationToken.None);

        Assert.Equal(404, answer.Status);
    }
}
