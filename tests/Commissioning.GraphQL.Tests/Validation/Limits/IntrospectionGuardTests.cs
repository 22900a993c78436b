using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Tests.Conformance;
using Commissioning.GraphQL.Tests.Execution;
using Commissioning.GraphQL.Validation.Limits;

namespace Commissioning.GraphQL.Tests.Validation.Limits;

public class IntrospectionGuardTests
{
    private static async Task<ExecutionResult> RunAsync(string query, bool signedIn)
    {
        var executor = new RequestExecutor(new RequestExecutorOptions
        {
            Schema = LimitsSchema.Schema,
            Guards = [new IntrospectionGuard(request => request.RequestData.ContainsKey("user"))],
        });
        var data = new Dictionary<string, object?>();
        if (signedIn) data["user"] = "someone";
        return await executor.ExecuteAsync(new ExecutionRequest { Query = query, Services = NoServices.Instance, RequestData = data }, default);
    }

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Book\") { name } }")]
    [InlineData("{ answer ...I } fragment I on Query { __schema { types { name } } }")]
    public async Task Introspection_is_refused_when_the_request_may_not_and_runs_when_it_may(string query)
    {
        var refused = await RunAsync(query, signedIn: false);
        Assert.Equal(RequestFailure.Validation, refused.Failure);
        var error = Assert.Single(refused.Errors!);
        Assert.Equal(OperationLimitCodes.IntrospectionNotAllowed, error.Code);
        Assert.Equal("Introspection is not allowed for this request.", error.Message);

        Assert.Equal(RequestFailure.None, (await RunAsync(query, signedIn: true)).Failure);
    }

    [Fact]
    public async Task Typename_is_not_introspection()
    {
        var result = await RunAsync("{ __typename item { __typename } }", signedIn: false);
        Assert.Equal(RequestFailure.None, result.Failure);
    }

    [Fact]
    public async Task A_cached_document_is_decided_for_each_request_s_caller()
    {
        // One executor: the document (and what the guard found in it) is reused, the caller's permission is not.
        var executor = new RequestExecutor(new RequestExecutorOptions
        {
            Schema = LimitsSchema.Schema,
            Guards = [new IntrospectionGuard(request => request.RequestData.ContainsKey("user"))],
        });
        async Task<RequestFailure> Failure(bool signedIn)
        {
            var data = new Dictionary<string, object?>();
            if (signedIn) data["user"] = "someone";
            var result = await executor.ExecuteAsync(new ExecutionRequest
            {
                Query = "{ __schema { queryType { name } } }", Services = NoServices.Instance, RequestData = data,
            }, default);
            return result.Failure;
        }

        Assert.Equal(RequestFailure.None, await Failure(signedIn: true));
        Assert.Equal(RequestFailure.Validation, await Failure(signedIn: false));
        Assert.Equal(RequestFailure.None, await Failure(signedIn: true));
    }
}
