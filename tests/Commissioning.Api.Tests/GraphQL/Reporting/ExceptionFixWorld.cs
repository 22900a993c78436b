using System.Text.Json;
using Commissioning.Api.Data;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// The API over records that raise an exception (<see cref="PastRecords"/>), and the check every
/// test of this folder's *ExceptionFixTests makes: the lines of one code about one record are listed
/// by <c>exceptions</c> today, the mutations a user would call fix the condition, and afterwards
/// exactly those lines have gone: nothing else was cleared and no new line appeared.
/// </summary>
internal sealed class ExceptionFixWorld : IDisposable
{
    public const string Errors = "errors { __typename ... on Error { code message } }";

    private const string Lines = """
        { exceptions(first: 100) { totalCount nodes { code subjectType subjectId sentence subject { id } } } }
        """;

    public ExceptionFixWorld(Action<PastRecords> seed)
    {
        Api = GraphQLApi.Start(db => seed(new PastRecords(db)));
    }

    public GraphQLApi Api { get; }

    /// <summary>
    /// Proves that <paramref name="fix"/> clears the <paramref name="code"/> lines about
    /// <paramref name="subjectId"/> (at least <paramref name="expected"/> of them) and nothing else.
    /// <paramref name="fix"/> is given the lines it is to clear.
    /// </summary>
    public async Task ClearedByAsync(string code, string subjectId, Func<IReadOnlyList<ExceptionLine>, Task> fix, int expected = 1)
    {
        var before = await LinesAsync();
        var target = before.Where(l => l.Code == code && l.SubjectId == subjectId).ToList();
        Assert.True(target.Count >= expected,
            $"Expected {code} about {subjectId} before the fix; the API listed:{Environment.NewLine}{string.Join(Environment.NewLine, before)}");
        // Where the record is a Node, the line opens it.
        Assert.All(target, line => Assert.True(line.SubjectNodeId is null || line.SubjectNodeId == subjectId, line.ToString()));

        await fix(target);

        var after = await LinesAsync();
        Assert.DoesNotContain(after, l => l.Code == code && l.SubjectId == subjectId);
        Assert.Equal(before.Except(target).Order(), after.Order());
    }

    public async Task<IReadOnlyList<ExceptionLine>> LinesAsync()
    {
        var response = await Api.PostAsync(Lines, caller: PastRecords.QualityTeam);
        response.AssertNoErrors();
        var connection = response.At("data", "exceptions");
        var lines = connection.GetProperty("nodes").EnumerateArray().Select(ExceptionLine.From).ToList();
        Assert.Equal(connection.GetProperty("totalCount").GetInt32(), lines.Count);
        return lines;
    }

    /// <summary>The <c>version</c> of the record <paramref name="id"/> as the API reports it now, to pass as <c>expectedVersion</c>.</summary>
    public async Task<int> VersionAsync(string id)
    {
        var response = await Api.PostAsync("""
            query($id: ID!) {
              node(id: $id) {
                ... on ActionPlan { version } ... on Section11Schedule { version } ... on Contract { version }
                ... on Review { version } ... on Provider { version }
              }
            }
            """, new { id }, PastRecords.QualityTeam);
        response.AssertNoErrors();
        return response.At("data", "node", "version").GetInt32();
    }

    /// <summary>Runs a convention mutation that must succeed, and returns its payload.</summary>
    public async Task<JsonElement> SucceedAsync(string field, object input, Actor caller, string selection = "__typename")
    {
        var type = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        var response = await Api.PostAsync($"mutation($input: {type}!) {{ {field}(input: $input) {{ {selection} {Errors} }} }}", new { input }, caller);
        response.AssertNoErrors();
        var payload = response.At("data", field);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"{field} was refused: {payload.GetProperty("errors")}");
        return payload;
    }

    public CommissioningDbContext NewContext() => Api.NewContext();

    public void Dispose() => Api.Dispose();
}

/// <summary>One line of <c>exceptions</c>, compared by value.</summary>
internal sealed record ExceptionLine(string Code, string SubjectType, string SubjectId, string Sentence, string? SubjectNodeId) : IComparable<ExceptionLine>
{
    public static ExceptionLine From(JsonElement node) => new(
        node.GetProperty("code").GetString()!,
        node.GetProperty("subjectType").GetString()!,
        node.GetProperty("subjectId").GetString()!,
        node.GetProperty("sentence").GetString()!,
        node.GetProperty("subject").ValueKind == JsonValueKind.Null ? null : node.At("subject", "id").GetString());

    public int CompareTo(ExceptionLine? other) => string.CompareOrdinal(ToString(), other?.ToString());

    public override string ToString() => $"{Code} {SubjectType} {SubjectId}: {Sentence}";
}
