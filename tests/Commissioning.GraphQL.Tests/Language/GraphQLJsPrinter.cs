using System.Diagnostics;
using System.Text.Json.Nodes;
using Commissioning.GraphQL.Tests.Conformance;

namespace Commissioning.GraphQL.Tests.Language;

/// <summary>
/// graphql-js's <c>print(parse(document))</c> for a batch of documents. oracle.mjs has no mode for
/// printing executable documents, so this runs a one-line module against the same pinned graphql-js
/// in tests/conformance.
/// </summary>
internal static class GraphQLJsPrinter
{
    private const string Script =
        "import { parse, print } from 'graphql'; import { readFileSync } from 'node:fs';" +
        "const docs = JSON.parse(readFileSync(process.argv[1], 'utf8'));" +
        "process.stdout.write(JSON.stringify(docs.map((d) => { try { return { printed: print(parse(d)) }; }" +
        " catch (e) { return { error: e.message }; } })));";

    /// <summary>For each document: graphql-js's printed text, or "error: " and its message.</summary>
    public static IReadOnlyList<string> PrintAll(IReadOnlyList<string> documents)
    {
        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, new JsonArray(documents.Select(d => (JsonNode)JsonValue.Create(d)!).ToArray()).ToJsonString());
            var start = new ProcessStartInfo("node", ["--input-type=module", "-e", Script, input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = GraphQLJsOracle.ConformanceDirectory,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("graphql-js did not answer within 2 minutes.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"graphql-js failed ({process.ExitCode}): {stderr.Result}");
            return JsonNode.Parse(stdout.Result)!.AsArray()
                .Select(r => r!["printed"]?.GetValue<string>() ?? "error: " + r["error"]!.GetValue<string>())
                .ToArray();
        }
        finally
        {
            File.Delete(input);
        }
    }
}
