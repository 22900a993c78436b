using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.8.3 All Variable Uses Defined.</summary>
public class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void All_variables_defined_including_through_fragments() => ExpectValid(Rule, """
        query Foo($a: String, $b: String, $c: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(b: $b) {
            ...FragC
          }
        }
        fragment FragC on Type {
          field(c: $c)
        }
        """);

    [Fact]
    public void Spec_example_variable_defined_by_the_operation_used_in_a_fragment() => ExpectSpecValid(Rule, """
        query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """);

    [Fact]
    public void Spec_example_variable_not_defined() => ExpectSpecErrors(Rule, """
        query variableIsNotDefined {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", (3, 34), (1, 1)));

    [Fact]
    public void Spec_example_fragment_used_by_an_operation_that_does_not_define_its_variable() => ExpectSpecErrors(Rule, """
        query housetrainedQueryOne($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query housetrainedQueryTwoNotDefined {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Error("Variable \"$atOtherHomes\" is not defined by operation \"housetrainedQueryTwoNotDefined\".", (14, 32), (7, 1)));

    [Fact]
    public void Variables_in_directives_and_nested_values_count() => ExpectErrors(Rule, """
        query Foo {
          field(a: [{ b: $b }]) @include(if: $c)
        }
        """,
        Error("Variable \"$b\" is not defined by operation \"Foo\".", (2, 18), (1, 1)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (2, 38), (1, 1)));

    [Fact]
    public void Anonymous_operation_and_every_use_is_reported() => ExpectErrors(Rule, """
        {
          field(a: $a, b: $a)
        }
        """,
        Error("Variable \"$a\" is not defined.", (2, 12), (1, 1)),
        Error("Variable \"$a\" is not defined.", (2, 19), (1, 1)));

    [Fact]
    public void A_variable_of_another_operation_is_not_defined() => ExpectErrors(Rule, """
        query Foo($a: String) { field(a: $a) }
        query Bar { field(a: $a) }
        """,
        Error("Variable \"$a\" is not defined by operation \"Bar\".", (2, 22), (2, 1)));

    [Fact]
    public void Default_values_are_not_uses() => ExpectValid(Rule, "query Foo($a: String = \"x\") { field(a: $a) }");
}
