using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.5.2.1 Fragment Spread Target Defined.</summary>
public class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void Known_fragment_names_are_valid() => ExpectValid(Rule, """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human {
              ...HumanFields2
            }
            ... {
              name
            }
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
    public void Spec_example_undefined_fragment() => ExpectSpecErrors(Rule, """
        {
          dog {
            ...undefinedFragment
          }
        }
        """,
        Error("Unknown fragment \"undefinedFragment\".", (3, 8)));

    [Fact]
    public void Unknown_fragments_anywhere_are_reported() => ExpectErrors(Rule, """
        {
          human(id: 4) {
            ...UnknownFragment1
            ... on Human {
              ...UnknownFragment2
            }
          }
        }
        fragment HumanFields on Human {
          name
          ...UnknownFragment3
        }
        """,
        Error("Unknown fragment \"UnknownFragment1\".", (3, 8)),
        Error("Unknown fragment \"UnknownFragment2\".", (5, 10)),
        Error("Unknown fragment \"UnknownFragment3\".", (11, 6)));
}
