using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;
using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.6.1 Values of Correct Type (with §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields and OneOf input objects, §3.10.1), with graphql-js's messages.</summary>
public class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();
    private static readonly Schema Spec = SpecExampleSchema.Schema;

    // Custom scalars decide for themselves through ParseLiteral; how they fail shapes the message.
    private static readonly Schema CustomScalars = BuildCustomScalarSchema();

    private static Schema BuildCustomScalarSchema()
    {
        var invalid = new ScalarType("Invalid",
            parseValue: value => throw new InvalidOperationException($"Invalid scalar is always invalid: {Inspector.Inspect(value)}"));
        var customError = new ScalarType("CustomError",
            parseLiteral: (node, _) => throw new GraphQLError("Custom scalar rejects " + ValuePrinter.Print(node), [node]));
        var undefinedResult = new ScalarType("CustomScalar", parseLiteral: (_, _) => ValueFromAst.Invalid);
        var any = new ScalarType("Any");
        var query = new ObjectType("Query")
            .AddField(new FieldDefinition("invalidArg", Scalars.String).AddArgument(new InputValueDefinition("arg", invalid)))
            .AddField(new FieldDefinition("customErrorArg", Scalars.String).AddArgument(new InputValueDefinition("arg", customError)))
            .AddField(new FieldDefinition("undefinedArg", Scalars.String).AddArgument(new InputValueDefinition("arg", undefinedResult)))
            .AddField(new FieldDefinition("anyArg", Scalars.String).AddArgument(new InputValueDefinition("arg", any)));
        return new Schema(new SchemaOptions { Query = query });
    }

    [Fact]
    public void Reports_the_message_of_a_custom_scalar_that_throws() => ExpectErrors(Rule, """
        { invalidArg(arg: 123) }
        """,
        [Error("Expected value of type \"Invalid\", found 123; Invalid scalar is always invalid: 123", (1, 19))],
        CustomScalars);

    [Fact]
    public void Reports_a_custom_scalars_own_GraphQL_error_as_is() => ExpectErrors(Rule, """
        { customErrorArg(arg: "x") }
        """,
        [Error("Custom scalar rejects \"x\"", (1, 23))],
        CustomScalars);

    [Fact]
    public void Reports_a_custom_scalar_that_returns_no_value() => ExpectErrors(Rule, """
        { undefinedArg(arg: 123) }
        """,
        [Error("Expected value of type \"CustomScalar\", found 123.", (1, 21))],
        CustomScalars);

    [Fact]
    public void A_custom_scalar_may_accept_complex_literals() => ExpectValid(Rule, """
        {
          test1: anyArg(arg: 123)
          test2: anyArg(arg: "abc")
          test3: anyArg(arg: [123, "abc"])
          test4: anyArg(arg: {deep: [123, "abc"]})
        }
        """, CustomScalars);
    // §5.6.1 examples
    [Fact]
    public void Spec_valid_literals() => ExpectValid(Rule, """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment coercedIntIntoFloatArg on Arguments {
          floatArgField(floatArg: 123)
        }

        query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
          findDog(searchBy: $search) {
            name
          }
        }

        mutation addPet($pet: PetInput! = { cat: { name: "Brontie" } }) {
          addPet(pet: $pet) {
            name
          }
        }
        """, Spec);

    [Fact]
    public void Spec_string_into_int() => ExpectErrors(Rule, """
        fragment stringIntoInt on Arguments {
          intArgField(intArg: "123")
        }
        """,
        [
            Error("Int cannot represent non-integer value: \"123\"", (2, 23)),
        ],
        Spec);

    [Fact]
    public void Spec_bad_complex_value() => ExpectErrors(Rule, """
        query badComplexValue {
          findDog(searchBy: { name: 123 }) {
            name
          }
        }
        """,
        [
            Error("String cannot represent a non string value: 123", (2, 29)),
        ],
        Spec);

    [Fact]
    public void Spec_one_of_with_no_fields() => ExpectErrors(Rule, """
        mutation oneOfWithNoFields {
          addPet(pet: {}) {
            name
          }
        }
        """,
        [
            Error("OneOf Input Object \"PetInput\" must specify exactly one key.", (2, 15)),
        ],
        Spec);

    [Fact]
    public void Spec_one_of_with_two_fields() => ExpectErrors(Rule, """
        mutation oneOfWithTwoFields($dog: DogInput) {
          addPet(pet: { cat: { name: "Brontie" }, dog: $dog }) {
            name
          }
        }
        """,
        [
            Error("OneOf Input Object \"PetInput\" must specify exactly one key.", (2, 15)),
        ],
        Spec);

    // §5.6.2 Input Object Field Names
    [Fact]
    public void Spec_unknown_input_field() => ExpectErrors(Rule, """
        {
          findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
            name
          }
        }
        """,
        [
            Error("Field \"favoriteCookieFlavor\" is not defined by type \"FindDogInput\".", (2, 23)),
        ],
        Spec);

    // §5.4.2.1: the null literal is no value for a required argument
    [Fact]
    public void Spec_null_for_a_required_argument() => ExpectErrors(Rule, """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: null)
        }
        """,
        [
            Error("Expected value of type \"Boolean!\", found null.", (2, 45)),
        ],
        Spec);

    [Fact]
    public void Good_scalar_values() => ExpectValid(Rule, """"
        {
          complicatedArgs {
            a: intArgField(intArg: 2)
            b: intArgField(intArg: -2)
            c: booleanArgField(booleanArg: true)
            d: stringArgField(stringArg: "foo")
            e: stringArgField(stringArg: """block""")
            f: floatArgField(floatArg: 1.1)
            g: floatArgField(floatArg: -1.1)
            h: floatArgField(floatArg: 1)
            i: idArgField(idArg: 1)
            j: idArgField(idArg: "someIdString")
            k: enumArgField(enumArg: BROWN)
          }
          dog {
            doesKnowCommand(dogCommand: SIT)
          }
        }
        """");

    [Fact]
    public void Null_into_nullable_types() => ExpectValid(Rule, """
        {
          complicatedArgs {
            intArgField(intArg: null)
            stringListArgField(stringListArg: null)
            stringListArgField(stringListArg: [null])
            complexArgField(complexArg: { requiredField: true, intField: null })
          }
        }
        """);

    [Fact]
    public void Invalid_String_values() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            a: stringArgField(stringArg: 1)
            b: stringArgField(stringArg: 1.0)
            c: stringArgField(stringArg: true)
            d: stringArgField(stringArg: BAR)
          }
        }
        """,
        Error("String cannot represent a non string value: 1", (3, 34)),
        Error("String cannot represent a non string value: 1.0", (4, 34)),
        Error("String cannot represent a non string value: true", (5, 34)),
        Error("String cannot represent a non string value: BAR", (6, 34)));

    [Fact]
    public void Invalid_Int_values() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            a: intArgField(intArg: "3")
            b: intArgField(intArg: 829384293849283498239482938)
            c: intArgField(intArg: FOO)
            d: intArgField(intArg: 3.0)
            e: intArgField(intArg: 3.333)
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"3\"", (3, 28)),
        Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (4, 28)),
        Error("Int cannot represent non-integer value: FOO", (5, 28)),
        Error("Int cannot represent non-integer value: 3.0", (6, 28)),
        Error("Int cannot represent non-integer value: 3.333", (7, 28)));

    [Fact]
    public void Invalid_Float_values() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            a: floatArgField(floatArg: "3.333")
            b: floatArgField(floatArg: true)
            c: floatArgField(floatArg: FOO)
          }
        }
        """,
        Error("Float cannot represent non numeric value: \"3.333\"", (3, 32)),
        Error("Float cannot represent non numeric value: true", (4, 32)),
        Error("Float cannot represent non numeric value: FOO", (5, 32)));

    [Fact]
    public void Invalid_Boolean_values() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            a: booleanArgField(booleanArg: 2)
            b: booleanArgField(booleanArg: 1.0)
            c: booleanArgField(booleanArg: "true")
            d: booleanArgField(booleanArg: TRUE)
          }
        }
        """,
        Error("Boolean cannot represent a non boolean value: 2", (3, 36)),
        Error("Boolean cannot represent a non boolean value: 1.0", (4, 36)),
        Error("Boolean cannot represent a non boolean value: \"true\"", (5, 36)),
        Error("Boolean cannot represent a non boolean value: TRUE", (6, 36)));

    [Fact]
    public void Invalid_ID_values() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            a: idArgField(idArg: 1.0)
            b: idArgField(idArg: true)
            c: idArgField(idArg: SOMETHING)
          }
        }
        """,
        Error("ID cannot represent a non-string and non-integer value: 1.0", (3, 26)),
        Error("ID cannot represent a non-string and non-integer value: true", (4, 26)),
        Error("ID cannot represent a non-string and non-integer value: SOMETHING", (5, 26)));

    [Fact]
    public void Invalid_Enum_values() => ExpectErrors(Rule, """
        {
          dog {
            a: doesKnowCommand(dogCommand: 2)
            b: doesKnowCommand(dogCommand: 1.0)
            c: doesKnowCommand(dogCommand: "SIT")
            d: doesKnowCommand(dogCommand: TRUE)
            e: doesKnowCommand(dogCommand: JUGGLE)
            f: doesKnowCommand(dogCommand: sit)
          }
        }
        """,
        Error("Enum \"DogCommand\" cannot represent non-enum value: 2.", (3, 36)),
        Error("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", (4, 36)),
        Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (5, 36)),
        Error("Value \"TRUE\" does not exist in \"DogCommand\" enum.", (6, 36)),
        Error("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (7, 36)),
        Error("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (8, 36)));

    [Fact]
    public void Good_list_values() => ExpectValid(Rule, """
        {
          complicatedArgs {
            a: stringListArgField(stringListArg: ["one", null, "two"])
            b: stringListArgField(stringListArg: [])
            c: stringListArgField(stringListArg: "one")
          }
        }
        """);

    [Fact]
    public void Invalid_list_values() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            a: stringListArgField(stringListArg: ["one", 2])
            b: stringListArgField(stringListArg: 1)
            c: stringListNonNullArgField(stringListNonNullArg: ["one", null])
          }
        }
        """,
        Error("String cannot represent a non string value: 2", (3, 50)),
        Error("String cannot represent a non string value: 1", (4, 42)),
        Error("Expected value of type \"String!\", found null.", (5, 64)));

    [Fact]
    public void A_list_where_a_single_value_is_expected() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            a: intArgField(intArg: [1, 2])
            b: nonNullIntArgField(nonNullIntArg: [1])
            c: complexArgField(complexArg: [{ requiredField: true }])
          }
        }
        """,
        Error("Int cannot represent non-integer value: [1, 2]", (3, 28)),
        Error("Int cannot represent non-integer value: [1]", (4, 42)),
        Error("Expected value of type \"ComplexInput\", found [{requiredField: true}].", (5, 36)));

    [Fact]
    public void An_object_where_a_scalar_is_expected() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            intArgField(intArg: { value: 1 })
          }
        }
        """,
        Error("Int cannot represent non-integer value: {value: 1}", (3, 25)));

    [Fact]
    public void Invalid_non_nullable_values() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            multipleReqs(req2: "two", req1: "one")
            nonNullIntArgField(nonNullIntArg: null)
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"two\"", (3, 24)),
        Error("Int cannot represent non-integer value: \"one\"", (3, 37)),
        Error("Expected value of type \"Int!\", found null.", (4, 39)));

    [Fact]
    public void Good_input_objects() => ExpectValid(Rule, """
        {
          complicatedArgs {
            a: complexArgField
            b: complexArgField(complexArg: { requiredField: true })
            c: complexArgField(complexArg: { requiredField: false })
            d: complexArgField(complexArg: { requiredField: true, intField: 4 })
            e: complexArgField(complexArg: {
              requiredField: true,
              intField: 4,
              stringField: "foo",
              booleanField: false,
              stringListField: ["one", "two"]
            })
            f: complexArgField(complexArg: {
              stringListField: ["one", "two"],
              booleanField: false,
              requiredField: true,
              stringField: "foo",
              intField: 4,
            })
          }
        }
        """);

    [Fact]
    public void Input_object_missing_a_required_field() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: { intField: 4 })
          }
        }
        """,
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 33)));

    [Fact]
    public void Input_object_with_an_invalid_field_type() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              stringListField: ["one", 2],
              requiredField: true,
            })
          }
        }
        """,
        Error("String cannot represent a non string value: 2", (4, 32)));

    [Fact]
    public void Input_object_with_null_for_a_non_null_field() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              nonNullField: null,
            })
          }
        }
        """,
        Error("Expected value of type \"Boolean!\", found null.", (5, 21)));

    [Fact]
    public void Input_object_with_an_unknown_field_suggests_close_names() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              invalidField: "value"
            })
          }
        }
        """,
        Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (5, 7)));

    [Fact]
    public void Input_object_with_a_field_unlike_any_other() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, unknown: "value" })
          }
        }
        """,
        Error("Field \"unknown\" is not defined by type \"ComplexInput\".", (3, 56)));

    [Fact]
    public void Nested_lists_and_objects_in_a_scalar_position_are_reported_once() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            stringArgField(stringArg: [{ a: [1] }, 2])
          }
        }
        """,
        Error("String cannot represent a non string value: [{a: [1]}, 2]", (3, 31)));

    [Fact]
    public void Directive_arguments_of_valid_types() => ExpectValid(Rule, """
        {
          dog @include(if: true) {
            name
          }
          human @skip(if: false) {
            name
          }
        }
        """);

    [Fact]
    public void Directive_arguments_of_invalid_types() => ExpectErrors(Rule, """
        {
          dog @include(if: "yes") {
            name @skip(if: ENUM)
          }
        }
        """,
        Error("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
        Error("Boolean cannot represent a non boolean value: ENUM", (3, 20)));

    [Fact]
    public void Valid_variable_defaults() => ExpectValid(Rule, """
        query WithDefaultValues(
          $a: Int = 1,
          $b: String = "ok",
          $c: ComplexInput = { requiredField: true, intField: 3 }
          $d: Int! = 123
          $e: [String] = ["one"]
          $f: [String] = "single"
        ) {
          dog { name }
        }
        """);

    [Fact]
    public void Null_variable_defaults() => ExpectErrors(Rule, """
        query WithDefaultValues(
          $a: Int = null,
          $b: String = null,
          $c: ComplexInput = { requiredField: true, intField: null }
          $d: Int! = null
        ) {
          dog { name }
        }
        """,
        Error("Expected value of type \"Int!\", found null.", (5, 14)));

    [Fact]
    public void Invalid_variable_defaults() => ExpectErrors(Rule, """
        query InvalidDefaultValues(
          $a: Int = "one",
          $b: String = 4,
          $c: ComplexInput = "NotVeryComplex"
        ) {
          dog { name }
        }
        """,
        Error("Int cannot represent non-integer value: \"one\"", (2, 13)),
        Error("String cannot represent a non string value: 4", (3, 16)),
        Error("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (4, 22)));

    [Fact]
    public void Complex_invalid_variable_defaults() => ExpectErrors(Rule, """
        query WithDefaultValues(
          $a: ComplexInput = { requiredField: 123, intField: "abc" }
        ) {
          dog { name }
        }
        """,
        Error("Boolean cannot represent a non boolean value: 123", (2, 39)),
        Error("Int cannot represent non-integer value: \"abc\"", (2, 54)));

    [Fact]
    public void Complex_variable_default_missing_a_required_field() => ExpectErrors(Rule, """
        query MissingRequiredField($a: ComplexInput = {intField: 3}) {
          dog { name }
        }
        """,
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 47)));

    [Fact]
    public void List_variable_default_with_an_invalid_item() => ExpectErrors(Rule, """
        query InvalidItem($a: [String] = ["one", 2]) {
          dog { name }
        }
        """,
        Error("String cannot represent a non string value: 2", (1, 42)));

    [Fact]
    public void Values_under_unknown_arguments_and_fields_are_left_to_other_rules() => ExpectValid(Rule, """
        {
          complicatedArgs {
            intArgField(unknownArg: "abc")
            unknownField(arg: [1, {a: 2}])
          }
        }
        """);

    [Fact]
    public void Variables_are_assumed_valid_inside_literals() => ExpectValid(Rule, """
        query Q($int: Int, $string: String) {
          complicatedArgs {
            a: intArgField(intArg: $int)
            b: stringListArgField(stringListArg: [$string, "x"])
            c: complexArgField(complexArg: { requiredField: true, intField: $int })
          }
        }
        """);

    [Fact]
    public void Valid_one_of_values() => ExpectValid(Rule, """
        query Q($string: String!) {
          complicatedArgs {
            a: oneOfArgField(oneOfArg: { stringField: "abc" })
            b: oneOfArgField(oneOfArg: { intField: 123 })
            c: oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """);

    [Fact]
    public void One_of_with_a_null_field() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: null })
          }
        }
        """,
        Error("Field \"OneOfInput.stringField\" must be non-null.", (3, 29)));

    [Fact]
    public void One_of_with_two_fields() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
          }
        }
        """,
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)));

    [Fact]
    public void One_of_with_two_fields_one_null() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: null, intField: 123 })
          }
        }
        """,
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)));

    [Fact]
    public void One_of_with_no_fields() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: {})
          }
        }
        """,
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)));

    [Fact]
    public void One_of_with_a_field_of_the_wrong_type() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { intField: "abc" })
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"abc\"", (3, 41)));

    [Fact]
    public void One_of_variable_default_with_two_fields() => ExpectErrors(Rule, """
        query Q($o: OneOfInput = { stringField: "abc", intField: 1 }) {
          complicatedArgs {
            oneOfArgField(oneOfArg: $o)
          }
        }
        """,
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 26)));
}
