using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.7.1 Directives Are Defined and §5.7.2 Directives Are in Valid Locations.</summary>
public class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void No_directives() => ExpectValid(Rule, "query Foo { name ...Frag } fragment Frag on Dog { name }");

    [Fact]
    public void Known_directives_in_their_locations() => ExpectValid(Rule, """
        query ($var: Boolean @onVariableDefinition) @onQuery {
          human @skip(if: $var) @onField {
            name
          }
          ...Frag @onFragmentSpread
          ... @onInlineFragment { dog { name } }
          ... @include(if: true) { cat { name } }
        }

        fragment Frag on QueryRoot @onFragmentDefinition {
          dog { name @repeatable @repeatable }
        }

        mutation @onMutation { addPet(name: "x") { name } }
        subscription @onSubscription { newMessage { body } }
        """);

    [Fact]
    public void Unknown_directives() => ExpectErrors(Rule, """
        {
          human @unknown(directive: "value") {
            name
          }
          dog @unknown {
            name @unknown
          }
        }
        """,
        Error("Unknown directive \"@unknown\".", (2, 9)),
        Error("Unknown directive \"@unknown\".", (5, 7)),
        Error("Unknown directive \"@unknown\".", (6, 10)));

    [Fact]
    public void Spec_example_directive_in_the_wrong_location() => ExpectSpecErrors(Rule, """
        query @skip(if: $foo) {
          dog {
            name
          }
        }
        """,
        Error("Directive \"@skip\" may not be used on QUERY.", (1, 7)));

    [Fact]
    public void Misplaced_directives_name_the_location() => ExpectErrors(Rule, """
        query Foo($var: Boolean @onQuery) @include(if: true) {
          name @onQuery @include(if: true)
          ...Frag @onQuery
          ... @onQuery { name }
        }

        fragment Frag on Dog @onField { name }

        mutation Bar @onQuery { someField }
        subscription Baz @onField { someField }
        """,
        Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 25)),
        Error("Directive \"@include\" may not be used on QUERY.", (1, 35)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 8)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
        Error("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (4, 7)),
        Error("Directive \"@onField\" may not be used on FRAGMENT_DEFINITION.", (7, 22)),
        Error("Directive \"@onQuery\" may not be used on MUTATION.", (9, 14)),
        Error("Directive \"@onField\" may not be used on SUBSCRIPTION.", (10, 18)));

    [Fact]
    public void Type_system_locations_are_checked_too() => ExpectErrors(Rule, """
        type Query @onQuery {
          field(arg: Int @onQuery): String @onQuery @deprecated
        }

        input In @onQuery {
          f: Int @onQuery @deprecated
        }

        enum E @onQuery { A @onQuery }
        """,
        Error("Directive \"@onQuery\" may not be used on OBJECT.", (1, 12)),
        Error("Directive \"@onQuery\" may not be used on ARGUMENT_DEFINITION.", (2, 18)),
        Error("Directive \"@onQuery\" may not be used on FIELD_DEFINITION.", (2, 36)),
        Error("Directive \"@onQuery\" may not be used on INPUT_OBJECT.", (5, 10)),
        Error("Directive \"@onQuery\" may not be used on INPUT_FIELD_DEFINITION.", (6, 10)),
        Error("Directive \"@onQuery\" may not be used on ENUM.", (9, 8)),
        Error("Directive \"@onQuery\" may not be used on ENUM_VALUE.", (9, 21)));

    [Fact]
    public void Directives_defined_in_the_document_are_known() => ExpectValid(Rule, """
        { dog @local { name } }

        directive @local on FIELD
        """);
}
