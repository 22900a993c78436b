using Commissioning.GraphQL.Execution;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>Spec §6.1 GetOperation, with graphql-js's messages.</summary>
public class OperationSelectionTests
{
    private static readonly Commissioning.GraphQL.Types.Schema Schema = SdlSchema.Build("type Query { a: String b: String } type Mutation { m: String }");
    private static readonly object? Root = Run.Data("{ 'a': 'A', 'b': 'B', 'm': 'M' }");

    [Fact]
    public async Task A_single_anonymous_operation_runs_without_a_name()
    {
        Assert.Equal(Run.Expected("{'data':{'a':'A'}}"), await Run.Json(Schema, "{ a }", Root));
    }

    [Fact]
    public async Task The_named_operation_is_selected_among_several()
    {
        var json = await Run.Json(Schema, "query First { a } query Second { b }", Root, operationName: "Second");
        Assert.Equal(Run.Expected("{'data':{'b':'B'}}"), json);
    }

    [Fact]
    public async Task Several_operations_without_a_name_is_a_request_error()
    {
        var result = await Run.Execute(Schema, "query First { a } query Second { b }", Root);
        Assert.Equal(RequestFailure.OperationSelection, result.Failure);
        Assert.False(result.HasData);
        Assert.Equal("Must provide operation name if query contains multiple operations.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        var result = await Run.Execute(Schema, "query First { a }", Root, operationName: "Other");
        Assert.Equal(RequestFailure.OperationSelection, result.Failure);
        Assert.Equal("Unknown operation named \"Other\".", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task A_document_of_fragments_only_has_no_operation()
    {
        var result = await Run.Execute(Schema, "fragment F on Query { a }", Root);
        Assert.Equal("Must provide an operation.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task A_named_mutation_is_selected_and_executed()
    {
        var json = await Run.Json(Schema, "query Q { a } mutation M { m }", Root, operationName: "M");
        Assert.Equal(Run.Expected("{'data':{'m':'M'}}"), json);
    }

    [Fact]
    public async Task A_subscription_is_answered_with_a_request_error()
    {
        var schema = SdlSchema.Build("type Query { a: String } type Subscription { s: String }");
        var result = await Run.Execute(schema, "subscription { s }");
        Assert.False(result.HasData);
        Assert.Contains("Subscriptions are not supported", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task A_mutation_against_a_schema_without_mutations_is_a_request_error()
    {
        var schema = SdlSchema.Build("type Query { a: String }");
        var result = await Run.Execute(schema, "mutation { a }");
        Assert.False(result.HasData);
        Assert.Equal("Schema is not configured to execute mutation operation.", Assert.Single(result.Errors!).Message);
    }
}
