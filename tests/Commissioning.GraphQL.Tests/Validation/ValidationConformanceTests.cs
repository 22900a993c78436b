using System.Text.Json.Nodes;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Tests.Conformance;
using Commissioning.GraphQL.Validation;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>
/// Whole documents validated with every specified rule, here and by graphql-js: the same errors, in the
/// same order, at the same locations. Documents with several problems check that the rules run in one
/// walk in graphql-js's order. (Skip and include at a subscription's top level are left out on purpose:
/// there we follow the current spec, which graphql-js 16 predates.)
/// </summary>
public class ValidationConformanceTests
{
    private static readonly string[] Corpus =
    [
        "{ dog { name nickname barkVolume } }",
        "query Q($id: ID) { human(id: $id) { name pets { name ... on Dog { barkVolume } } } }",
        "{ dog { unknown name { x } } cat }",
        "query A { dog { name } } query A { cat { name } } { human { name } }",
        "query Q($a: Dog, $b: Unknown, $c: [String]) { dog { ...F ...Missing } } fragment F on Dog { name ...G } fragment G on Dog { ...F } fragment Unused on Cat { meows }",
        "query Q($v: Boolean!, $v: Boolean!) @onField { dog @skip(if: $v) @skip(if: $w) { name @onQuery } }",
        "{ dog { doesKnowCommand(dogCommand: SIT, dogCommand: HEEL, cmd: SIT) isHouseTrained(atOtherHomes: true) @include(if: true, unless: false) } }",
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1, intField: 2 }) } }",
        "{ pet { ... on Cat { meows } ... on Human { name } ... on FurColor { x } } catOrDog { name ...H } } fragment H on Human { name }",
        "subscription S { newMessage { body } catSubscribe { name } __typename } subscription { ...Sub } fragment Sub on SubscriptionRoot { __typename }",
        "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
        "fragment F on Dog { name } type Extra { a: Int } { dog { ...F } }",
        "query ($x: String @onVariableDefinition @onVariableDefinition) { dog { name @repeatable @repeatable nickname @onField @onField } }",
    ];

    public static TheoryData<string> Documents() => new(Corpus);

    // One Node process answers the whole corpus.
    private static readonly Lazy<Dictionary<string, List<string>>> GraphQLJsErrors = new(() =>
    {
        var cases = new JsonArray(Corpus.Select(d => (JsonNode)new JsonObject
        {
            ["id"] = d,
            ["schema"] = ValidationHarness.TestSdl,
            ["document"] = d,
        }).ToArray());
        return GraphQLJsOracle.Ask(new JsonObject { ["mode"] = "validate", ["cases"] = cases }).AsArray().ToDictionary(
            answer => answer!["id"]!.GetValue<string>(),
            answer => answer!["errors"]!.AsArray().Select(e =>
                e!["message"]!.GetValue<string>() + " @ " + string.Join(", ",
                    e["locations"]!.AsArray().Select(l => $"{l!["line"]!.GetValue<int>()}:{l["column"]!.GetValue<int>()}"))).ToList());
    });

    [Theory]
    [MemberData(nameof(Documents))]
    public void Errors_match_graphql_js(string document)
    {
        var expected = GraphQLJsErrors.Value[document];

        var actual = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse(document)).Select(ValidationHarness.Describe).ToList();

        Assert.Equal(expected, actual);
    }
}
