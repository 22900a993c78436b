using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.3 ResolveAbstractType: ResolveType, IsTypeOf, __typename, and graphql-js's error messages.</summary>
public class AbstractTypeTests
{
    private const string Sdl = """
        type Query { pets: [Pet] search: [Result] }
        interface Pet { name: String }
        type Dog implements Pet { name: String, barks: Boolean }
        type Cat implements Pet { name: String, meows: Boolean }
        type Person { name: String }
        union Result = Dog | Person
        """;

    private static readonly object? Root = Run.Data("""
        { 'pets': [{ 'kind': 'Dog', 'name': 'Rex', 'barks': true }, { 'kind': 'Cat', 'name': 'Tom', 'meows': false }],
          'search': [{ 'kind': 'Person', 'name': 'Ann' }, { 'kind': 'Dog', 'name': 'Rex', 'barks': true }] }
        """);

    private static object? Kind(object? value) => ((IReadOnlyDictionary<string, object?>)value!)["kind"];

    [Fact]
    public async Task ResolveType_returning_a_type_name_selects_the_object_type()
    {
        var schema = SdlSchema.Build(Sdl, resolveTypes: new Dictionary<string, ResolveTypeFunc>
        {
            ["Pet"] = (v, _, _) => Kind(v),
            ["Result"] = (v, _, _) => Kind(v),
        });
        var json = await Run.Json(schema, "{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } search { ... on Person { name } ... on Dog { barks } } }", Root);
        Assert.Equal(Run.Expected("""
            {'data':{'pets':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Cat','name':'Tom','meows':false}],
                     'search':[{'name':'Ann'},{'barks':true}]}}
            """), json);
    }

    [Fact]
    public async Task IsTypeOf_of_the_possible_types_is_used_without_ResolveType()
    {
        var schema = SdlSchema.Build(Sdl, isTypeOf: new Dictionary<string, IsTypeOfFunc>
        {
            ["Dog"] = (v, _) => (string?)Kind(v) == "Dog",
            ["Cat"] = (v, _) => (string?)Kind(v) == "Cat",
            ["Person"] = (v, _) => (string?)Kind(v) == "Person",
        });
        var json = await Run.Json(schema, "{ pets { __typename } }", Root);
        Assert.Equal(Run.Expected("{'data':{'pets':[{'__typename':'Dog'},{'__typename':'Cat'}]}}"), json);
    }

    [Fact]
    public async Task A_typename_entry_resolves_plain_dictionaries()
    {
        var schema = SdlSchema.Build(Sdl);
        var json = await Run.Json(schema, "{ pets { __typename } }", Run.Data("{ 'pets': [{ '__typename': 'Cat' }] }"));
        Assert.Equal(Run.Expected("{'data':{'pets':[{'__typename':'Cat'}]}}"), json);
    }

    [Fact]
    public async Task An_unresolvable_value_is_a_field_error_worded_like_graphql_js()
    {
        var schema = SdlSchema.Build(Sdl);
        var result = await Run.Execute(schema, "{ pets { name } }", Run.Data("{ 'pets': [{ 'name': 'x' }] }"));
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". " +
                     "Either the \"Pet\" type should provide a \"ResolveType\" function or each possible type should provide an \"IsTypeOf\" function.",
            error.Message);
        Assert.Equal(["pets", 0], error.Path);
    }

    [Theory]
    [InlineData("Nope", "Abstract type \"Pet\" was resolved to a type \"Nope\" that does not exist inside the schema.")]
    [InlineData("Person", "Runtime Object type \"Person\" is not a possible type for \"Pet\".")]
    [InlineData("Pet", "Abstract type \"Pet\" was resolved to a non-object type \"Pet\".")]
    public async Task A_wrong_resolved_type_is_a_field_error(string resolved, string message)
    {
        var schema = SdlSchema.Build(Sdl, resolveTypes: new Dictionary<string, ResolveTypeFunc> { ["Pet"] = (_, _, _) => resolved });
        var result = await Run.Execute(schema, "{ pets { name } }", Run.Data("{ 'pets': [{ 'name': 'x' }] }"));
        Assert.Equal(message, result.Errors![0].Message);
        Assert.Equal("{\"pets\":[null]}", Run.Json(result).Split("\"data\":")[1].TrimEnd('}') + "}");
    }

    [Fact]
    public async Task IsTypeOf_rejecting_a_value_of_a_concrete_field_is_a_field_error()
    {
        var schema = SdlSchema.Build("type Query { dog: Dog } type Dog { name: String }",
            isTypeOf: new Dictionary<string, IsTypeOfFunc> { ["Dog"] = (_, _) => false });
        var result = await Run.Execute(schema, "{ dog { name } }", Run.Data("{ 'dog': { 'name': 'x' } }"));
        Assert.Equal("Expected value of type \"Dog\" but got: { name: \"x\" }.", Assert.Single(result.Errors!).Message);
    }
}
