namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>Spec §6.3.2 CollectFields: merging by response key, fragments, type conditions, @skip and @include.</summary>
public class FieldCollectionTests
{
    private static readonly Commissioning.GraphQL.Types.Schema Schema = SdlSchema.Build("""
        type Query { a: String, b: String, pet: Pet, self: Query }
        interface Pet { name: String }
        type Dog implements Pet { name: String, barks: Boolean }
        type Cat implements Pet { name: String, meows: Boolean }
        """);

    private static readonly object? Root = Run.Data("""
        { 'a': 'A', 'b': 'B', 'pet': { '__typename': 'Dog', 'name': 'Rex', 'barks': true }, 'self': { 'a': 'A2', 'b': 'B2' } }
        """);

    [Fact]
    public async Task Fields_with_the_same_response_key_are_merged_and_keep_first_position()
    {
        var json = await Run.Json(Schema, "{ self { a } b ...F } fragment F on Query { self { b } a }", Root);
        Assert.Equal(Run.Expected("{'data':{'self':{'a':'A2','b':'B2'},'b':'B','a':'A'}}"), json);
    }

    [Fact]
    public async Task Aliases_give_separate_response_keys_for_one_field()
    {
        var json = await Run.Json(Schema, "{ x: a y: a a }", Root);
        Assert.Equal(Run.Expected("{'data':{'x':'A','y':'A','a':'A'}}"), json);
    }

    [Fact]
    public async Task Fragments_apply_only_when_their_type_condition_matches_the_object_type()
    {
        var json = await Run.Json(Schema, "{ pet { name ... on Dog { barks } ... on Cat { meows } ...C } } fragment C on Cat { name: meows }", Root);
        Assert.Equal(Run.Expected("{'data':{'pet':{'name':'Rex','barks':true}}}"), json);
    }

    [Fact]
    public async Task Interface_type_conditions_apply_to_implementing_objects()
    {
        var json = await Run.Json(Schema, "{ pet { ... on Pet { name } } }", Root);
        Assert.Equal(Run.Expected("{'data':{'pet':{'name':'Rex'}}}"), json);
    }

    [Fact]
    public async Task A_fragment_spread_twice_is_collected_once()
    {
        var json = await Run.Json(Schema, "{ ...F b ...F } fragment F on Query { a }", Root);
        Assert.Equal(Run.Expected("{'data':{'a':'A','b':'B'}}"), json);
    }

    [Theory]
    [InlineData("{ a @skip(if: true) b }", "{'b':'B'}")]
    [InlineData("{ a @skip(if: false) b }", "{'a':'A','b':'B'}")]
    [InlineData("{ a @include(if: false) b }", "{'b':'B'}")]
    [InlineData("{ a @include(if: true) b }", "{'a':'A','b':'B'}")]
    [InlineData("{ a @include(if: true) @skip(if: true) b }", "{'b':'B'}")]
    [InlineData("{ a @include(if: false) @skip(if: false) b }", "{'b':'B'}")]
    [InlineData("{ ... @skip(if: true) { a } b }", "{'b':'B'}")]
    [InlineData("{ ...F @include(if: false) b } fragment F on Query { a }", "{'b':'B'}")]
    public async Task Skip_and_include_literals_decide_inclusion(string query, string data)
    {
        Assert.Equal(Run.Expected("{'data':" + data + "}"), await Run.Json(Schema, query, Root));
    }

    [Fact]
    public async Task Skip_and_include_read_variables_per_request_with_the_same_document()
    {
        var document = Commissioning.GraphQL.Language.Parser.Parse("query($s: Boolean!) { a @skip(if: $s) b }");
        var executor = new Commissioning.GraphQL.Execution.Executor(Schema);
        async Task<string> With(bool skip) => Run.Json(await executor.ExecuteAsync(new()
        {
            Document = document,
            RootValue = Root,
            VariableValues = new Dictionary<string, object?> { ["s"] = skip },
        }));

        Assert.Equal(Run.Expected("{'data':{'b':'B'}}"), await With(true));
        Assert.Equal(Run.Expected("{'data':{'a':'A','b':'B'}}"), await With(false));
        Assert.Equal(Run.Expected("{'data':{'b':'B'}}"), await With(true));
    }

    [Fact]
    public async Task A_merged_field_skipped_in_one_place_is_still_included_from_the_other()
    {
        var json = await Run.Json(Schema, "{ a @skip(if: true) ... { a } }", Root);
        Assert.Equal(Run.Expected("{'data':{'a':'A'}}"), json);
    }
}
