using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.6.3 Input Object Field Uniqueness.</summary>
public class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void Distinct_fields_including_the_same_name_at_other_levels() => ExpectValid(Rule, """
        {
          field(arg: { f1: "value", f2: { f1: "value" }, f3: [{ f1: 1 }, { f1: 2 }] })
        }
        """);

    [Fact]
    public void Spec_example_repeated_input_field() => ExpectSpecErrors(Rule, """
        {
          field(arg: { field: true, field: false })
        }
        """,
        Error("There can be only one input field named \"field\".", (2, 16), (2, 29)));

    [Fact]
    public void Many_repeats_are_each_reported_against_the_first() => ExpectErrors(Rule, """
        {
          field(arg: { f1: "value", f1: "value", f1: "value" })
        }
        """,
        Error("There can be only one input field named \"f1\".", (2, 16), (2, 29)),
        Error("There can be only one input field named \"f1\".", (2, 16), (2, 42)));

    [Fact]
    public void Nested_repeats_are_reported_before_later_outer_repeats() => ExpectErrors(Rule, """
        {
          field(arg: { f1: 1, f2: { f3: 1, f3: 2 }, f1: 3 })
        }
        """,
        Error("There can be only one input field named \"f3\".", (2, 29), (2, 36)),
        Error("There can be only one input field named \"f1\".", (2, 16), (2, 45)));

    [Fact]
    public void Repeats_in_variable_defaults_and_directive_arguments() => ExpectErrors(Rule, """
        query ($v: ComplexInput = { intField: 1, intField: 2 }) {
          field @directive(arg: { a: 1, a: 2 })
        }
        """,
        Error("There can be only one input field named \"intField\".", (1, 29), (1, 42)),
        Error("There can be only one input field named \"a\".", (2, 27), (2, 33)));
}
