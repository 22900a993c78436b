using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>Validation as a stage of <see cref="RequestExecutor"/>: on by default, failing before execution, cached when valid.</summary>
public class RequestValidationTests
{
    private static readonly Schema Schema = BuildAstSchema.Build("""
        type Query {
          greeting(name: String): String
          dog: Dog
        }

        type Dog {
          name: String
        }
        """);

    private static ExecutionRequest Request(string query) => new() { Query = query, Services = new NoServices() };

    [Fact]
    public async Task An_invalid_document_fails_validation_with_every_error_and_never_executes()
    {
        var resolved = false;
        var executor = new RequestExecutor(new RequestExecutorOptions
        {
            Schema = Schema,
            RootValue = _ => { resolved = true; return null; },
        });

        var result = await executor.ExecuteAsync(Request("""
            query Q($unused: String) {
              greting
              dog
            }
            """), default);

        Assert.Equal(RequestFailure.Validation, result.Failure);
        Assert.False(result.HasData);
        Assert.False(resolved);
        Assert.Equal(
            [
                "Cannot query field \"greting\" on type \"Query\". Did you mean \"greeting\"? @ 2:3",
                "Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"? @ 3:3",
                "Variable \"$unused\" is never used in operation \"Q\". @ 1:9",
            ],
            result.Errors!.Select(ValidationHarness.Describe));
        Assert.Equal(0, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task A_valid_document_executes_and_is_cached_once_validated()
    {
        var executor = new RequestExecutor(new RequestExecutorOptions
        {
            Schema = Schema,
            RootValue = _ => new Dictionary<string, object?> { ["greeting"] = "hello" },
        });

        var first = await executor.ExecuteAsync(Request("{ greeting }"), default);
        var second = await executor.ExecuteAsync(Request("{ greeting }"), default);

        Assert.Equal(RequestFailure.None, first.Failure);
        Assert.Equal(RequestFailure.None, second.Failure);
        Assert.Equal(1, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task A_custom_validator_replaces_the_specified_rules()
    {
        var executor = new RequestExecutor(new RequestExecutorOptions
        {
            Schema = Schema,
            Validate = (_, _) => [],
            RootValue = _ => new Dictionary<string, object?>(),
        });

        var result = await executor.ExecuteAsync(Request("{ greeting greeting: dog { name } }"), default);

        Assert.NotEqual(RequestFailure.Validation, result.Failure);
    }

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
