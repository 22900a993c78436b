using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.8.5 All Variable Usages Are Allowed, including defaults, lists, fragments and OneOf fields, with graphql-js's messages.</summary>
public class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();
    private static readonly GraphQL.Types.Schema Spec = SpecExampleSchema.Schema;
    // §5.8.5 examples
    [Fact]
    public void Spec_types_must_match() => ExpectErrors(Rule, """
        query intCannotGoIntoBoolean($intArg: Int) {
          arguments {
            booleanArgField(booleanArg: $intArg)
          }
        }
        """,
        [
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", (1, 30), (3, 33)),
        ],
        Spec);

    [Fact]
    public void Spec_list_cardinality_must_match() => ExpectErrors(Rule, """
        query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
          arguments {
            booleanArgField(booleanArg: $booleanListArg)
          }
        }
        """,
        [
            Error("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", (1, 38), (3, 33)),
        ],
        Spec);

    [Fact]
    public void Spec_nullability_must_be_respected() => ExpectErrors(Rule, """
        query booleanArgQuery($booleanArg: Boolean) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """,
        [
            Error("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 23), (3, 47)),
        ],
        Spec);

    [Fact]
    public void Spec_a_non_null_list_goes_into_a_nullable_list() => ExpectValid(Rule, """
        query nonNullListToList($nonNullBooleanList: [Boolean]!) {
          arguments {
            booleanListArgField(booleanListArg: $nonNullBooleanList)
          }
        }
        """, Spec);

    [Fact]
    public void Spec_a_nullable_list_cannot_go_into_a_non_null_list() => ExpectErrors(Rule, """
        query listToNonNullList($booleanList: [Boolean]) {
          arguments {
            nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
          }
        }
        """,
        [
            Error("Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\".", (1, 25), (3, 52)),
        ],
        Spec);

    [Fact]
    public void Spec_non_null_variables_in_one_of_fields() => ExpectValid(Rule, """
        mutation addCat($cat: CatInput!) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }

        mutation addCatWithDefault($cat: CatInput! = { name: "Brontie" }) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """, Spec);

    // A counter-example in the spec; graphql-js 16 accepts it because the OneOf argument is non-null.
    [Fact]
    public void Spec_a_nullable_variable_in_a_one_of_field() => ExpectErrors(Rule, """
        mutation addNullableCat($cat: CatInput) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """,
        [
            Error("Variable \"$cat\" is of type \"CatInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", (1, 25), (2, 22)),
        ],
        Spec);

    // A counter-example of §5.6.1 that this rule catches; graphql-js 16 accepts it.
    [Fact]
    public void Spec_a_nullable_variable_in_a_list_of_one_of_inputs() => ExpectErrors(Rule, """
        mutation listOfOneOfWithNullableVariable($dog: DogInput) {
          addPets(pets: [{ dog: $dog }]) {
            name
          }
        }
        """,
        [
            Error("Variable \"$dog\" is of type \"DogInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", (1, 42), (2, 25)),
        ],
        Spec);

    [Fact]
    public void Spec_an_optional_variable_into_an_argument_with_a_default() => ExpectValid(Rule, """
        query booleanArgQueryWithDefault($booleanArg: Boolean) {
          arguments {
            optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
          }
        }
        """, Spec);

    [Fact]
    public void Spec_a_variable_default_satisfies_a_non_null_position() => ExpectValid(Rule, """
        query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """, Spec);

    [Fact]
    public void Boolean_into_Boolean() => ExpectValid(Rule, """
        query Query($booleanArg: Boolean)
        {
          complicatedArgs {
            booleanArgField(booleanArg: $booleanArg)
          }
        }
        """);

    [Fact]
    public void Boolean_into_Boolean_within_fragment() => ExpectValid(Rule, """
        fragment booleanArgFrag on ComplicatedArgs {
          booleanArgField(booleanArg: $booleanArg)
        }
        query Query($booleanArg: Boolean)
        {
          complicatedArgs {
            ...booleanArgFrag
          }
        }
        """);

    [Fact]
    public void Non_null_Boolean_into_Boolean() => ExpectValid(Rule, """
        query Query($nonNullBooleanArg: Boolean!)
        {
          complicatedArgs {
            booleanArgField(booleanArg: $nonNullBooleanArg)
          }
        }
        """);

    [Fact]
    public void Non_null_Boolean_into_Boolean_within_fragment() => ExpectValid(Rule, """
        fragment booleanArgFrag on ComplicatedArgs {
          booleanArgField(booleanArg: $nonNullBooleanArg)
        }

        query Query($nonNullBooleanArg: Boolean!)
        {
          complicatedArgs {
            ...booleanArgFrag
          }
        }
        """);

    [Fact]
    public void String_list_into_String_list() => ExpectValid(Rule, """
        query Query($stringListVar: [String])
        {
          complicatedArgs {
            stringListArgField(stringListArg: $stringListVar)
          }
        }
        """);

    [Fact]
    public void Non_null_String_list_into_String_list() => ExpectValid(Rule, """
        query Query($stringListVar: [String!])
        {
          complicatedArgs {
            stringListArgField(stringListArg: $stringListVar)
          }
        }
        """);

    [Fact]
    public void String_into_String_list_in_item_position() => ExpectValid(Rule, """
        query Query($stringVar: String)
        {
          complicatedArgs {
            stringListArgField(stringListArg: [$stringVar])
          }
        }
        """);

    [Fact]
    public void Non_null_String_into_String_list_in_item_position() => ExpectValid(Rule, """
        query Query($stringVar: String!)
        {
          complicatedArgs {
            stringListArgField(stringListArg: [$stringVar])
          }
        }
        """);

    [Fact]
    public void ComplexInput_into_ComplexInput() => ExpectValid(Rule, """
        query Query($complexVar: ComplexInput)
        {
          complicatedArgs {
            complexArgField(complexArg: $complexVar)
          }
        }
        """);

    [Fact]
    public void Non_null_Boolean_into_ComplexInput_field_position() => ExpectValid(Rule, """
        query Query($boolVar: Boolean = false)
        {
          complicatedArgs {
            complexArgField(complexArg: {requiredField: $boolVar})
          }
        }
        """);

    [Fact]
    public void Non_null_Boolean_into_non_null_Boolean_in_directive() => ExpectValid(Rule, """
        query Query($boolVar: Boolean!)
        {
          dog @include(if: $boolVar)
        }
        """);

    [Fact]
    public void Int_into_non_null_Int() => ExpectErrors(Rule, """
        query Query($intArg: Int) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intArg)
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Int_into_non_null_Int_within_fragment() => ExpectErrors(Rule, """
        fragment nonNullIntArgFieldFrag on ComplicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }

        query Query($intArg: Int) {
          complicatedArgs {
            ...nonNullIntArgFieldFrag
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (5, 13), (2, 37)));

    [Fact]
    public void Int_into_non_null_Int_within_nested_fragment() => ExpectErrors(Rule, """
        fragment outerFrag on ComplicatedArgs {
          ...nonNullIntArgFieldFrag
        }

        fragment nonNullIntArgFieldFrag on ComplicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }

        query Query($intArg: Int) {
          complicatedArgs {
            ...outerFrag
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (9, 13), (6, 37)));

    [Fact]
    public void String_over_Boolean() => ExpectErrors(Rule, """
        query Query($stringVar: String) {
          complicatedArgs {
            booleanArgField(booleanArg: $stringVar)
          }
        }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (3, 33)));

    [Fact]
    public void String_into_String_list() => ExpectErrors(Rule, """
        query Query($stringVar: String) {
          complicatedArgs {
            stringListArgField(stringListArg: $stringVar)
          }
        }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (3, 39)));

    [Fact]
    public void Boolean_into_non_null_Boolean_in_directive() => ExpectErrors(Rule, """
        query Query($boolVar: Boolean) {
          dog @include(if: $boolVar)
        }
        """,
        Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));

    [Fact]
    public void String_into_non_null_Boolean_in_directive() => ExpectErrors(Rule, """
        query Query($stringVar: String) {
          dog @include(if: $stringVar)
        }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));

    [Fact]
    public void String_list_into_non_null_String_list() => ExpectErrors(Rule, """
        query Query($stringListVar: [String])
        {
          complicatedArgs {
            stringListNonNullArgField(stringListNonNullArg: $stringListVar)
          }
        }
        """,
        Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (4, 53)));

    [Fact]
    public void Int_into_non_null_Int_fails_when_the_variable_defaults_to_null() => ExpectErrors(Rule, """
        query Query($intVar: Int = null) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
        """,
        Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Int_into_non_null_Int_when_the_variable_has_a_non_null_default() => ExpectValid(Rule, """
        query Query($intVar: Int = 1) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
        """);

    [Fact]
    public void Int_into_non_null_Int_when_the_argument_has_a_default() => ExpectValid(Rule, """
        query Query($intVar: Int) {
          complicatedArgs {
            nonNullFieldWithDefault(arg: $intVar)
          }
        }
        """);

    [Fact]
    public void Boolean_into_non_null_Boolean_in_directive_with_a_variable_default() => ExpectValid(Rule, """
        query Query($boolVar: Boolean = false) {
          dog @include(if: $boolVar)
        }
        """);

    [Fact]
    public void A_default_does_not_excuse_a_wrong_type() => ExpectErrors(Rule, """
        query Query($stringVar: String = "x") {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $stringVar)
          }
        }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Each_operation_is_checked_with_its_own_definitions() => ExpectErrors(Rule, """
        query A($intArg: Int!) {
          complicatedArgs {
            ...frag
          }
        }

        query B($intArg: Int) {
          complicatedArgs {
            ...frag
          }
        }

        fragment frag on ComplicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (7, 9), (14, 37)));

    [Fact]
    public void Undefined_variables_and_unknown_positions_are_left_to_other_rules() => ExpectValid(Rule, """
        query Query($intArg: Int) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $undefined)
            unknownField(arg: $intArg)
            intArgField(unknownArg: $intArg)
          }
        }
        """);

    [Fact]
    public void Nullable_variable_in_a_one_of_field() => ExpectErrors(Rule, """
        query Query($string: String) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """,
        Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (3, 44)));

    [Fact]
    public void Non_null_variable_in_a_one_of_field() => ExpectValid(Rule, """
        query Query($string: String!) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """);

    [Fact]
    public void A_default_does_not_make_a_nullable_variable_fit_a_one_of_field() => ExpectErrors(Rule, """
        query Query($string: String = "abc") {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """,
        Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (3, 44)));
}
