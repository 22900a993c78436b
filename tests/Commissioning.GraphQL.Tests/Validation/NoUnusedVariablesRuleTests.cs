using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.8.4 All Variables Used.</summary>
public class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void Spec_example_variable_used_in_a_fragment() => ExpectSpecValid(Rule, """
        query variableUsedInFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """);

    [Fact]
    public void Spec_example_unused_variable() => ExpectSpecErrors(Rule, """
        query variableUnused($atOtherHomes: Boolean) {
          dog {
            isHouseTrained
          }
        }
        """,
        Error("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", (1, 22)));

    [Fact]
    public void Spec_example_variable_unused_through_a_shared_fragment() => ExpectSpecErrors(Rule, """
        query queryWithUsedVar($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Error("Variable \"$extra\" is never used in operation \"queryWithExtraVar\".", (7, 49)));

    [Fact]
    public void Uses_in_directives_lists_and_objects_count() => ExpectValid(Rule, """
        query ($a: String, $b: String, $c: Boolean) {
          field(a: [$a], b: { x: $b }) @skip(if: $c)
        }
        """);

    [Fact]
    public void Anonymous_operation_with_unused_variables() => ExpectErrors(Rule, """
        query ($a: String, $b: String, $c: String) {
          field(a: $a)
        }
        """,
        Error("Variable \"$b\" is never used.", (1, 20)),
        Error("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void A_variable_used_only_by_its_own_default_is_unused() => ExpectErrors(Rule, "query Foo($a: String, $b: String = \"x\") { field(a: $a) }",
        Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 23)));
}
