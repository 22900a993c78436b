using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Commissioning.Bench.Scale;

/// <summary>The small commands bench/run.sh needs between starting processes and running wrk.</summary>
internal static class Tools
{
    public static int Body(string queryFile, string variablesJson)
    {
        var body = new JsonObject
        {
            ["query"] = File.ReadAllText(queryFile),
            ["variables"] = JsonNode.Parse(variablesJson),
        };
        Console.Write(body.ToJsonString());
        return 0;
    }

    /// <summary>One POST, its response saved; prints the status, the response size and the API's extensions.sqlStatements (- when absent).</summary>
    public static async Task<int> ProbeAsync(string url, string bodyFile, string outFile, string? token)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(File.ReadAllText(bodyFile), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (!string.IsNullOrEmpty(token)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var ms = started.Elapsed.TotalMilliseconds;
        await File.WriteAllBytesAsync(outFile, bytes);
        var statements = "-";
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("sqlStatements", out var count))
                statements = count.GetRawText();
        }
        catch (JsonException)
        {
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {bytes.Length} {statements} {ms:0.0}"));
        return response.IsSuccessStatusCode ? 0 : 1;
    }

    /// <summary>Both responses carry the same "data" (extensions such as sqlStatements may differ) and no errors.</summary>
    public static int SameData(string apiFile, string baselineFile)
    {
        var api = JsonNode.Parse(File.ReadAllText(apiFile))!.AsObject();
        var baseline = JsonNode.Parse(File.ReadAllText(baselineFile))!.AsObject();
        if (api["errors"] is not null)
        {
            Console.Error.WriteLine("the API answered with errors: " + api["errors"]!.ToJsonString()[..Math.Min(500, api["errors"]!.ToJsonString().Length)]);
            return 1;
        }
        if (JsonNode.DeepEquals(api["data"], baseline["data"])) return 0;
        Console.Error.WriteLine("the API and the baseline answer differently: " + FirstDifference(api["data"], baseline["data"], "data"));
        return 1;
    }

    private static string FirstDifference(JsonNode? a, JsonNode? b, string path)
    {
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var (name, value) in oa)
            {
                if (!ob.ContainsKey(name)) return $"{path}.{name} missing from the baseline";
                if (!JsonNode.DeepEquals(value, ob[name])) return FirstDifference(value, ob[name], path + "." + name);
            }
            return $"{path}: the baseline has extra fields";
        }
        if (a is JsonArray aa && b is JsonArray ab)
        {
            if (aa.Count != ab.Count) return $"{path}: {aa.Count} items against {ab.Count}";
            for (var i = 0; i < aa.Count; i++)
                if (!JsonNode.DeepEquals(aa[i], ab[i])) return FirstDifference(aa[i], ab[i], $"{path}[{i}]");
        }
        return $"{path}: {a?.ToJsonString()} against {b?.ToJsonString()}";
    }

    /// <summary>
    /// Provider number 17 of the generator (demo ids sort by provider index), so every scale asks about the same
    /// provider's plans. Prints its id and its node id.
    /// </summary>
    public static int PickProvider(string db)
    {
        using var connection = Open(db);
        var id = Guid.Parse((string)Scalar(connection, "SELECT Id FROM Providers ORDER BY Id LIMIT 1 OFFSET 17")!);
        Console.WriteLine($"{id:D} {NodeIds.Encode("Provider", id)}");
        return 0;
    }

    /// <summary>
    /// The provider with the most open plans (submitted, not closed: they take progress updates), then one line per
    /// open plan: its node id and version. The write test spreads these over wrk's connections. <paramref name="db"/>
    /// is a SQLite file or a PostgreSQL connection string (<see cref="BenchDatabase"/>).
    /// </summary>
    public static int WriteTargets(string db)
    {
        using var connection = BenchDatabase.Open(db);
        const string open = "\"Status\" NOT IN ('Draft', 'Closed')";
        var provider = BenchDatabase.Id(Scalar(connection,
            $"SELECT \"ProviderId\" FROM \"ActionPlans\" WHERE {open} GROUP BY \"ProviderId\" ORDER BY COUNT(*) DESC, \"ProviderId\" LIMIT 1")!);
        Console.WriteLine($"provider {provider:D}");
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Id\", \"Version\" FROM \"ActionPlans\" WHERE \"ProviderId\" = @p AND {open} ORDER BY \"Id\"";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p";
        parameter.Value = BenchDatabase.Key(connection, provider);
        command.Parameters.Add(parameter);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            Console.WriteLine($"{NodeIds.Encode("ActionPlan", BenchDatabase.Id(reader.GetValue(0)))} {reader.GetInt32(1)}");
        return 0;
    }

    /// <summary>Rows in a table, or in every application table; SQLite file or PostgreSQL connection string.</summary>
    public static int Count(string db, string table)
    {
        using var connection = BenchDatabase.Open(db);
        var tables = table == "*" ? Rows(connection, BenchDatabase.TablesSql(connection)) : [table.Replace("\"", "", StringComparison.Ordinal)];
        Console.WriteLine(tables.Sum(t => Convert.ToInt64(Scalar(connection, $"SELECT COUNT(*) FROM \"{t}\""), CultureInfo.InvariantCulture)));
        return 0;
    }

    public static int Quarter(int offset)
    {
        Console.WriteLine(Commissioning.Domain.FinancialQuarter.FromDate(DateOnly.FromDateTime(DateTime.UtcNow)).AddQuarters(offset));
        return 0;
    }

    private static List<string> Rows(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

/// <summary>The API's opaque ids: base64 of "Type:key", as its NodeId does.</summary>
internal static class NodeIds
{
    public static string Encode(string type, Guid id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(type + ":" + id.ToString("D")));

    public static Guid Decode(string nodeId, string type)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(nodeId));
        if (!text.StartsWith(type + ":", StringComparison.Ordinal)) throw new FormatException($"not a {type} id: {nodeId}");
        return Guid.Parse(text[(type.Length + 1)..]);
    }
}
