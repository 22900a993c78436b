using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.2.2.1 Lone Anonymous Operation.</summary>
public class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void No_operations() => ExpectValid(Rule, "fragment fragA on Dog { name }");

    [Fact]
    public void One_anonymous_operation_with_fragments() => ExpectValid(Rule, """
        { ...Frag }
        fragment Frag on QueryRoot { dog { name } }
        """);

    [Fact]
    public void Multiple_named_operations() => ExpectValid(Rule, """
        query Foo { dog { name } }
        query Bar { dog { name } }
        """);

    [Fact]
    public void Spec_example_anonymous_operation_beside_a_named_one_is_invalid() => ExpectErrors(Rule, """
        {
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
        Error("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Every_anonymous_operation_is_reported() => ExpectErrors(Rule, """
        { dog { name } }
        { cat { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)),
        Error("This anonymous operation must be the only defined operation.", (2, 1)));

    [Fact]
    public void Anonymous_subscription_beside_a_named_operation() => ExpectErrors(Rule, """
        subscription { newMessage { body } }
        query Foo { dog { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));
}
