using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>The request pipeline: document lookup, parse/validate cache, operation checks, failures by stage.</summary>
public class RequestExecutorTests
{
    private static readonly Schema Schema = SdlSchema.Build("type Query { a: String } type Mutation { m: String }",
        new Dictionary<string, FieldResolver> { ["Query.a"] = _ => new("A"), ["Mutation.m"] = _ => new("M") });

    private int _validations;

    private RequestExecutor Create(int cacheSize = 10, IPersistedDocumentStore? store = null,
        Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>>? validate = null) => new(new RequestExecutorOptions
    {
        Schema = Schema,
        MaxDocumentCacheEntries = cacheSize,
        PersistedDocuments = store,
        Validate = (schema, document) =>
        {
            _validations++;
            return validate?.Invoke(schema, document) ?? [];
        },
    });

    private static ExecutionRequest Request(string? query, string? documentId = null, OperationTypes allowed = OperationTypes.All,
        IReadOnlyDictionary<string, object?>? variables = null) => new()
    {
        Query = query,
        DocumentId = documentId,
        AllowedOperations = allowed,
        Variables = variables,
        Services = new EmptyServices(),
    };

    [Fact]
    public async Task A_query_is_parsed_validated_and_executed()
    {
        var result = await Create().ExecuteAsync(Request("{ a }"), default);
        Assert.Equal(RequestFailure.None, result.Failure);
        Assert.Equal("{\"data\":{\"a\":\"A\"}}", Run.Json(result));
    }

    [Fact]
    public async Task The_same_text_is_parsed_and_validated_once()
    {
        var executor = Create();
        for (var i = 0; i < 3; i++) await executor.ExecuteAsync(Request("{ a }"), default);
        await executor.ExecuteAsync(Request("{ a a2: a }"), default);
        Assert.Equal(2, _validations);
        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task The_cache_is_bounded_and_evicts_the_least_recently_used_document()
    {
        var executor = Create(cacheSize: 2);
        await executor.ExecuteAsync(Request("{ a }"), default);       // validation 1
        await executor.ExecuteAsync(Request("{ b: a }"), default);    // validation 2
        await executor.ExecuteAsync(Request("{ a }"), default);       // hit: "{ a }" is now most recent
        await executor.ExecuteAsync(Request("{ c: a }"), default);    // validation 3, evicts "{ b: a }"
        await executor.ExecuteAsync(Request("{ a }"), default);       // still cached
        await executor.ExecuteAsync(Request("{ b: a }"), default);    // validation 4
        Assert.Equal(4, _validations);
        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task A_syntax_error_fails_before_execution()
    {
        var result = await Create().ExecuteAsync(Request("{ a "), default);
        Assert.Equal(RequestFailure.Syntax, result.Failure);
        Assert.StartsWith("Syntax Error:", Assert.Single(result.Errors!).Message);
        Assert.Equal(0, _validations);
    }

    [Fact]
    public async Task Validation_errors_fail_the_request_and_are_not_cached()
    {
        var executor = Create(validate: (_, _) => [new GraphQLError("invalid")]);
        var result = await executor.ExecuteAsync(Request("{ a }"), default);
        Assert.Equal(RequestFailure.Validation, result.Failure);
        Assert.Equal("invalid", Assert.Single(result.Errors!).Message);
        Assert.Equal(0, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task A_mutation_is_refused_when_the_transport_allows_only_queries()
    {
        var result = await Create().ExecuteAsync(Request("mutation { m }", allowed: OperationTypes.Query), default);
        Assert.Equal(RequestFailure.OperationNotAllowed, result.Failure);
        Assert.Equal("Can only perform a mutation operation from a POST request.", Assert.Single(result.Errors!).Message);
        Assert.Equal("{\"data\":{\"a\":\"A\"}}", Run.Json(await Create().ExecuteAsync(Request("query { a }", allowed: OperationTypes.Query), default)));
    }

    [Fact]
    public async Task Operation_selection_and_variable_failures_have_their_own_kinds()
    {
        var executor = Create();
        Assert.Equal(RequestFailure.OperationSelection, (await executor.ExecuteAsync(Request("query A { a } query B { a }"), default)).Failure);
        Assert.Equal(RequestFailure.VariableCoercion, (await executor.ExecuteAsync(Request("query($v: String!) { a }"), default)).Failure);
    }

    [Fact]
    public async Task A_request_without_query_or_document_id_is_invalid()
    {
        var result = await Create().ExecuteAsync(Request(null), default);
        Assert.Equal(RequestFailure.InvalidRequest, result.Failure);
    }

    [Fact]
    public async Task Persisted_documents_are_looked_up_by_id()
    {
        var store = new InMemoryPersistedDocumentStore([new("sha256:abc", "{ a }")]);
        var executor = Create(store: store);
        Assert.Equal("{\"data\":{\"a\":\"A\"}}", Run.Json(await executor.ExecuteAsync(Request(null, "sha256:abc"), default)));

        var unknown = await executor.ExecuteAsync(Request(null, "sha256:zzz"), default);
        Assert.Equal(RequestFailure.DocumentNotFound, unknown.Failure);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Assert.Single(unknown.Errors!).Code);

        var unsupported = await Create().ExecuteAsync(Request(null, "sha256:abc"), default);
        Assert.Equal(RequestFailure.DocumentNotFound, unsupported.Failure);
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
