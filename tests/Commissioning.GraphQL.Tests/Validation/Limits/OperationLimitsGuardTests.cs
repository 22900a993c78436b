using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Tests.Conformance;
using Commissioning.GraphQL.Tests.Execution;
using Commissioning.GraphQL.Validation.Limits;

namespace Commissioning.GraphQL.Tests.Validation.Limits;

/// <summary>Each limit lets an operation at the limit run and refuses one just past it, before anything executes.</summary>
public class OperationLimitsGuardTests
{
    private static readonly OperationLimits NoLimits = new() { MaxDepth = null, MaxAliases = null, MaxRootFields = null, MaxFieldCost = null };

    private static async Task<ExecutionResult> RunAsync(OperationLimits limits, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var executor = new RequestExecutor(new RequestExecutorOptions
        {
            Schema = LimitsSchema.Schema,
            Guards = [new OperationLimitsGuard(limits)],
        });
        return await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables, Services = NoServices.Instance }, default);
    }

    private static void AssertRuns(ExecutionResult result) => Assert.Equal(RequestFailure.None, result.Failure);

    private static void AssertRefused(ExecutionResult result, string code)
    {
        Assert.Equal(RequestFailure.Validation, result.Failure);
        Assert.Null(result.Data);
        Assert.Contains(result.Errors!, e => e.Code == code);
    }

    [Fact]
    public async Task Depth_at_the_limit_runs_and_one_deeper_is_refused()
    {
        var limits = NoLimits with { MaxDepth = 3 };
        AssertRuns(await RunAsync(limits, "{ books { nodes { title } } }"));
        var refused = await RunAsync(limits, "{ books { nodes { author { name } } } }");
        AssertRefused(refused, OperationLimitCodes.MaxDepthExceeded);
        Assert.Equal("The operation is 4 fields deep; the maximum depth is 3.", refused.Errors![0].Message);
    }

    [Fact]
    public async Task Depth_through_fragments_is_refused_too()
    {
        var limits = NoLimits with { MaxDepth = 3 };
        AssertRefused(await RunAsync(limits, "{ books { ...N } } fragment N on BookConnection { nodes { author { name } } }"),
            OperationLimitCodes.MaxDepthExceeded);
    }

    [Fact]
    public async Task Aliases_at_the_limit_run_and_one_more_is_refused()
    {
        var limits = NoLimits with { MaxAliases = 2 };
        AssertRuns(await RunAsync(limits, "{ a: answer b: answer }"));
        AssertRefused(await RunAsync(limits, "{ a: answer b: answer c: answer }"), OperationLimitCodes.MaxAliasesExceeded);
    }

    [Fact]
    public async Task Root_fields_at_the_limit_run_and_one_more_is_refused()
    {
        var limits = NoLimits with { MaxRootFields = 2 };
        AssertRuns(await RunAsync(limits, "{ answer expensive answer }"));
        AssertRefused(await RunAsync(limits, "{ answer expensive shelves { label } }"), OperationLimitCodes.MaxRootFieldsExceeded);
    }

    [Fact]
    public async Task Field_cost_at_the_limit_runs_and_one_more_is_refused()
    {
        var limits = NoLimits with { MaxFieldCost = 60 };
        AssertRuns(await RunAsync(limits, "{ books(first: 50) { nodes { title } } }"));
        var refused = await RunAsync(limits, "{ books(first: 51) { nodes { title } } }");
        AssertRefused(refused, OperationLimitCodes.MaxFieldCostExceeded);
        Assert.Equal(61d, refused.Errors![0].Extensions!["actual"]);
        Assert.Equal(60d, refused.Errors[0].Extensions!["maximum"]);
    }

    [Fact]
    public async Task Field_cost_reads_slicing_arguments_from_variables()
    {
        var limits = NoLimits with { MaxFieldCost = 60 };
        const string query = "query($n: Int) { books(first: $n) { nodes { title } } }";
        AssertRuns(await RunAsync(limits, query, new Dictionary<string, object?> { ["n"] = 50L }));
        AssertRefused(await RunAsync(limits, query, new Dictionary<string, object?> { ["n"] = 51L }), OperationLimitCodes.MaxFieldCostExceeded);
    }

    [Fact]
    public async Task Every_limit_exceeded_is_reported()
    {
        var limits = new OperationLimits { MaxDepth = 1, MaxAliases = 0, MaxRootFields = 0, MaxFieldCost = 0 };
        var result = await RunAsync(limits, "{ b: books { nodes { title } } }");
        Assert.Equal(
            [OperationLimitCodes.MaxDepthExceeded, OperationLimitCodes.MaxAliasesExceeded, OperationLimitCodes.MaxRootFieldsExceeded, OperationLimitCodes.MaxFieldCostExceeded],
            result.Errors!.Select(e => e.Code));
    }

    [Fact]
    public async Task A_missing_required_slicing_argument_is_refused()
    {
        AssertRefused(await RunAsync(NoLimits, "{ pick { title } }"), OperationLimitCodes.SlicingArgumentRequired);
        AssertRuns(await RunAsync(NoLimits, "{ pick(last: 1) { title } }"));
    }

    [Fact]
    public async Task The_cost_is_reported_in_extensions_when_asked_whether_the_operation_runs_or_not()
    {
        var limits = NoLimits with { MaxFieldCost = 60, ReportCost = true };
        var ran = await RunAsync(limits, "{ books(first: 50) { nodes { title } } }");
        Assert.Equal("{'fieldCost':60,'maxFieldCost':60,'depth':3,'aliases':0,'rootFields':1}".Replace('\'', '"'),
            System.Text.Json.JsonSerializer.Serialize(ran.Extensions![OperationLimitsGuard.ExtensionKey]));
        var refused = await RunAsync(limits, "{ books(first: 51) { nodes { title } } }");
        Assert.Contains("\"fieldCost\":61", Run.Json(refused));
        Assert.Null((await RunAsync(NoLimits, "{ answer }")).Extensions);
    }

    [Fact]
    public async Task A_cached_document_is_measured_again_for_other_slicing_variables()
    {
        // One executor, so the document and its measure are reused between requests; the measure must follow $n.
        var executor = new RequestExecutor(new RequestExecutorOptions
        {
            Schema = LimitsSchema.Schema,
            Guards = [new OperationLimitsGuard(NoLimits with { MaxFieldCost = 60, ReportCost = true })],
        });
        const string query = "query($n: Int) { books(first: $n) { nodes { title } } }";
        async Task<ExecutionResult> Run(long? n) => await executor.ExecuteAsync(new ExecutionRequest
        {
            Query = query,
            Variables = n is null ? null : new Dictionary<string, object?> { ["n"] = n },
            Services = NoServices.Instance,
        }, default);

        AssertRuns(await Run(50));
        AssertRefused(await Run(51), OperationLimitCodes.MaxFieldCostExceeded);
        AssertRuns(await Run(50));
        var withoutVariable = await Run(null);
        AssertRuns(withoutVariable);
        Assert.Contains("\"fieldCost\":", Commissioning.GraphQL.Tests.Execution.Run.Json(withoutVariable));
        Assert.Equal(1, executor.CachedDocumentCount);
    }
}
