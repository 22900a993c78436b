// The engine's cost per request phase on the scale benchmark's read shapes, with the database taken out: decode,
// parse, validate, guards (introspection policy and operation limits), variable coercion, execution and JSON
// writing, then the whole request as RequestExecutor serves it (cached document). Prints microseconds and bytes
// allocated per request for each phase. Usage: dotnet run -c Release --project bench/engine/profile -- [iterations [phase]]
// (a phase name, e.g. "execute", measures only that phase: for a profiler such as perf).
using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Commissioning.Bench.EngineProfile;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Http;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Validation;
using Commissioning.GraphQL.Validation.Limits;

var iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var only = args.Length > 1 ? args[1] : null;
var schema = ShapedSchema.Build();
// As the API configures it: its handler answers from the caller's role alone.
var executorOptions = new ExecutorOptions { Authorize = ShapedSchema.Decide, AuthorizationDependsOnRequestOnly = true };
var executor = new Executor(schema, executorOptions);
var guards = new IOperationGuard[] { new IntrospectionGuard(r => r.RequestData.ContainsKey(ShapedSchema.CallerKey)), new OperationLimitsGuard(new OperationLimits()) };
var requestExecutor = new RequestExecutor(new RequestExecutorOptions { Schema = schema, Executor = executorOptions, Guards = guards });
var services = new NoServices();
var writerOptions = new JsonWriterOptions { SkipValidation = true, MaxDepth = 1 << 16, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var buffer = new ArrayBufferWriter<byte>(256 * 1024);

var operations = new (string Name, string Variables)[]
{
    ("plan-tree", """{"provider":"UHJvdmlkZXI6MQ=="}"""),
    ("compliance-summary", """{"quarter":"2026-Q2","first":20}"""),
};
// CPU time (the process's, so garbage collection counts) is the figure to compare on a shared machine: wall time
// also counts the time other processes held the cores.
Console.WriteLine($"{iterations} iterations per phase; per request: wall and CPU microseconds, bytes allocated (this thread)");
Console.WriteLine($"{"operation",-20} {"phase",-22} {"wall µs",10} {"CPU µs",10} {"bytes",12}");
foreach (var (name, variables) in operations)
{
    var query = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "queries", name + ".graphql"));
    var body = JsonSerializer.SerializeToUtf8Bytes(new { query, variables = JsonDocument.Parse(variables).RootElement });
    var decoded = GraphQLRequestDecoder.FromJsonBody(body).Request!;
    var document = Parser.Parse(query);
    var operation = Executor.GetOperation(document, null);
    var coerced = executor.CoerceVariableValues(operation, decoded.Variables).Coerced!;

    ExecutionRequest Request() => new()
    {
        Query = decoded.Query, Variables = decoded.Variables, Services = services,
        RequestData = new Dictionary<string, object?>(StringComparer.Ordinal) { [ShapedSchema.CallerKey] = "QUALITY_TEAM" },
    };
    ExecutionResult Execute() => executor.ExecuteOperationAsync(new ExecutionArgs
    {
        Document = document, Services = services, RequestData = Request().RequestData,
    }, operation, coerced).GetAwaiter().GetResult();
    var sample = Execute();
    if (sample.Errors is { Count: > 0 } errors) throw new InvalidOperationException(errors[0].Message);
    Write(sample);
    Console.WriteLine($"{name,-20} {"(response bytes)",-22} {"",10} {"",10} {buffer.WrittenCount,12}");

    Measure(name, "decode", () => GraphQLRequestDecoder.FromJsonBody(body));
    Measure(name, "parse", () => Parser.Parse(query));
    Measure(name, "validate", () => DocumentValidator.Validate(schema, document));
    Measure(name, "coerce variables", () => executor.CoerceVariableValues(operation, decoded.Variables));
    Measure(name, "guards", () =>
    {
        var context = new OperationGuardContext { Schema = schema, Document = document, Operation = operation, Variables = coerced, Request = Request() };
        foreach (var guard in guards) guard.Check(context);
    });
    Measure(name, "execute", () => Execute());
    Measure(name, "write JSON", () => Write(sample));
    Measure(name, "whole request (cached)", () =>
    {
        var request = GraphQLRequestDecoder.FromJsonBody(body).Request!;
        var result = requestExecutor.ExecuteAsync(new ExecutionRequest
        {
            Query = request.Query, Variables = request.Variables, Services = services,
            RequestData = new Dictionary<string, object?>(StringComparer.Ordinal) { [ShapedSchema.CallerKey] = "QUALITY_TEAM" },
        }, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        Write(result);
    });
}
return 0;

void Write(ExecutionResult result)
{
    buffer.ResetWrittenCount();
    using var writer = new Utf8JsonWriter(buffer, writerOptions);
    ResponseJsonWriter.Write(writer, result);
}

void Measure(string operation, string phase, Action action)
{
    if (only is not null && only != phase) return;
    for (var i = 0; i < Math.Max(iterations / 5, 50); i++) action();
    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < iterations; i++) action();
    watch.Stop();
    var bytes = (GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / iterations;
    process.Refresh();
    var cpu = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / iterations;
    Console.WriteLine($"{operation,-20} {phase,-22} {watch.Elapsed.TotalMicroseconds / iterations,10:F1} {cpu,10:F1} {bytes,12}");
}

/// <summary>The shaped resolvers read memory, so they ask for no services.</summary>
internal sealed class NoServices : IServiceProvider
{
    public object? GetService(Type serviceType) => null;
}
