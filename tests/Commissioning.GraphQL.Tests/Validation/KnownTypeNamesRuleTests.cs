using Commissioning.GraphQL.Utilities;
using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.5.1.2 Fragment Spread Type Existence and the type existence part of §5.8.2.</summary>
public class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void Known_type_names_are_valid() => ExpectValid(Rule, """
        query Foo(
          $var: String
          $required: [Int!]!
          $introspectionType: __EnumValue
        ) {
          user(id: 4) {
            pets { ... on Pet { name }, ...PetFields, ... { name } }
          }
        }

        fragment PetFields on Pet {
          name
        }
        """);

    [Fact]
    public void Unknown_type_names_are_invalid() => ExpectErrors(Rule, """
        query Foo($var: [JumbledUpLetters!]!) {
          user(id: 4) {
            name
            pets { ... on Badger { name }, ...PetFields }
          }
        }

        fragment PetFields on Peat {
          name
        }
        """,
        Error("Unknown type \"JumbledUpLetters\".", (1, 18)),
        Error("Unknown type \"Badger\".", (4, 19)),
        Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (8, 23)));

    [Fact]
    public void Spec_example_fragments_on_undefined_types() => ExpectSpecErrors(Rule, """
        fragment notOnExistingType on NotInSchema {
          name
        }

        fragment inlineNotExistingType on Dog {
          ... on NotInSchema {
            name
          }
        }
        """,
        Error("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (1, 31)),
        Error("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (6, 10)));

    [Fact]
    public void Suggestions_include_standard_scalars() => ExpectErrors(Rule, "query ($x: Strin) { dog { name } }",
        Error("Unknown type \"Strin\". Did you mean \"String\"?", (1, 12)));

    [Fact]
    public void Type_system_definitions_may_name_standard_types_the_schema_lacks() => ExpectErrors(Rule, """
        type Query {
          foo: Float
          bar: __Schema
          baz: Unknown
        }
        """, [Error("Unknown type \"Unknown\".", (4, 8))], BuildAstSchema.Build("type Query { a: String }"));

    [Fact]
    public void Types_defined_in_the_document_count_as_known() => ExpectValid(Rule, """
        query { dog { ... on Cow { name } } }

        type Cow {
          name: String
        }
        """);
}
