using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Execution;

namespace Commissioning.GraphQL.Tests.Http;

/// <summary>The transport rules of GraphQL over HTTP, checked against a scripted executor.</summary>
public class GraphQLHttpHandlerTests
{
    private static HttpRequestMessage Post(string body, string? contentType = "application/json", string? accept = "application/graphql-response+json")
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null) message.Headers.TryAddWithoutValidation("Accept", accept);
        return message;
    }

    private static async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> SendAsync(HttpTestHost host, HttpRequestMessage message)
    {
        var response = await host.Client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, doc.RootElement.Clone());
    }

    [Fact]
    public async Task Post_json_returns_data_in_the_negotiated_media_type_with_utf8()
    {
        await using var host = await HttpTestHost.StartAsync(ScriptedExecutor.Data());
        var response = await host.Client.SendAsync(Post("{\"query\":\"{__typename}\"}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Text_is_written_as_utf8_with_only_the_escapes_json_requires()
    {
        // Quotes, apostrophes, non-ASCII and control characters, as JSON.stringify writes them.
        await using var host = await HttpTestHost.StartAsync(new ScriptedExecutor(_ =>
        {
            var data = new ResultMap();
            data.Add("text", "Moderated \"partially met\" – it's Brontë's\n<b>&");
            return new ExecutionResult { Data = data };
        }));
        var response = await host.Client.SendAsync(Post("{\"query\":\"{text}\"}"));
        Assert.Equal("{\"data\":{\"text\":\"Moderated \\\"partially met\\\" – it's Brontë's\\n<b>&\"}}",
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json;q=0.4", "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    public async Task Accept_header_picks_the_highest_priority_supported_type(string? accept, string expected)
    {
        await using var host = await HttpTestHost.StartAsync(ScriptedExecutor.Data());
        var (status, mediaType, _) = await SendAsync(host, Post("{\"query\":\"{__typename}\"}", accept: accept));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, mediaType);
    }

    [Fact]
    public async Task Unsupported_accept_is_406()
    {
        await using var host = await HttpTestHost.StartAsync(ScriptedExecutor.Data());
        var (status, _, body) = await SendAsync(host, Post("{\"query\":\"{__typename}\"}", accept: "text/html"));
        Assert.Equal(HttpStatusCode.NotAcceptable, status);
        Assert.Equal("HTTP_NOT_ACCEPTABLE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Unsupported_or_missing_content_type_is_415(string? contentType)
    {
        await using var host = await HttpTestHost.StartAsync(ScriptedExecutor.Data());
        var (status, mediaType, _) = await SendAsync(host, Post("{\"query\":\"{__typename}\"}", contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("application/json", mediaType); // never graphql-response+json for non-GraphQL failures
    }

    [Theory]
    [InlineData("NONSENSE")]
    [InlineData("{\"query\":")]
    public async Task Malformed_json_is_400(string body)
    {
        await using var host = await HttpTestHost.StartAsync(ScriptedExecutor.Data());
        var (status, _, json) = await SendAsync(host, Post(body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HTTP_BODY_NOT_JSON", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Invalid_utf8_body_is_400()
    {
        await using var host = await HttpTestHost.StartAsync(ScriptedExecutor.Data());
        var message = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']),
        };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var (status, _, _) = await SendAsync(host, message);
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Theory]
    [InlineData("{\"qeury\":\"{__typename}\"}")]
    [InlineData("{\"query\":1}")]
    [InlineData("{\"query\":\"{__typename}\",\"variables\":[7]}")]
    [InlineData("{\"query\":\"{__typename}\",\"operationName\":true}")]
    [InlineData("{\"query\":\"{__typename}\",\"extensions\":\"x\"}")]
    [InlineData("[{\"query\":\"{__typename}\"}]")]
    public async Task Request_that_is_not_well_formed_is_422(string body)
    {
        await using var host = await HttpTestHost.StartAsync(ScriptedExecutor.Data());
        var (status, _, _) = await SendAsync(host, Post(body));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
    }

    [Fact]
    public async Task Null_optional_parameters_are_ignored_and_unknown_properties_too()
    {
        var executor = ScriptedExecutor.Data();
        await using var host = await HttpTestHost.StartAsync(executor);
        var (status, _, _) = await SendAsync(host, Post("{\"query\":\"{__typename}\",\"operationName\":null,\"variables\":null,\"extensions\":null,\"x\":1}"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(executor.LastRequest!.OperationName);
        Assert.Null(executor.LastRequest.Variables);
    }

    [Fact]
    public async Task Variables_are_decoded_to_plain_values()
    {
        var executor = ScriptedExecutor.Data();
        await using var host = await HttpTestHost.StartAsync(executor);
        await SendAsync(host, Post("{\"query\":\"q\",\"variables\":{\"i\":7,\"f\":1.5,\"s\":\"x\",\"b\":true,\"n\":null,\"l\":[1,\"a\"],\"o\":{\"k\":2}}}"));
        var v = executor.LastRequest!.Variables!;
        Assert.Equal(7L, v["i"]);
        Assert.Equal(1.5, v["f"]);
        Assert.Equal("x", v["s"]);
        Assert.Equal(true, v["b"]);
        Assert.Null(v["n"]);
        Assert.Equal(new object?[] { 1L, "a" }, (object?[])v["l"]!);
        Assert.Equal(2L, ((IReadOnlyDictionary<string, object?>)v["o"]!)["k"]);
    }

    [Fact]
    public async Task Get_decodes_url_parameters_and_only_allows_queries()
    {
        var executor = ScriptedExecutor.Data();
        await using var host = await HttpTestHost.StartAsync(executor);
        var url = "/graphql?query=" + Uri.EscapeDataString("query Q($id: ID!){ a(id:$id) }") + "&operationName=Q&variables="
                  + Uri.EscapeDataString("{\"id\":\"1\"}") + "&extensions=";
        var response = await host.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Q", executor.LastRequest!.OperationName);
        Assert.Equal("1", executor.LastRequest.Variables!["id"]);
        Assert.Null(executor.LastRequest.Extensions);
        Assert.Equal(OperationTypes.Query, executor.LastRequest.AllowedOperations);
    }

    [Fact]
    public async Task Get_with_bad_variables_json_is_400()
    {
        await using var host = await HttpTestHost.StartAsync(ScriptedExecutor.Data());
        var response = await host.Client.GetAsync("/graphql?query=%7Ba%7D&variables=%7Bnope");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_header()
    {
        var executor = new ScriptedExecutor(_ => ExecutionResult.RequestError(RequestFailure.OperationNotAllowed,
            new GraphQLError("Mutations cannot be executed over GET.")));
        await using var host = await HttpTestHost.StartAsync(executor);
        var response = await host.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { a }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", response.Content.Headers.Allow.Count > 0
            ? string.Join(", ", response.Content.Headers.Allow) : string.Join(", ", response.Headers.GetValues("Allow")));
    }

    [Fact]
    public async Task Unsupported_method_is_405_with_allow_header()
    {
        await using var host = await HttpTestHost.StartAsync(ScriptedExecutor.Data());
        var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", string.Join(",", response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData(RequestFailure.Syntax, 400)]
    [InlineData(RequestFailure.Validation, 422)]
    [InlineData(RequestFailure.OperationSelection, 422)]
    [InlineData(RequestFailure.VariableCoercion, 422)]
    [InlineData(RequestFailure.DocumentNotFound, 400)]
    [InlineData(RequestFailure.NotAuthenticated, 401)]
    public async Task Request_errors_map_to_the_specified_status_and_have_no_data_entry(RequestFailure failure, int expected)
    {
        var executor = new ScriptedExecutor(_ => ExecutionResult.RequestError(failure, new GraphQLError("nope")));
        await using var host = await HttpTestHost.StartAsync(executor);
        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            var (status, mediaType, body) = await SendAsync(host, Post("{\"query\":\"{a}\"}", accept: accept));
            Assert.Equal(expected, (int)status);
            Assert.Equal(accept, mediaType);
            Assert.False(body.TryGetProperty("data", out _));
            Assert.Equal("nope", body.GetProperty("errors")[0].GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Partial_success_is_294_for_graphql_response_json_and_200_for_legacy_json()
    {
        var executor = new ScriptedExecutor(_ => new ExecutionResult
        {
            Data = null,
            Errors = [new GraphQLError("boom", path: ["a"])],
        });
        await using var host = await HttpTestHost.StartAsync(executor);
        var (status, _, body) = await SendAsync(host, Post("{\"query\":\"{a}\"}"));
        Assert.Equal(294, (int)status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal("a", body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
        var (legacyStatus, _, _) = await SendAsync(host, Post("{\"query\":\"{a}\"}", accept: "application/json"));
        Assert.Equal(HttpStatusCode.OK, legacyStatus);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413_without_reading_it_all()
    {
        await using var host = await HttpTestHost.StartAsync(ScriptedExecutor.Data(), o => o.MaxRequestBodyBytes = 1000);
        var big = "{\"query\":\"" + new string('a', 10 * 1024 * 1024) + "\"}";
        var (status, _, _) = await SendAsync(host, Post(big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task Unexpected_engine_failure_is_masked_with_a_correlation_id()
    {
        var executor = new ScriptedExecutor(_ => throw new InvalidOperationException("secret connection string"));
        await using var host = await HttpTestHost.StartAsync(executor);
        var response = await host.Client.SendAsync(Post("{\"query\":\"{a}\"}"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("secret", text);
        Assert.Contains("INTERNAL_SERVER_ERROR", text);
        Assert.Contains("correlationId", text);
    }

    [Fact]
    public async Task Persisted_query_extension_becomes_a_document_id()
    {
        var executor = ScriptedExecutor.Data();
        await using var host = await HttpTestHost.StartAsync(executor);
        await SendAsync(host, Post("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}}"));
        Assert.Equal("sha256:abc", executor.LastRequest!.DocumentId);
        Assert.Null(executor.LastRequest.Query);
    }
}
