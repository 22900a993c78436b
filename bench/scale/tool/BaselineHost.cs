using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Commissioning.Bench.Scale;

/// <summary>
/// The hand-written baseline: each read operation of the benchmark answered with SQL written by hand over
/// Microsoft.Data.Sqlite and a response written with Utf8JsonWriter, no EF and no GraphQL, behind the same
/// Kestrel HTTP stack as the API. It takes the same request body as the API (a GraphQL request; only its
/// variables are read) and returns the same "data", which run.sh checks before measuring anything.
/// </summary>
internal static class BaselineHost
{
    private static readonly SemaphoreSlim ExceptionsGate = new(1, 1);

    public static async Task<int> RunAsync(string db, int port)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(db), Mode = SqliteOpenMode.ReadOnly }.ToString();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/compliance-summary", context => Answer(context, connectionString, ComplianceSummaryBaseline.Write));
        app.MapPost("/plan-tree", context => Answer(context, connectionString, PlanTreeBaseline.Write));
        app.MapPost("/exceptions-page", async context =>
        {
            // Each request holds every provider's records in memory while the engine runs; one at a time keeps 16
            // wrk connections from holding 16 copies (at 5,000 providers, gigabytes) on a shared machine.
            await ExceptionsGate.WaitAsync(context.RequestAborted);
            try
            {
                await Answer(context, connectionString, ExceptionsPageBaseline.Write);
            }
            finally
            {
                ExceptionsGate.Release();
            }
        });
        app.MapGet("/health", () => "ok");
        await app.StartAsync();
        Console.WriteLine($"baseline listening on http://127.0.0.1:{port}");
        await app.WaitForShutdownAsync();
        return 0;
    }

    private static async Task Answer(HttpContext context, string connectionString, Action<SqliteConnection, JsonElement, Utf8JsonWriter> write)
    {
        using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var variables = request.RootElement.TryGetProperty("variables", out var v) ? v : default;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(context.RequestAborted);
        context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        // Minimal escaping, as the API writes its responses, so both send the same bytes.
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            write(connection, variables, writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}

/// <summary>What the baseline's SQL readers share: ids as the API presents them, enum names, parameters.</summary>
internal static class Sql
{
    /// <summary>EF stores ids as upper-case text; the API presents them in node ids as lower-case.</summary>
    public static string Key(Guid id) => id.ToString("D").ToUpperInvariant();

    /// <summary>Stored enum member names as GraphQL enum values: PartiallyMet → PARTIALLY_MET.</summary>
    public static string EnumValue(string member)
    {
        var text = new System.Text.StringBuilder(member.Length + 4);
        for (var i = 0; i < member.Length; i++)
        {
            if (i > 0 && char.IsUpper(member[i]) && !char.IsUpper(member[i - 1])) text.Append('_');
            text.Append(char.ToUpperInvariant(member[i]));
        }
        return text.ToString();
    }

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }

    /// <summary>"$k0, $k1, ..." for an IN list, with the keys added to <paramref name="command"/>.</summary>
    public static string InList(SqliteCommand command, IReadOnlyList<string> keys)
    {
        var names = new string[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            names[i] = "$k" + i;
            command.Parameters.AddWithValue(names[i], keys[i]);
        }
        return string.Join(", ", names);
    }

    public static void WriteStringOrNull(Utf8JsonWriter writer, string name, SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) writer.WriteNull(name);
        else writer.WriteString(name, reader.GetString(ordinal));
    }
}
