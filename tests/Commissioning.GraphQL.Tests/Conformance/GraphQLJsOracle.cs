using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commissioning.GraphQL.Tests.Conformance;

/// <summary>
/// Runs graphql-js (tests/conformance, pinned by its package-lock.json) through Node as a test oracle.
/// The packages are installed by build/install-test-deps.sh, which the README's test command runs.
/// </summary>
public static class GraphQLJsOracle
{
    public static string ConformanceDirectory { get; } = FindConformanceDirectory();

    /// <summary>Sends one request to oracle.mjs and returns its JSON answer.</summary>
    public static JsonNode Ask(JsonObject request)
    {
        if (!Directory.Exists(Path.Combine(ConformanceDirectory, "node_modules", "graphql")))
            throw new InvalidOperationException(
                $"graphql-js is not installed in {ConformanceDirectory}; run `bash build/install-test-deps.sh` first.");

        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, request.ToJsonString());
            var start = new ProcessStartInfo("node", [Path.Combine(ConformanceDirectory, "oracle.mjs"), input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = ConformanceDirectory,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("graphql-js oracle did not answer within 2 minutes.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"graphql-js oracle failed ({process.ExitCode}): {stderr.Result}");
            return JsonNode.Parse(stdout.Result) ?? throw new InvalidOperationException("graphql-js oracle wrote nothing.");
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string FindConformanceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "conformance");
            if (File.Exists(Path.Combine(candidate, "oracle.mjs"))) return candidate;
        }
        throw new DirectoryNotFoundException("tests/conformance/oracle.mjs not found above " + AppContext.BaseDirectory);
    }
}

public class GraphQLJsOracleTests
{
    [Fact]
    public void Oracle_answers_with_graphql_js_validation_errors()
    {
        var answer = GraphQLJsOracle.Ask(new JsonObject
        {
            ["mode"] = "validate",
            ["cases"] = new JsonArray(new JsonObject
            {
                ["id"] = "missing-arg",
                ["schema"] = "type Query { b(x: Int!): String }",
                ["document"] = "{ b }",
            }),
        });
        var message = answer[0]!["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Equal("Field \"b\" argument \"x\" of type \"Int!\" is required, but it was not provided.", message);
    }
}
