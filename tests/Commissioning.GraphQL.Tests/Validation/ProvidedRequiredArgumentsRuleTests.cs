using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.4.2.1 Required Arguments, on fields and directives, with graphql-js's messages.</summary>
public class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();
    private static readonly GraphQL.Types.Schema Spec = SpecExampleSchema.Schema;
    // §5.4.2.1 examples
    [Fact]
    public void Spec_good_boolean_arg() => ExpectValid(Rule, """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment goodNonNullArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: true)
        }
        """, Spec);

    [Fact]
    public void Spec_a_nullable_argument_may_be_omitted() => ExpectValid(Rule, """
        fragment goodBooleanArgDefault on Arguments {
          booleanArgField
        }
        """, Spec);

    [Fact]
    public void Spec_a_required_argument_may_not_be_omitted() => ExpectErrors(Rule, """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField
        }
        """,
        [
            Error("Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided.", (2, 3)),
        ],
        Spec);

    [Fact]
    public void Spec_a_non_null_argument_with_a_default_may_be_omitted() => ExpectValid(Rule, """
        fragment optionalNonNull on Arguments {
          optionalNonNullBooleanArgField
        }
        """, Spec);

    [Fact]
    public void Ignores_unknown_arguments() => ExpectValid(Rule, """
        {
          dog {
            isHouseTrained(unknownArgument: true)
          }
        }
        """);

    [Fact]
    public void Arg_on_optional_arg() => ExpectValid(Rule, """
        {
          dog {
            isHouseTrained(atOtherHomes: true)
          }
        }
        """);

    [Fact]
    public void No_arg_on_optional_arg() => ExpectValid(Rule, """
        {
          dog {
            isHouseTrained
          }
        }
        """);

    [Fact]
    public void No_arg_on_non_null_field_with_default() => ExpectValid(Rule, """
        {
          complicatedArgs {
            nonNullFieldWithDefault
          }
        }
        """);

    [Fact]
    public void Multiple_args() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
          }
        }
        """);

    [Fact]
    public void Multiple_args_reverse_order() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleReqs(req2: 2, req1: 1)
          }
        }
        """);

    [Fact]
    public void No_args_on_multiple_optional() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleOpts
          }
        }
        """);

    [Fact]
    public void One_arg_on_multiple_optional() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleOpts(opt1: 1)
          }
        }
        """);

    [Fact]
    public void Second_arg_on_multiple_optional() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleOpts(opt2: 1)
          }
        }
        """);

    [Fact]
    public void Multiple_required_args_on_mixed_list() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4)
          }
        }
        """);

    [Fact]
    public void Multiple_required_and_one_optional_arg_on_mixed_list() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
          }
        }
        """);

    [Fact]
    public void All_required_and_optional_args_on_mixed_list() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
          }
        }
        """);

    [Fact]
    public void Missing_one_non_nullable_argument() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            multipleReqs(req2: 2)
          }
        }
        """,
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Missing_multiple_non_nullable_arguments() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            multipleReqs
          }
        }
        """,
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    // the wrong type is ValuesOfCorrectType's to report
    [Fact]
    public void Incorrect_value_and_missing_argument() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            multipleReqs(req1: "one")
          }
        }
        """,
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    // the null itself is ValuesOfCorrectType's to report
    [Fact]
    public void An_explicit_null_counts_as_provided() => ExpectValid(Rule, """
        {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: null)
          }
        }
        """);

    [Fact]
    public void Missing_arguments_in_nested_fields_and_fragments() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            ...Args
          }
        }

        fragment Args on ComplicatedArgs {
          nonNullIntArgField
          ... on ComplicatedArgs {
            multipleReqs(req1: 1)
          }
        }
        """,
        Error("Field \"nonNullIntArgField\" argument \"nonNullIntArg\" of type \"Int!\" is required, but it was not provided.", (8, 3)),
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (10, 5)));

    [Fact]
    public void Ignores_unknown_directives() => ExpectValid(Rule, """
        {
          dog @unknown
        }
        """);

    [Fact]
    public void Directives_with_valid_arguments() => ExpectValid(Rule, """
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
    public void Directives_with_missing_arguments() => ExpectErrors(Rule, """
        {
          dog @include {
            name @skip
          }
        }
        """,
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
        Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)));

    [Fact]
    public void A_directive_defined_in_the_document_is_checked_against_that_definition() => ExpectErrors(Rule, """
        {
          dog @test {
            name @test(arg: "ok")
          }
        }

        directive @test(arg: String!, withDefault: Int! = 1, optional: Int) on FIELD
        """,
        Error("Directive \"@test\" argument \"arg\" of type \"String!\" is required, but it was not provided.", (2, 7)));

    [Fact]
    public void A_document_definition_replaces_the_schemas() => ExpectErrors(Rule, """
        {
          dog @include {
            name
          }
        }

        directive @include(unless: [Boolean!]!) on FIELD
        """,
        Error("Directive \"@include\" argument \"unless\" of type \"[Boolean!]!\" is required, but it was not provided.", (2, 7)));
}
