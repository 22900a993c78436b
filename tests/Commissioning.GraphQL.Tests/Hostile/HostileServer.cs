using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Tests.Conformance;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Validation;

namespace Commissioning.GraphQL.Tests.Hostile;

/// <summary>
/// One Kestrel server shared by the hostile-input tests, so that every test also proves that what came
/// before it did not take the host down.
/// </summary>
public sealed class HostileServer : IAsyncLifetime
{
    public const int BodyLimit = 1024 * 1024;

    private KestrelGraphQLServer? _server;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromMinutes(2) };

    public Uri Endpoint => _server!.Endpoint;

    /// <summary>Status codes GraphQL over HTTP §"Status Codes" allows for a request the server must refuse or partially answer.</summary>
    public static readonly HttpStatusCode[] ExpectedStatuses =
    [
        HttpStatusCode.OK, (HttpStatusCode)294, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge,
        HttpStatusCode.UnprocessableContent, HttpStatusCode.UnsupportedMediaType,
    ];

    public async Task InitializeAsync() =>
        _server = await KestrelGraphQLServer.StartAsync(
            new RequestExecutorOptions { Schema = BuildSchema(), Validate = (schema, document) => DocumentValidator.Validate(schema, document) },
            http => http.MaxRequestBodyBytes = BodyLimit);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }

    /// <summary>A recursive type (so selections can nest as deep as the parser allows) and list and input arguments.</summary>
    private static Schema BuildSchema() => new SchemaBuilder()
        .Object<object>("Node", o =>
        {
            o.Field("child", (n, _) => n).Type("Node");
            o.Field("value", (_, _) => 1);
        })
        .InputObject<object>("Nested", b =>
        {
            b.Field("next", "Nested");
            b.Field("value", "Int");
        })
        .Query(q =>
        {
            q.Field("hello", (_, ctx) => "Hello, " + (ctx.GetArgument<string?>("name") ?? "world")).Argument<string?>("name");
            q.Field("node", (_, _) => new object()).Type("Node");
            q.Field("lists", (_, ctx) => ctx.GetArgument<object?>("values") is null ? 0 : 1)
                .Argument("values", TypeReference.Named("Int").List().List().List());
            q.Field("nested", (_, ctx) => ctx.GetArgument<object?>("input") is null ? 0 : 1).Argument("input", "Nested");
        })
        .Build();

    public Task<HttpResponseMessage> PostAsync(string json) => PostBytesAsync(Encoding.UTF8.GetBytes(json));

    public Task<HttpResponseMessage> PostBytesAsync(byte[] body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return Client.SendAsync(request);
    }

    public static string Request(string query, string? variablesJson = null) =>
        "{\"query\":" + JsonSerializer.Serialize(query) + (variablesJson is null ? "" : ",\"variables\":" + variablesJson) + "}";

    /// <summary>Reads a response and checks it is a well-formed GraphQL response with a status the draft allows.</summary>
    public static async Task<JsonElement> AssertWellFormedAsync(HttpResponseMessage response, params HttpStatusCode[] allowed)
    {
        var statuses = allowed.Length > 0 ? allowed : ExpectedStatuses;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(statuses.Contains(response.StatusCode), $"status {(int)response.StatusCode}: {Shorten(text)}");
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 1 << 16 });
        var root = document.RootElement.Clone();
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        var hasData = root.TryGetProperty("data", out _);
        if (root.TryGetProperty("errors", out var errors))
        {
            Assert.Equal(JsonValueKind.Array, errors.ValueKind);
            Assert.NotEqual(0, errors.GetArrayLength());
            foreach (var error in errors.EnumerateArray()) Assert.Equal(JsonValueKind.String, error.GetProperty("message").ValueKind);
        }
        else
        {
            Assert.True(hasData, "a response without errors must have data");
        }
        // §"Status Codes": without data the status is 4xx/5xx; with data it is 2xx.
        Assert.Equal(hasData, (int)response.StatusCode is >= 200 and < 300);
        return root;
    }

    /// <summary>The server still answers an ordinary query correctly.</summary>
    public async Task AssertStillServesAsync()
    {
        var response = await PostAsync(Request("{ hello(name: \"again\") }"));
        var body = await AssertWellFormedAsync(response, HttpStatusCode.OK);
        Assert.Equal("Hello, again", body.GetProperty("data").GetProperty("hello").GetString());
    }

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "...";
}
