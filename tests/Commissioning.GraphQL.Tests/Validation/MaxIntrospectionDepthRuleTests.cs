using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>graphql-js's recommended introspection depth limit (spec §4 leaves introspection cost to services).</summary>
public class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void A_full_introspection_style_query_is_valid() => ExpectValid(Rule, """
        {
          __schema {
            types {
              fields { type { ofType { name } } args { name } }
              interfaces { name }
              possibleTypes { name }
              inputFields { name }
            }
          }
        }
        """);

    [Fact]
    public void Two_nested_list_fields_are_allowed() => ExpectValid(Rule, """
        {
          __type(name: "Dog") {
            fields {
              type {
                fields { name }
              }
            }
          }
        }
        """);

    [Fact]
    public void Three_nested_list_fields_exceed_the_limit() => ExpectErrors(Rule, """
        {
          __schema {
            types {
              fields {
                type {
                  fields {
                    type {
                      fields {
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """,
        Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Depth_counts_through_fragments_and_inline_fragments() => ExpectErrors(Rule, """
        query {
          __type(name: "Dog") {
            ...Fields
          }
        }

        fragment Fields on __Type {
          interfaces {
            ... on __Type {
              possibleTypes {
                ...Inputs
              }
            }
          }
        }

        fragment Inputs on __Type {
          inputFields { name }
        }
        """,
        Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Cyclic_fragments_do_not_loop() => ExpectErrors(Rule, """
        {
          __schema { types { ...T } }
        }

        fragment T on __Type {
          fields { type { ...T } }
        }
        """,
        Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Ordinary_fields_named_like_introspection_lists_are_not_counted() => ExpectValid(Rule, """
        {
          dog { name }
          human { pets { name } relatives { relatives { relatives { name } } } }
        }
        """);
}
