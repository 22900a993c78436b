using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.3.3 Leaf Field Selections.</summary>
public class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void Spec_example_scalar_selection() => ExpectSpecValid(Rule, """
        fragment scalarSelection on Dog {
          barkVolume
        }
        """);

    [Fact]
    public void Spec_example_selection_on_a_scalar() => ExpectSpecErrors(Rule, """
        fragment scalarSelectionsNotAllowedOnInt on Dog {
          barkVolume {
            sinceWhen
          }
        }
        """,
        Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", (2, 14)));

    [Fact]
    public void Object_type_missing_selection() => ExpectErrors(Rule, """
        query directQueryOnObjectWithoutSubFields {
          human
        }
        """,
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)));

    [Fact]
    public void Interface_and_union_types_missing_selection() => ExpectErrors(Rule, """
        {
          human { pets }
          catOrDog
        }
        """,
        Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11)),
        Error("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", (3, 3)));

    [Fact]
    public void Valid_scalar_selection_with_arguments() => ExpectValid(Rule, """
        fragment scalarSelectionWithArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void Scalar_and_enum_selections_with_subfields_are_invalid() => ExpectErrors(Rule, """
        fragment scalarSelectionsNotAllowedOnBoolean on Dog {
          barks { sinceWhen }
        }

        fragment scalarSelectionsNotAllowedOnEnum on Cat {
          furColor { inHexDec }
        }

        fragment scalarSelectionsNotAllowedWithArgs on Dog {
          doesKnowCommand(dogCommand: SIT) { sinceWhen }
        }
        """,
        Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)),
        Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (6, 12)),
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (10, 36)));

    [Fact]
    public void Introspection_object_fields_need_selections() => ExpectErrors(Rule, "{ __schema { types } }",
        Error("Field \"types\" of type \"[__Type!]!\" must have a selection of subfields. Did you mean \"types { ... }\"?", (1, 14)));
}
