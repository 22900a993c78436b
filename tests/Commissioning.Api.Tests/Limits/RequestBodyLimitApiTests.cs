using System.Net;
using System.Text;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;

namespace Commissioning.Api.Tests.Limits;

/// <summary>GraphQL:MaxRequestBodyBytes: a body of exactly the limit is read, one byte more is 413.</summary>
public sealed class RequestBodyLimitApiTests
{
    private const int Limit = 2000;

    /// <summary>A request for <c>__typename</c> padded with insignificant whitespace to exactly <paramref name="bytes"/> bytes.</summary>
    private static string BodyOf(int bytes)
    {
        const string head = "{\"query\":\"{", tail = "__typename }\"}";
        var body = head + new string(' ', bytes - head.Length - tail.Length) + tail;
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(body));
        return body;
    }

    [Fact]
    public async Task A_body_at_the_limit_runs_and_one_byte_more_is_413()
    {
        using var api = GraphQLApi.Start(settings: new Dictionary<string, string?> { ["GraphQL:MaxRequestBodyBytes"] = Limit.ToString() });

        var (status, body) = await api.PostJsonAsync(BodyOf(Limit));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body.At("data", "__typename").GetString());

        var (tooLarge, refusal) = await api.PostJsonAsync(BodyOf(Limit + 1));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge);
        Assert.Equal("HTTP_BODY_TOO_LARGE", refusal.ErrorCode());
        Assert.Equal($"The request body is larger than the limit of {Limit} bytes.", refusal.ErrorMessage());
    }
}
