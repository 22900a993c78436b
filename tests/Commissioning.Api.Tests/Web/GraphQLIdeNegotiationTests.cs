using Commissioning.Api.Web;
using Microsoft.AspNetCore.Http;

namespace Commissioning.Api.Tests.Web;

/// <summary>Only a browser opening /graphql gets the IDE; every GraphQL request reaches the engine as before.</summary>
public sealed class GraphQLIdeNegotiationTests
{
    private const string ChromeAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private const string FirefoxAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData(ChromeAccept)]
    [InlineData(FirefoxAccept)]
    [InlineData("text/html")]
    [InlineData("text/html, application/json;q=0.5")]
    public void A_browser_opening_the_address_gets_the_ide(string accept) =>
        Assert.True(GraphQLIdeNegotiation.WantsIde(Request("GET", accept)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9")]
    [InlineData("application/json, text/html")]
    [InlineData("text/html;q=0.5, application/json")]
    [InlineData("text/html;q=0")]
    [InlineData("not a media type")]
    public void Clients_that_do_not_prefer_html_get_graphql(string? accept) =>
        Assert.False(GraphQLIdeNegotiation.WantsIde(Request("GET", accept)));

    [Theory]
    [InlineData("?query=%7B__typename%7D")]
    [InlineData("?documentId=sha256:abc")]
    [InlineData("?extensions=%7B%7D")]
    public void A_get_carrying_a_graphql_request_is_executed_even_from_a_browser(string queryString) =>
        Assert.False(GraphQLIdeNegotiation.WantsIde(Request("GET", ChromeAccept, queryString)));

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("HEAD")]
    public void Only_get_serves_the_ide(string method) =>
        Assert.False(GraphQLIdeNegotiation.WantsIde(Request(method, ChromeAccept)));

    private static HttpRequest Request(string method, string? accept, string queryString = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = "/graphql";
        context.Request.QueryString = new QueryString(queryString);
        if (accept is not null) context.Request.Headers.Accept = accept;
        return context.Request;
    }
}
