using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Http;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>Runs documents and renders results as the HTTP transport would write them.</summary>
public static class Run
{
    public static async Task<ExecutionResult> Execute(Schema schema, string query, object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null, ExecutorOptions? options = null)
    {
        var executor = new Executor(schema, options);
        return await executor.ExecuteAsync(new ExecutionArgs
        {
            Document = Parser.Parse(query),
            RootValue = root,
            VariableValues = variables,
            OperationName = operationName,
        });
    }

    /// <summary>The response JSON exactly as <see cref="ResponseJsonWriter"/> writes it.</summary>
    public static string Json(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) ResponseJsonWriter.Write(writer, result);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static async Task<string> Json(Schema schema, string query, object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null) =>
        Json(await Execute(schema, query, root, variables, operationName));

    /// <summary>Normalises expected JSON written with single quotes and free spacing.</summary>
    public static string Expected(string json) => JsonNode.Parse(json.Replace('\'', '"'))!.ToJsonString();

    /// <summary>A JSON value as the default resolver reads it: dictionaries, lists and primitives.</summary>
    public static object? Data(string json) => FromNode(JsonNode.Parse(json.Replace('\'', '"')));

    private static object? FromNode(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => FromNode(p.Value)),
        JsonArray a => a.Select(FromNode).ToList(),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v => v.GetValue<double>(),
        _ => throw new NotSupportedException(node.ToJsonString()),
    };
}
