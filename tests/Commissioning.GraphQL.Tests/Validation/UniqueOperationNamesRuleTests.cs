using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.2.1.1 Operation Name Uniqueness.</summary>
public class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void No_operations() => ExpectValid(Rule, "fragment fragA on Dog { name }");

    [Fact]
    public void One_anonymous_operation() => ExpectValid(Rule, "{ dog { name } }");

    [Fact]
    public void Multiple_operations_of_different_types_and_names() => ExpectValid(Rule, """
        query Foo { dog { name } }
        mutation Bar { addPet(name: "x") { name } }
        subscription Baz { newMessage { body } }
        """);

    [Fact]
    public void Fragment_and_operation_may_share_a_name() => ExpectValid(Rule, """
        query Foo { dog { ...Foo } }
        fragment Foo on Dog { name }
        """);

    [Fact]
    public void Spec_example_repeated_operation_name_is_invalid() => ExpectErrors(Rule, """
        query getName {
          dog {
            name
          }
        }

        query getName {
          dog {
            owner {
              name
            }
          }
        }
        """,
        Error("There can be only one operation named \"getName\".", (1, 7), (7, 7)));

    [Fact]
    public void Operations_of_different_types_may_not_share_a_name() => ExpectErrors(Rule, """
        query Foo { dog { name } }
        mutation Foo { addPet(name: "x") { name } }
        subscription Foo { newMessage { body } }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 10)),
        Error("There can be only one operation named \"Foo\".", (1, 7), (3, 14)));
}
