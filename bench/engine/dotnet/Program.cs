// Our engine's side of bench/engine: serves bench/engine/schema.graphql from the same in-memory data as
// node/server.mjs, over Kestrel on loopback. Usage: dotnet run -c Release --project bench/engine/dotnet -- [port]
using Commissioning.Bench.Engine;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Http;
using Commissioning.GraphQL.Utilities;
using Commissioning.GraphQL.Validation;

var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5091;
var schema = BenchSchema.Build();

// Both servers must serve the same contract, or the comparison means nothing.
var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema.graphql")).TrimEnd();
if (SchemaPrinter.Print(schema) != expected)
{
    Console.Error.WriteLine("The code-first schema differs from bench/engine/schema.graphql:\n" + SchemaPrinter.Print(schema));
    return 1;
}

var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
builder.Logging.ClearProviders();
builder.Services.AddSingleton<IRequestExecutor>(new RequestExecutor(new RequestExecutorOptions
{
    Schema = schema,
    Validate = (s, document) => DocumentValidator.Validate(s, document),
}));
builder.Services.AddGraphQLHttp();
var app = builder.Build();
app.MapGraphQL();
await app.StartAsync();
Console.WriteLine($"Commissioning.GraphQL listening on http://127.0.0.1:{port}/graphql");
await app.WaitForShutdownAsync();
return 0;
