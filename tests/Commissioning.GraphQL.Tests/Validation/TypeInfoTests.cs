using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Validation;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>What <see cref="TypeInfo"/> reports at each node of a walk, as graphql-js's TypeInfo does.</summary>
public class TypeInfoTests
{
    private static List<string> Record(string query, Func<SyntaxNode, TypeInfo, string?> describe)
    {
        var typeInfo = new TypeInfo(ValidationHarness.TestSchema);
        var recorder = new Recorder(typeInfo, describe);
        SyntaxWalker.Walk(Parser.Parse(query), typeInfo.Visit(recorder));
        return recorder.Seen;
    }

    [Fact]
    public void Fields_know_their_parent_type_definition_and_type()
    {
        var seen = Record("{ human { pets { name ... on Dog { barkVolume } } } catOrDog { __typename ... { x: unknown } } }",
            (node, info) => node is FieldNode f ? $"{info.ParentType}.{f.Name.Value}: {info.Type?.ToString() ?? "?"} ({info.FieldDef?.Name ?? "no def"})" : null);

        Assert.Equal(
            [
                "QueryRoot.human: Human (human)",
                "Human.pets: [Pet] (pets)",
                "Pet.name: String (name)",
                "Dog.barkVolume: Int (barkVolume)",
                "QueryRoot.catOrDog: CatOrDog (catOrDog)",
                "CatOrDog.__typename: String! (__typename)",
                "CatOrDog.unknown: ? (no def)",
            ],
            seen);
    }

    [Fact]
    public void Values_know_their_expected_input_type_default_and_parent()
    {
        var seen = Record("""
            query ($v: [String!] = ["a"]) {
              dog {
                isHouseTrained(atOtherHomes: false)
                doesKnowCommand(dogCommand: HEEL)
              }
              complicatedArgs {
                complexArgField(complexArg: { nonNullField: true, stringListField: [$v] })
              }
            }
            """,
            (node, info) => node is ValueNode value
                ? $"{Printer.Print(value)}: {info.InputType?.ToString() ?? "?"} in {info.ParentInputType?.ToString() ?? "-"}"
                  + (info.HasDefaultValue ? $" default {info.DefaultValue}" : "")
                  + (info.EnumValue is { } e ? $" enum {e.Name}" : "")
                : null);

        Assert.Equal(
            [
                "$v: [String!] in -",
                // Entering a list already expects its items (graphql-js does the same); the list is the parent.
                "[\"a\"]: String! in [String!]",
                "\"a\": String! in [String!]",
                "false: Boolean in - default True",
                "HEEL: DogCommand in - enum HEEL",
                "{nonNullField: true, stringListField: [$v]}: ComplexInput in -",
                "true: Boolean! in ComplexInput default False",
                "[$v]: String in [String]",
                "$v: String in [String]",
            ],
            seen);
    }

    [Fact]
    public void Arguments_and_directives_are_known_while_inside_them()
    {
        var seen = Record("{ dog @skip(if: true) { name(surname: true) @include(if: false) @unknown(if: true) } }",
            (node, info) => node is ArgumentNode a
                ? $"{info.Directive?.ToString() ?? info.FieldDef?.Name}({a.Name.Value}: {info.Argument?.Type})"
                : null);

        // An unknown directive leaves only the field to look arguments up on, as in graphql-js.
        Assert.Equal(["@skip(if: Boolean!)", "name(surname: Boolean)", "@include(if: Boolean!)", "name(if: )"], seen);
    }

    [Fact]
    public void Fragments_take_their_type_condition_or_the_enclosing_type()
    {
        var seen = Record("fragment F on Pet { ... on Dog { name } ... { name } ... on Unknown { name } }",
            (node, info) => node is FieldNode ? info.ParentType?.ToString() ?? "?" : null);

        Assert.Equal(["Dog", "Pet", "?"], seen);
    }

    private sealed class Recorder(TypeInfo typeInfo, Func<SyntaxNode, TypeInfo, string?> describe) : SyntaxVisitor
    {
        public List<string> Seen { get; } = [];

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (describe(node, typeInfo) is { } line) Seen.Add(line);
            return VisitorAction.Continue;
        }
    }
}
