using System.Text.Json;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Validation;

namespace Commissioning.GraphQL.Tests.Conformance;

/// <summary>
/// Runs graphql-http's server audit (v1.23.1, an independent implementation of the GraphQL over HTTP
/// checks) against our endpoint on a real Kestrel socket.
/// </summary>
public class GraphQLHttpAuditTests
{
    /// <summary>
    /// SHOULD audits whose expectation the reference draft (shared/reference/graphql-over-http/GraphQLOverHTTP.md)
    /// contradicts. We follow the draft; README.md §"GraphQL over HTTP" documents the difference.
    /// </summary>
    private static readonly Dictionary<string, string> ContradictedByDraft = new()
    {
        // §"Body": a legacy client accepting only application/json "SHOULD be performed following the requirements
        // of this specification as if the request had specified Accept: application/graphql-response+json, except
        // any response that produces a 2xx status code should replace the Content-Type header". So its failures get
        // the same 4xx codes as for application/graphql-response+json, not 200.
        // FDE2's document `{ 8f31403d... }` does not even parse (a name cannot start with a digit, spec §2.1.9), so
        // the draft's "If the GraphQL document in the request cannot be parsed, status code 400 SHOULD be used"
        // applies to it as it does to 572B's `{`.
        ["572B"] = "expects 200 for a parse failure with Accept: application/json; the draft gives 400 (§\"Body\", §\"Status Codes\")",
        ["FDE2"] = "expects 200 for an unparseable document with Accept: application/json; the draft gives 400 (§\"Body\", §\"Status Codes\")",
        ["7B9B"] = "expects 200 for a variable coercion failure with Accept: application/json; the draft gives 422 (§\"Body\", §\"Status Codes\")",
        // §"Status Codes": "If the variable values cannot be coerced to match the operation's variable definitions,
        // status code 422 SHOULD be used", and its example "Variable coercion failure": "SHOULD return a status code
        // of 422 (Unprocessable Content)".
        ["86EE"] = "expects 400 for a variable coercion failure; the draft says 422 (§\"Status Codes\")",
        // 74FF ("400 on document validation failure") is not listed although the draft gives 422 for validation
        // failures: its document `{ 8f31403d... }` is a syntax error, for which 400 is right, so it passes.
    };

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);

    [Fact]
    public async Task Every_MUST_and_every_SHOULD_not_contradicted_by_the_draft_passes()
    {
        await using var server = await KestrelGraphQLServer.StartAsync(new RequestExecutorOptions
        {
            Schema = GreetingSchema.Build(),
            Validate = (schema, document) => DocumentValidator.Validate(schema, document),
        });

        var output = await NodeScript.RunAsync("audit.mjs", server.Endpoint.ToString());
        var results = JsonSerializer.Deserialize<List<AuditResult>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.NotEmpty(results);

        var failures = results
            .Where(r => r.Status != "ok")
            // MAY audits are advice (graphql-http reports them as notices); its MAYs for 400 on malformed parameters
            // also contradict the draft's "not a well-formed GraphQL-over-HTTP request ... 422" (§"Status Codes").
            .Where(r => r.Name.StartsWith("MUST", StringComparison.Ordinal)
                || (r.Name.StartsWith("SHOULD", StringComparison.Ordinal) && !ContradictedByDraft.ContainsKey(r.Id)))
            .Select(r => $"{r.Id} [{r.Status}] {r.Name}: {r.Reason}")
            .ToList();
        Assert.True(failures.Count == 0, "graphql-http audits failed:\n" + string.Join("\n", failures));

        // The exceptions must still be real: an id that starts passing (or disappears) should leave the list.
        var passingExceptions = ContradictedByDraft.Keys.Where(id => results.Any(r => r.Id == id && r.Status == "ok")).ToList();
        Assert.True(passingExceptions.Count == 0, "These audits now pass; remove them from the exception list: " + string.Join(", ", passingExceptions));
        Assert.All(ContradictedByDraft.Keys, id => Assert.Contains(results, r => r.Id == id));
    }
}
