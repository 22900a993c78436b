using Commissioning.GraphQL.Execution;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>Spec §6.1.2 CoerceVariableValues as execution sees it: defaults, required values, invalid input.</summary>
public class VariableTests
{
    private static readonly Commissioning.GraphQL.Types.Schema Schema = SdlSchema.Build("""
        type Query { echo(value: String): String, count(n: Int!): Int, list(items: [Int!]): [Int] }
        """, new Dictionary<string, Commissioning.GraphQL.Types.FieldResolver>
    {
        ["Query.echo"] = c => new(c.Arguments.TryGetValue("value", out var v) ? v is null ? "null" : v : "absent"),
        ["Query.count"] = c => new(c.Arguments["n"]),
        ["Query.list"] = c => new(c.Arguments["items"]),
    });

    [Fact]
    public async Task Provided_variables_reach_the_resolver_coerced()
    {
        var json = await Run.Json(Schema, "query($n: Int!) { count(n: $n) }", variables: new Dictionary<string, object?> { ["n"] = 7L });
        Assert.Equal(Run.Expected("{'data':{'count':7}}"), json);
    }

    [Fact]
    public async Task A_missing_variable_takes_its_default()
    {
        var json = await Run.Json(Schema, "query($v: String = \"dflt\") { echo(value: $v) }");
        Assert.Equal(Run.Expected("{'data':{'echo':'dflt'}}"), json);
    }

    [Fact]
    public async Task An_explicit_null_variable_is_null_not_the_default()
    {
        var json = await Run.Json(Schema, "query($v: String = \"dflt\") { echo(value: $v) }", variables: new Dictionary<string, object?> { ["v"] = null });
        Assert.Equal(Run.Expected("{'data':{'echo':'null'}}"), json);
    }

    [Fact]
    public async Task An_unprovided_optional_variable_leaves_the_argument_absent()
    {
        var json = await Run.Json(Schema, "query($v: String) { echo(value: $v) }");
        Assert.Equal(Run.Expected("{'data':{'echo':'absent'}}"), json);
    }

    [Fact]
    public async Task A_missing_required_variable_is_a_request_error_without_data()
    {
        var result = await Run.Execute(Schema, "query($n: Int!) { count(n: $n) }");
        Assert.Equal(RequestFailure.VariableCoercion, result.Failure);
        Assert.Equal("Variable \"$n\" of required type \"Int!\" was not provided.", Assert.Single(result.Errors!).Message);
        Assert.DoesNotContain("\"data\"", Run.Json(result));
    }

    [Fact]
    public async Task An_invalid_variable_value_is_a_request_error_with_its_location()
    {
        var result = await Run.Execute(Schema, "query($n: Int!) { count(n: $n) }", variables: new Dictionary<string, object?> { ["n"] = "seven" });
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Variable \"$n\" got invalid value \"seven\"; Int cannot represent non-integer value: \"seven\"", error.Message);
        Assert.Equal(new Commissioning.GraphQL.Language.SourcePosition(1, 7), Assert.Single(error.Locations));
    }

    [Fact]
    public async Task A_single_value_is_coerced_to_a_list()
    {
        var json = await Run.Json(Schema, "query($i: [Int!]) { list(items: $i) }", variables: new Dictionary<string, object?> { ["i"] = 3L });
        Assert.Equal(Run.Expected("{'data':{'list':[3]}}"), json);
    }
}
