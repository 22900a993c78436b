using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Commissioning.GraphQL.Tests.Hostile;

/// <summary>
/// Random bodies, random documents and corrupted valid requests: every one gets a well-formed GraphQL
/// response with a status GraphQL over HTTP allows, and the server answers a valid query afterwards.
/// </summary>
public class RandomRequestTests(HostileServer server) : IClassFixture<HostileServer>
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static readonly byte[] ValidRequest = Encoding.UTF8.GetBytes(HostileServer.Request(
        "query Q($n: String, $v: [[[Int]]], $i: Nested) { hello(name: $n) lists(values: $v) nested(input: $i) node { child { value } } }",
        "{\"n\":\"caf\\u00e9 \u00e9\",\"v\":[[[1,2]],[[3]]],\"i\":{\"next\":{\"value\":2}}}"));

    private bool AnswersWellFormed(byte[] body)
    {
        var response = server.PostBytesAsync(body).GetAwaiter().GetResult();
        HostileServer.AssertWellFormedAsync(response).GetAwaiter().GetResult();
        return true;
    }

    [Fact]
    public async Task Random_bytes_as_the_body()
    {
        Check.One(Cases, Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), AnswersWellFormed));
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task Random_text_as_the_query()
    {
        Check.One(Cases, Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            AnswersWellFormed(Encoding.UTF8.GetBytes(HostileServer.Request(text ?? "")))));
        await server.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_valid_request_with_a_byte_overwritten_or_cut_short()
    {
        var intact = await HostileServer.AssertWellFormedAsync(await server.PostBytesAsync(ValidRequest), HttpStatusCode.OK);
        Assert.Equal("Hello, café é", intact.GetProperty("data").GetProperty("hello").GetString());
        Check.One(Cases, Prop.ForAll(ArbMap.Default.ArbFor<int>(), ArbMap.Default.ArbFor<byte>(), ArbMap.Default.ArbFor<bool>(), (at, value, cut) =>
        {
            var position = (int)((uint)at % ValidRequest.Length);
            var body = cut ? ValidRequest[..position] : [.. ValidRequest];
            if (!cut) body[position] = value;
            return AnswersWellFormed(body);
        }));
        await server.AssertStillServesAsync();
    }
}
