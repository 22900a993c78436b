using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.5.1.3 Fragments On Composite Types.</summary>
public class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void Spec_example_fragments_on_object_interface_and_union() => ExpectSpecValid(Rule, """
        fragment fragOnObject on Dog {
          name
        }

        fragment fragOnInterface on Pet {
          name
        }

        fragment fragOnUnion on CatOrDog {
          ... on Dog {
            name
          }
        }
        """);

    [Fact]
    public void Spec_example_fragments_on_scalars() => ExpectSpecErrors(Rule, """
        fragment fragOnScalar on Int {
          something
        }

        fragment inlineFragOnScalar on Dog {
          ... on Boolean {
            somethingElse
          }
        }
        """,
        Error("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", (1, 26)),
        Error("Fragment cannot condition on non composite type \"Boolean\".", (6, 10)));

    [Fact]
    public void Inline_fragment_without_type_condition() => ExpectValid(Rule, "fragment validFragment on Pet { ... { name } }");

    [Fact]
    public void Fragments_on_enums_and_input_objects_are_invalid() => ExpectErrors(Rule, """
        fragment scalarFragment on FurColor {
          bad
        }

        fragment inputFragment on ComplexInput {
          stringField
        }
        """,
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)),
        Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (5, 27)));

    [Fact]
    public void Unknown_types_are_left_to_known_type_names() => ExpectValid(Rule, "fragment f on Nope { name }");
}
