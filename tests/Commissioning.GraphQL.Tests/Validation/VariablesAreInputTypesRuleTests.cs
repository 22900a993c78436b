using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.8.2 Variables Are Input Types.</summary>
public class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void Spec_example_input_types() => ExpectSpecValid(Rule, """
        query takesBoolean($atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }

        query takesComplexInput($complexInput: FindDogInput) {
          findDog(searchBy: $complexInput) {
            name
          }
        }

        query TakesListOfBooleanBang($booleans: [Boolean!]) {
          booleanList(booleanListArg: $booleans)
        }
        """);

    [Fact]
    public void Spec_example_output_types_as_variables() => ExpectSpecErrors(Rule, """
        query takesCat($cat: Cat) {
          # ...
          dog { name }
        }

        query takesDogBang($dog: Dog!) {
          dog { name }
        }

        query takesListOfPet($pets: [Pet]) {
          dog { name }
        }

        query takesCatOrDog($catOrDog: CatOrDog) {
          dog { name }
        }
        """,
        Error("Variable \"$cat\" cannot be non-input type \"Cat\".", (1, 22)),
        Error("Variable \"$dog\" cannot be non-input type \"Dog!\".", (6, 26)),
        Error("Variable \"$pets\" cannot be non-input type \"[Pet]\".", (10, 29)),
        Error("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", (14, 32)));

    [Fact]
    public void Unknown_types_are_left_to_known_type_names() => ExpectValid(Rule, "query ($a: Unknown) { dog { name } }");
}
