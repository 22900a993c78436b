using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.5.2.3 Fragment Spread Is Possible.</summary>
public class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void Spec_example_object_spreads_in_object_scope() => ExpectSpecErrors(Rule, """
        fragment dogFragment on Dog {
          ... on Dog {
            barkVolume
          }
        }

        fragment catInDogFragmentInvalid on Dog {
          ... on Cat {
            meowVolume
          }
        }
        """,
        Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (8, 3)));

    [Fact]
    public void Spec_example_abstract_spreads_in_object_scope() => ExpectSpecValid(Rule, """
        fragment petNameFragment on Pet {
          name
        }

        fragment interfaceWithinObjectFragment on Dog {
          ...petNameFragment
        }

        fragment catOrDogNameFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }

        fragment unionWithObjectFragment on Dog {
          ...catOrDogNameFragment
        }
        """);

    [Fact]
    public void Spec_example_object_spreads_in_abstract_scope() => ExpectSpecErrors(Rule, """
        fragment petFragment on Pet {
          name
          ... on Dog {
            barkVolume
          }
        }

        fragment catOrDogFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }

        fragment sentientFragment on Sentient {
          ... on Dog {
            barkVolume
          }
        }

        fragment humanOrAlienFragment on HumanOrAlien {
          ... on Cat {
            meowVolume
          }
        }
        """,
        Error("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".", (15, 3)),
        Error("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".", (21, 3)));

    [Fact]
    public void Spec_example_abstract_spreads_in_abstract_scope() => ExpectSpecErrors(Rule, """
        fragment unionWithInterface on Pet {
          ...dogOrHumanFragment
        }

        fragment dogOrHumanFragment on DogOrHuman {
          ... on Dog {
            barkVolume
          }
        }

        fragment nonIntersectingInterfaces on Pet {
          ...sentientFragment
        }

        fragment sentientFragment on Sentient {
          name
        }
        """,
        Error("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", (12, 3)));

    [Fact]
    public void Named_spreads_of_disjoint_types() => ExpectErrors(Rule, """
        fragment invalidObjectWithinObject on Cat { ...dogFragment }
        fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
        fragment dogFragment on Dog { barkVolume }
        fragment humanOrAlienFragment on Human { name }
        """,
        Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)),
        Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (2, 47)));

    [Fact]
    public void Interface_spread_within_an_interface_it_implements() => ExpectValid(Rule, """
        fragment interfaceWithinInterface on Mammal { ...canineFragment }
        fragment canineFragment on Canine { name }
        """);

    [Fact]
    public void Unknown_types_and_fragments_are_ignored() => ExpectValid(Rule, """
        fragment f on Dog { ...unknown ... on Unknown { name } ...onUnknown }
        fragment onUnknown on Unknown { name }
        """);
}
