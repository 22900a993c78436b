using System.Text.Json.Nodes;
using Commissioning.GraphQL.Tests.Conformance;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>
/// The same SDL, document and JSON root value executed here and by graphql-js (default resolvers on both
/// sides): the responses must be identical, errors included.
/// </summary>
public class ExecutionConformanceTests
{
    private const string Sdl = """
        type Query { hero: Character, heroes: [Character!]!, count: Int!, names: [String], search(text: String = "x"): [SearchResult] }
        interface Character { id: ID!, name: String!, friends: [Character] }
        type Human implements Character { id: ID!, name: String!, friends: [Character], height: Float }
        type Droid implements Character { id: ID!, name: String!, friends: [Character], primaryFunction: String! }
        union SearchResult = Human | Droid
        """;

    private const string Data = """
        { "hero": { "__typename": "Droid", "id": "2001", "name": "R2-D2", "primaryFunction": "Astromech",
                    "friends": [ { "__typename": "Human", "id": "1000", "name": "Luke", "height": 1.72 },
                                 { "__typename": "Human", "id": "1002", "name": null } ] },
          "heroes": [ { "__typename": "Human", "id": "1", "name": "A" }, { "__typename": "Droid", "id": "2", "name": "B" } ],
          "count": "12",
          "names": ["a", null, "c"],
          "search": [ { "__typename": "Droid", "id": "3", "name": "C", "primaryFunction": null }, { "__typename": "Human", "id": "4", "name": "D" } ] }
        """;

    public static TheoryData<string> Documents() =>
    [
        "{ hero { __typename id name ... on Droid { primaryFunction } friends { name ... on Human { height } } } }",
        "{ heroes { id ...N } count names } fragment N on Character { name }",
        "{ search { ... on Droid { primaryFunction } ... on Human { name } } }",
        "{ a: hero { name } b: hero { id } hero { friends { id } } }",
        "{ hero { friends { __typename name } } heroes { name } }",
        "query Q($skip: Boolean = true) { hero { name @skip(if: $skip) id @include(if: $skip) } }",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Responses_match_graphql_js(string document)
    {
        var expected = GraphQLJsOracle.Ask(new JsonObject
        {
            ["mode"] = "execute",
            ["sdl"] = Sdl,
            ["document"] = document,
            ["rootValue"] = JsonNode.Parse(Data),
        });
        var actual = JsonNode.Parse(await Run.Json(SdlSchema.Build(Sdl), document, Run.Data(Data)));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"graphql-js: {expected!.ToJsonString()}\nours:       {actual!.ToJsonString()}");
    }

    /// <summary>
    /// The introspection query over the schema's own types. Type order and the introspection/directive
    /// definitions belong to the type system (Types/), so they are normalised away here: this checks that
    /// execution answers the query's shape (nested ofType chains, args, possibleTypes, nulls) identically.
    /// </summary>
    [Fact]
    public async Task The_introspection_query_answers_as_graphql_js_does_for_the_schema_types()
    {
        var query = GraphQLJsOracle.Ask(new JsonObject { ["mode"] = "introspection", ["options"] = new JsonObject { ["descriptions"] = true } })["query"]!.GetValue<string>();
        var expected = Normalise(GraphQLJsOracle.Ask(new JsonObject { ["mode"] = "execute", ["sdl"] = Sdl, ["document"] = query }));
        var actual = Normalise(JsonNode.Parse(await Run.Json(SdlSchema.Build(Sdl), query)));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"graphql-js: {expected.ToJsonString()}\nours:       {actual.ToJsonString()}");
    }

    private static JsonNode Normalise(JsonNode? response)
    {
        var schema = response!["data"]!["__schema"]!.AsObject();
        var types = schema["types"]!.AsArray()
            .Where(t => !t!["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal))
            .OrderBy(t => t!["name"]!.GetValue<string>(), StringComparer.Ordinal)
            .Select(t => t!.DeepClone())
            .ToArray();
        schema["types"] = new JsonArray(types);
        schema.Remove("directives");
        return response;
    }
}
