using Commissioning.GraphQL.Utilities;
using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.2.3.1 Single Root Field.</summary>
public class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void Spec_example_valid_subscription() => ExpectSpecValid(Rule, """
        subscription sendNewMessage {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void Spec_example_fragment_with_one_root_field() => ExpectSpecValid(Rule, """
        subscription sendNewMessage {
          ...newMessageFields
        }

        fragment newMessageFields on Subscription {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void Spec_example_two_root_fields() => ExpectSpecErrors(Rule, """
        subscription sendNewMessage {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        Error("Subscription \"sendNewMessage\" must select only one top level field.", (6, 3)));

    [Fact]
    public void Spec_example_second_root_field_through_a_fragment() => ExpectSpecErrors(Rule, """
        subscription sendNewMessage {
          ...multipleSubscriptions
        }

        fragment multipleSubscriptions on Subscription {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        Error("Subscription \"sendNewMessage\" must select only one top level field.", (10, 3)));

    [Fact]
    public void Spec_example_introspection_root_field() => ExpectSpecErrors(Rule, """
        subscription sendNewMessage {
          newMessage {
            body
            sender
          }
          __typename
        }
        """,
        Error("Subscription \"sendNewMessage\" must select only one top level field.", (6, 3)),
        Error("Subscription \"sendNewMessage\" must not select an introspection top level field.", (6, 3)));

    [Fact]
    public void Anonymous_subscription_with_only_an_introspection_field() => ExpectErrors(Rule, """
        subscription {
          __typename
        }
        """,
        Error("Anonymous Subscription must not select an introspection top level field.", (2, 3)));

    [Fact]
    public void Every_extra_field_is_named_including_repeats_of_one_key() => ExpectErrors(Rule, """
        subscription ImportantEmails {
          newMessage { body }
          disallowedSecondRootField
          ...Extra
          disallowedSecondRootField
        }

        fragment Extra on SubscriptionRoot {
          catSubscribe { name }
        }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3), (5, 3), (9, 3)));

    [Fact]
    public void The_same_field_twice_is_one_root_field() => ExpectValid(Rule, """
        subscription {
          newMessage { body }
          newMessage { sender }
        }
        """);

    [Fact]
    public void Inline_fragments_on_the_subscription_type_are_followed() => ExpectErrors(Rule, """
        subscription {
          ... on SubscriptionRoot {
            newMessage { body }
          }
          ... {
            catSubscribe { name }
          }
        }
        """,
        Error("Anonymous Subscription must select only one top level field.", (6, 5)));

    [Fact]
    public void Fragments_whose_type_condition_does_not_apply_add_no_field() => ExpectValid(Rule, """
        subscription {
          newMessage { body }
          ... on QueryRoot { dog { name } }
          ...OnQuery
        }

        fragment OnQuery on QueryRoot {
          cat { name }
        }
        """);

    [Fact]
    public void Skip_and_include_are_forbidden_in_the_top_level_selection() => ExpectErrors(Rule, """
        subscription RequiredRuntimeValidation($bool: Boolean!) {
          newMessage @include(if: $bool) {
            body
          }
          disallowedSecondRootField @skip(if: $bool)
        }
        """,
        Error("Subscription \"RequiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection.", (2, 14), (5, 29)));

    [Fact]
    public void Skip_inside_a_fragment_at_the_top_level_is_forbidden_even_with_a_literal() => ExpectErrors(Rule, """
        subscription {
          ...Fields
        }

        fragment Fields on SubscriptionRoot {
          newMessage @skip(if: false) { body }
        }
        """,
        Error("Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (6, 14)));

    [Fact]
    public void Skip_below_the_top_level_is_allowed() => ExpectValid(Rule, """
        subscription ($bool: Boolean!) {
          newMessage {
            body @skip(if: $bool)
          }
        }
        """);

    [Fact]
    public void Queries_may_select_many_root_fields() => ExpectValid(Rule, "{ dog { name } cat { name } }");

    [Fact]
    public void Schemas_without_subscriptions_are_left_to_other_checks() => ExpectErrors(Rule, "subscription { a b }", [],
        BuildAstSchema.Build("type Query { a: Int b: Int }"));
}
