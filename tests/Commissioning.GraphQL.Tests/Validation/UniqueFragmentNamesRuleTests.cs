using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.5.1.1 Fragment Name Uniqueness.</summary>
public class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void Spec_example_distinct_fragment_names() => ExpectSpecValid(Rule, """
        {
          dog {
            ...fragmentOne
            ...fragmentTwo
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentTwo on Dog {
          owner {
            name
          }
        }
        """);

    [Fact]
    public void Spec_example_repeated_fragment_name() => ExpectSpecErrors(Rule, """
        {
          dog {
            ...fragmentOne
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentOne on Dog {
          owner {
            name
          }
        }
        """,
        Error("There can be only one fragment named \"fragmentOne\".", (7, 10), (11, 10)));

    [Fact]
    public void Inline_fragments_are_always_unique() => ExpectValid(Rule, "{ dog { ...on Dog { name } ...on Dog { name } } }");

    [Fact]
    public void Fragment_and_operation_named_the_same() => ExpectValid(Rule, "query Foo { dog { ...Foo } } fragment Foo on Dog { name }");

    [Fact]
    public void Each_repeat_is_reported_against_the_first() => ExpectErrors(Rule, """
        fragment fragA on Dog { name }
        fragment fragA on Dog { barks }
        fragment fragA on Dog { nickname }
        """,
        Error("There can be only one fragment named \"fragA\".", (1, 10), (2, 10)),
        Error("There can be only one fragment named \"fragA\".", (1, 10), (3, 10)));
}
