using System.Net;
using System.Text;
using Commissioning.GraphQL.Validation;

namespace Commissioning.GraphQL.Tests.Hostile;

/// <summary>
/// Requests an attacker might send over HTTP. Each must get a well-formed GraphQL response (or a proper
/// status) while the test waits, and the host must keep serving.
/// </summary>
public class HostileHttpTests(HostileServer server) : IClassFixture<HostileServer>
{
    private async Task<System.Text.Json.JsonElement> SendAsync(string json, params HttpStatusCode[] allowed)
    {
        var body = await HostileServer.AssertWellFormedAsync(await server.PostAsync(json), allowed);
        await server.AssertStillServesAsync();
        return body;
    }

    private static string ErrorMessage(System.Text.Json.JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    [Fact]
    public async Task A_hundred_thousand_nested_selection_sets_are_a_syntax_error()
    {
        var query = new StringBuilder().Insert(0, "{ node ", 100_000).Append(new string('}', 100_000)).ToString();
        var body = await SendAsync(HostileServer.Request(query), HttpStatusCode.BadRequest);
        Assert.StartsWith("Syntax Error", ErrorMessage(body));
    }

    [Fact]
    public async Task A_hundred_thousand_unclosed_braces_are_a_syntax_error()
    {
        var body = await SendAsync(HostileServer.Request(new string('{', 100_000)), HttpStatusCode.BadRequest);
        Assert.StartsWith("Syntax Error", ErrorMessage(body));
    }

    [Fact]
    public async Task Nesting_just_within_the_parser_limit_executes_and_serializes()
    {
        var query = new StringBuilder("{ node ").Insert(7, "{ child ", 190).Append("{ value }").Append('}', 190).Append(" }").ToString();
        var body = await SendAsync(HostileServer.Request(query), HttpStatusCode.OK);
        var node = body.GetProperty("data").GetProperty("node");
        for (var i = 0; i < 190; i++) node = node.GetProperty("child");
        Assert.Equal(1, node.GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task Deeply_nested_list_literals_are_a_syntax_error()
    {
        var query = "{ lists(values: " + new string('[', 100_000) + new string(']', 100_000) + ") }";
        await SendAsync(HostileServer.Request(query), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Variables_nested_beyond_the_json_depth_limit_are_rejected_as_unparseable()
    {
        var variables = "{\"v\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        var body = await SendAsync(HostileServer.Request("query($v: [[[Int]]]) { lists(values: $v) }", variables), HttpStatusCode.BadRequest);
        Assert.Contains("JSON", ErrorMessage(body));
    }

    [Fact]
    public async Task Nested_objects_in_variables_beyond_the_json_depth_limit_are_rejected()
    {
        var variables = "{\"v\":" + new StringBuilder().Insert(0, "{\"next\":", 50_000) + "null" + new string('}', 50_000) + "}";
        await SendAsync(HostileServer.Request("query($v: Nested) { nested(input: $v) }", variables), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Variables_deeper_than_their_type_fail_coercion()
    {
        var variables = "{\"v\":" + new string('[', 40) + "1" + new string(']', 40) + "}";
        var body = await SendAsync(HostileServer.Request("query($v: [[[Int]]]) { lists(values: $v) }", variables), HttpStatusCode.UnprocessableContent);
        Assert.Contains("$v", ErrorMessage(body));
    }

    [Fact]
    public async Task Input_objects_nested_within_the_json_limit_coerce()
    {
        var variables = "{\"v\":" + new StringBuilder().Insert(0, "{\"next\":", 60) + "{\"value\":1}" + new string('}', 60) + "}";
        var body = await SendAsync(HostileServer.Request("query($v: Nested) { nested(input: $v) }", variables), HttpStatusCode.OK);
        Assert.Equal(1, body.GetProperty("data").GetProperty("nested").GetInt32());
    }

    [Fact]
    public async Task A_ten_megabyte_body_is_413()
    {
        var json = HostileServer.Request("{ hello(name: \"" + new string('x', 10 * 1024 * 1024) + "\") }");
        var response = await server.PostAsync(json);
        await HostileServer.AssertWellFormedAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_ten_megabyte_body_without_content_length_is_413()
    {
        var bytes = Encoding.UTF8.GetBytes(HostileServer.Request("{ hello(name: \"" + new string('x', 10 * 1024 * 1024) + "\") }"));
        var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = new StreamContent(new MemoryStream(bytes)) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;
        var response = await server.Client.SendAsync(request);
        await HostileServer.AssertWellFormedAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_string_literal_just_under_the_body_limit_is_echoed()
    {
        var name = new string('y', HostileServer.BodyLimit - 100);
        var body = await SendAsync(HostileServer.Request("{ hello(name: \"" + name + "\") }"), HttpStatusCode.OK);
        Assert.Equal("Hello, " + name, body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_block_string_with_many_lines_is_echoed()
    {
        var lines = string.Join("\n", Enumerable.Repeat("    indented line", 20_000));
        var body = await SendAsync(HostileServer.Request("{ hello(name: \"\"\"" + lines + "\"\"\") }"), HttpStatusCode.OK);
        // §2.9.4 BlockStringValue: the common indentation is removed from every line but the first.
        Assert.StartsWith("Hello,     indented line\nindented line\n", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // an encoded lone surrogate
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })] // truncated sequence
    public async Task Invalid_utf8_in_the_body_is_400(byte[] bad)
    {
        var prefix = Encoding.UTF8.GetBytes("{\"query\":\"{ hello(name: \\\"");
        var suffix = Encoding.UTF8.GetBytes("\\\") }\"}");
        var response = await server.PostBytesAsync([.. prefix, .. bad, .. suffix]);
        await HostileServer.AssertWellFormedAsync(response, HttpStatusCode.BadRequest);
        await server.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("{ hello(name: \"never closed) }")]
    [InlineData("{ hello(name: \"\"\"never closed) }")]
    [InlineData("{ hello(name: \"line\nbreak\") }")]
    [InlineData("{ hello(name: \"\\u{110000}\") }")]
    [InlineData("{ hello(name: \"\\uD800\") }")]
    [InlineData("{ hello(name: \"\\x\") }")]
    [InlineData("{ hello(name: \"\"\"\\\"\"\"\"\"\"\"\"\") }")]
    public async Task Broken_string_literals_are_syntax_errors(string query)
    {
        var body = await SendAsync(HostileServer.Request(query), HttpStatusCode.BadRequest);
        Assert.StartsWith("Syntax Error", ErrorMessage(body));
    }

    [Fact]
    public async Task Thousands_of_aliases_execute()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 4000).Select(i => $"a{i}: hello ")) + "}";
        var body = await SendAsync(HostileServer.Request(query), HttpStatusCode.OK);
        Assert.Equal("Hello, world", body.GetProperty("data").GetProperty("a3999").GetString());
    }

    [Fact]
    public async Task Thousands_of_conflicting_fields_under_one_response_name_are_a_bounded_validation_failure()
    {
        // §5.3.2 compares fields pairwise; the validator's error limit and work budget must keep this cheap.
        var query = "{ " + string.Concat(Enumerable.Range(0, 1800).Select(i => $"x: hello(name: \"{i}\") ")) + "}";
        var body = await SendAsync(HostileServer.Request(query), HttpStatusCode.UnprocessableContent);
        Assert.InRange(body.GetProperty("errors").GetArrayLength(), 1, DocumentValidator.DefaultMaxErrors + 1);
    }

    [Fact]
    public async Task Aliases_beyond_the_token_limit_are_a_syntax_error()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 60_000).Select(i => $"a{i}: hello ")) + "}";
        var body = await SendAsync(HostileServer.Request(query), HttpStatusCode.BadRequest);
        Assert.StartsWith("Syntax Error", ErrorMessage(body));
    }

    [Fact]
    public async Task An_overlong_variable_name_works_like_any_other()
    {
        var name = new string('v', 300_000);
        var body = await SendAsync(HostileServer.Request($"query(${name}: String) {{ hello(name: ${name}) }}", $"{{\"{name}\":\"long\"}}"), HttpStatusCode.OK);
        Assert.Equal("Hello, long", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Fragment_cycles_and_long_fragment_chains_end_cleanly()
    {
        // §5.5.2.2 Fragment spreads must not form cycles: rejected before execution (validation is a walk, not a recursion).
        await SendAsync(HostileServer.Request("{ ...A } fragment A on Query { hello ...B } fragment B on Query { ...A }"), HttpStatusCode.UnprocessableContent);
        var chain = "{ ...F0 } " + string.Concat(Enumerable.Range(0, 1500).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} ")) + "fragment F1500 on Query { hello }";
        var body = await SendAsync(HostileServer.Request(chain), HttpStatusCode.OK);
        Assert.Equal("Hello, world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Selections_nested_through_fragments_beyond_the_parser_limit_execute_and_serialize()
    {
        // Each fragment nests 150 levels, within the parser's depth limit, and spreads the next: 1,500 levels in all,
        // deeper than System.Text.Json writes by default.
        var open = string.Concat(Enumerable.Repeat("child { ", 150));
        var close = new string('}', 150);
        var fragments = string.Concat(Enumerable.Range(0, 10).Select(i => $"fragment F{i} on Node {{ {open} ...F{i + 1} {close} }} "));
        var query = "{ node { ...F0 } } " + fragments + "fragment F10 on Node { value }";
        var body = await SendAsync(HostileServer.Request(query), HttpStatusCode.OK);
        var node = body.GetProperty("data").GetProperty("node");
        for (var i = 0; i < 1500; i++) node = node.GetProperty("child");
        Assert.Equal(1, node.GetProperty("value").GetInt32());
    }

    private async Task<HttpResponseMessage> GetAsync(string queryString)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Endpoint, "?" + queryString));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await server.Client.SendAsync(request);
    }

    [Fact]
    public async Task An_overlong_get_url_is_414()
    {
        // §"Status Codes": "If the size of the URI was too large, status code 414 SHOULD be used"; Kestrel answers it.
        var response = await GetAsync("query=" + Uri.EscapeDataString("{ hello(name: \"" + new string('u', 100_000) + "\") }"));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task Get_variables_nested_beyond_the_json_depth_limit_are_400()
    {
        var variables = "{\"v\":" + new string('[', 100) + new string(']', 100) + "}";
        var response = await GetAsync("query=" + Uri.EscapeDataString("query($v: [[[Int]]]) { lists(values: $v) }") + "&variables=" + Uri.EscapeDataString(variables));
        await HostileServer.AssertWellFormedAsync(response, HttpStatusCode.BadRequest);
        await server.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("query=%7B%20hello(name%3A%20%22%C3%28%22)%20%7D")]
    [InlineData("query=%FF%FE")]
    [InlineData("query=%7B&query=%7D")]
    [InlineData("variables=%7B%7D")]
    [InlineData("query=%7B%20hello%20%7D&variables=%5B1%5D")]
    [InlineData("query=%00%01%02")]
    public async Task Malformed_get_parameters_get_graphql_errors(string queryString)
    {
        var response = await GetAsync(queryString);
        await HostileServer.AssertWellFormedAsync(response, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableContent);
        await server.AssertStillServesAsync();
    }
}
