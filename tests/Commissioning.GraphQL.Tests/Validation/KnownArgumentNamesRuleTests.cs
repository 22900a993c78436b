using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.4.1 Argument Names.</summary>
public class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void Spec_example_known_arguments() => ExpectSpecValid(Rule, """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }

        fragment argOnOptional on Dog {
          isHouseTrained(atOtherHomes: true) @include(if: true)
        }
        """);

    [Fact]
    public void Spec_example_unknown_field_argument() => ExpectSpecErrors(Rule, """
        fragment invalidArgName on Dog {
          doesKnowCommand(command: CLEAN_UP_HOUSE)
        }
        """,
        Error("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));

    [Fact]
    public void Spec_example_unknown_directive_argument() => ExpectSpecErrors(Rule, """
        fragment invalidArgName on Dog {
          isHouseTrained(atOtherHomes: true) @include(unless: false)
        }
        """,
        Error("Unknown argument \"unless\" on directive \"@include\".", (2, 47)));

    [Fact]
    public void Multiple_arguments_in_any_order() => ExpectValid(Rule, """
        fragment multipleArgsReverseOrder on ComplicatedArgs {
          multipleReqs(req2: 2, req1: 1)
        }
        """);

    [Fact]
    public void Misspelled_arguments_get_suggestions() => ExpectErrors(Rule, """
        fragment oneGoodArgOneInvalidArg on Dog {
          doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
          isHouseTrained(atOtherHomes: true) @skip(iff: true)
        }
        """,
        Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (2, 19)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 49)),
        Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (3, 44)));

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_ignored() => ExpectValid(Rule, """
        fragment f on Dog {
          unknownField(unknownArg: 1)
          name @unknownDirective(arg: 1)
        }
        """);

    [Fact]
    public void Arguments_deep_in_selections_are_checked() => ExpectErrors(Rule, """
        {
          dog {
            doesKnowCommand(unknown: true)
          }
          human {
            pets {
              ... on Dog {
                doesKnowCommand(unknown: true)
              }
            }
          }
        }
        """,
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 21)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (8, 25)));

    [Fact]
    public void Meta_field_arguments_are_known() => ExpectValid(Rule, "{ __type(name: \"Dog\") { name } }");

    [Fact]
    public void Directives_defined_in_the_document_have_their_arguments() => ExpectErrors(Rule, """
        { dog @local(a: 1, b: 2) { name } }

        directive @local(a: Int) on FIELD
        """,
        Error("Unknown argument \"b\" on directive \"@local\". Did you mean \"a\"?", (1, 20)));
}
