using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.7.3 Directives Are Unique per Location.</summary>
public class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void Unique_directives_in_different_locations() => ExpectValid(Rule, """
        fragment Test on Dog @onFragmentDefinition {
          name @onField
          ... @onInlineFragment { name }
        }
        """);

    [Fact]
    public void Same_directive_in_similar_locations() => ExpectValid(Rule, """
        fragment Test on Dog {
          name @onField
          name @onField
        }
        """);

    [Fact]
    public void Spec_example_skip_and_include_once_each() => ExpectSpecValid(Rule, """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) {
            subfieldA
          }
          field @skip(if: $bar) {
            subfieldB
          }
        }
        """);

    [Fact]
    public void Spec_example_repeated_skip() => ExpectSpecErrors(Rule, """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) @skip(if: $bar)
        }
        """,
        Error("The directive \"@skip\" can only be used once at this location.", (2, 9), (2, 25)));

    [Fact]
    public void Repeatable_directives_may_repeat() => ExpectValid(Rule, """
        fragment Test on Dog {
          name @repeatable @repeatable @repeatable
          ... @repeatable @repeatable { name }
        }
        """);

    [Fact]
    public void Each_repeat_is_reported_against_the_first() => ExpectErrors(Rule, """
        fragment Test on Dog {
          name @onField @onField @onField
        }
        """,
        Error("The directive \"@onField\" can only be used once at this location.", (2, 8), (2, 17)),
        Error("The directive \"@onField\" can only be used once at this location.", (2, 8), (2, 26)));

    [Fact]
    public void Different_duplicated_directives_in_one_location() => ExpectErrors(Rule, """
        fragment Test on Dog {
          name @onField @repeatable @onField @include(if: true) @include(if: false)
        }
        """,
        Error("The directive \"@onField\" can only be used once at this location.", (2, 8), (2, 29)),
        Error("The directive \"@include\" can only be used once at this location.", (2, 38), (2, 57)));

    [Fact]
    public void Operations_fragments_and_variables_are_locations() => ExpectErrors(Rule, """
        query ($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery { dog { ...F @onFragmentSpread @onFragmentSpread } }
        fragment F on Dog @onFragmentDefinition @onFragmentDefinition { name }
        """,
        Error("The directive \"@onQuery\" can only be used once at this location.", (1, 61), (1, 70)),
        Error("The directive \"@onVariableDefinition\" can only be used once at this location.", (1, 16), (1, 38)),
        Error("The directive \"@onFragmentSpread\" can only be used once at this location.", (1, 92), (1, 110)),
        Error("The directive \"@onFragmentDefinition\" can only be used once at this location.", (2, 19), (2, 41)));

    [Fact]
    public void A_type_and_its_extension_are_one_location() => ExpectErrors(Rule, """
        type TestObject @directive
        extend type TestObject @directive

        directive @directive on OBJECT
        """,
        Error("The directive \"@directive\" can only be used once at this location.", (1, 17), (2, 24)));
}
