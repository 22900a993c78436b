using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.4.2 Argument Uniqueness.</summary>
public class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void Distinct_arguments_and_the_same_argument_on_different_fields_and_directives() => ExpectValid(Rule, """
        {
          one: field(arg: "value")
          two: field(arg: "value")
          field(arg1: "value", arg2: "value", arg3: "value") @directive(arg: true) @other(arg: false)
        }
        """);

    [Fact]
    public void Repeated_field_arguments() => ExpectErrors(Rule, """
        {
          field(arg1: "value", arg1: "value", arg1: "value", arg2: 1)
        }
        """,
        Error("There can be only one argument named \"arg1\".", (2, 9), (2, 24), (2, 39)));

    [Fact]
    public void Repeated_directive_arguments() => ExpectErrors(Rule, """
        {
          field @directive(arg1: "value", arg1: "value", arg2: 1, arg2: 2)
        }
        """,
        Error("There can be only one argument named \"arg1\".", (2, 20), (2, 35)),
        Error("There can be only one argument named \"arg2\".", (2, 50), (2, 59)));

    [Fact]
    public void Spec_example_repeated_argument() => ExpectSpecErrors(Rule, """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT, dogCommand: SIT)
        }
        """,
        Error("There can be only one argument named \"dogCommand\".", (2, 19), (2, 36)));
}
