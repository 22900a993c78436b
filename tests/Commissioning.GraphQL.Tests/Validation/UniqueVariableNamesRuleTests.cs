using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.8.1 Variable Uniqueness.</summary>
public class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void Unique_variable_names_per_operation() => ExpectValid(Rule, """
        query A($x: Int, $y: String) { __typename }
        query B($x: String, $y: Int) { __typename }
        """);

    [Fact]
    public void Spec_example_repeated_variable() => ExpectSpecErrors(Rule, """
        query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        Error("There can be only one variable named \"$atOtherHomes\".", (1, 26), (1, 50)));

    [Fact]
    public void One_error_per_name_lists_every_definition() => ExpectErrors(Rule, """
        query A($x: Int, $x: Int, $x: String) { __typename }
        query B($y: String, $y: Int) { __typename }
        query C($z: Int, $z: Int) { __typename }
        """,
        Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
        Error("There can be only one variable named \"$y\".", (2, 10), (2, 22)),
        Error("There can be only one variable named \"$z\".", (3, 10), (3, 19)));
}
