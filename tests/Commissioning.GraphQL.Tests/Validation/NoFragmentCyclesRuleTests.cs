using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.5.2.2 Fragment Spreads Must Not Form Cycles.</summary>
public class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void Single_reference_and_spreading_twice_are_valid() => ExpectValid(Rule, """
        fragment fragA on Dog { ...fragB, ...fragB }
        fragment fragB on Dog { name }
        fragment fragC on Dog { ...fragD }
        fragment fragD on Dog { ... on Dog { name } }
        """);

    [Fact]
    public void Spec_example_two_fragments_spreading_each_other() => ExpectSpecErrors(Rule, """
        {
          dog {
            ...nameFragment
          }
        }

        fragment nameFragment on Dog {
          name
          ...barkVolumeFragment
        }

        fragment barkVolumeFragment on Dog {
          barkVolume
          ...nameFragment
        }
        """,
        Error("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", (9, 3), (14, 3)));

    [Fact]
    public void Spec_example_cycle_through_nested_selections() => ExpectSpecErrors(Rule, """
        {
          dog {
            ...dogFragment
          }
        }

        fragment dogFragment on Dog {
          name
          owner {
            ...ownerFragment
          }
        }

        fragment ownerFragment on Human {
          name
          pets {
            ...dogFragment
          }
        }
        """,
        Error("Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\".", (10, 5), (17, 5)));

    [Fact]
    public void Spreading_itself_directly() => ExpectErrors(Rule, "fragment fragA on Human { ...fragA }",
        Error("Cannot spread fragment \"fragA\" within itself.", (1, 27)));

    [Fact]
    public void Spreading_itself_inside_an_inline_fragment() => ExpectErrors(Rule, """
        fragment fragA on Pet {
          ... on Dog {
            ...fragA
          }
        }
        """,
        Error("Cannot spread fragment \"fragA\" within itself.", (3, 5)));

    [Fact]
    public void A_deep_cycle_is_reported_once_with_its_path() => ExpectErrors(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { ...fragO }
        fragment fragX on Dog { ...fragY }
        fragment fragY on Dog { ...fragZ }
        fragment fragZ on Dog { ...fragO }
        fragment fragO on Dog { ...fragP }
        fragment fragP on Dog { ...fragA, ...fragX }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".",
            (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
        Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".",
            (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));

    [Fact]
    public void Several_cycles_from_one_fragment() => ExpectErrors(Rule, """
        fragment fragA on Dog { ...fragB, ...fragC }
        fragment fragB on Dog { ...fragA }
        fragment fragC on Dog { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
        Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)));

    [Fact]
    public void A_cycle_not_through_the_first_fragment() => ExpectErrors(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragB, ...fragC }
        fragment fragC on Dog { ...fragA, ...fragB }
        """,
        Error("Cannot spread fragment \"fragB\" within itself.", (2, 25)),
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 35), (3, 25)),
        Error("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (2, 35), (3, 35)));

    [Fact]
    public void Unknown_fragments_end_the_search() => ExpectValid(Rule, "query { dog { ...nameFragment } } fragment nameFragment on Dog { ...unknown }");
}
