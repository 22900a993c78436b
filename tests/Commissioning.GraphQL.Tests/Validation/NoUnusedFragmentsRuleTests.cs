using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.5.1.4 Fragments Must Be Used.</summary>
public class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void All_fragment_names_are_used_by_some_operation() => ExpectValid(Rule, """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        query Bar {
          human(id: 4) {
            ...HumanFields2
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        """);

    [Fact]
    public void Spec_example_unused_fragment() => ExpectSpecErrors(Rule, """
        fragment nameFragment on Dog { # unused
          name
        }

        {
          dog {
            name
          }
        }
        """,
        Error("Fragment \"nameFragment\" is never used.", (1, 1)));

    [Fact]
    public void Fragments_reached_only_from_unused_fragments_are_unused() => ExpectErrors(Rule, """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        fragment HumanFields1 on Human {
          name
        }
        fragment Unused1 on Human {
          name
          ...Unused2
        }
        fragment Unused2 on Human {
          ...Unused1
        }
        """,
        Error("Fragment \"Unused1\" is never used.", (9, 1)),
        Error("Fragment \"Unused2\" is never used.", (13, 1)));

    [Fact]
    public void Unknown_fragments_do_not_break_the_check() => ExpectErrors(Rule, """
        query Foo {
          human(id: 4) {
            ...bar
          }
        }
        fragment foo on Human {
          name
        }
        """,
        Error("Fragment \"foo\" is never used.", (6, 1)));
}
