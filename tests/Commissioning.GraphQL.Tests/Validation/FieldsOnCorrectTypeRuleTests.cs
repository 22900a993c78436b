using Commissioning.GraphQL.Utilities;
using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.3.1 Field Selections, with graphql-js's suggestions.</summary>
public class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void Spec_example_undefined_fields() => ExpectSpecErrors(Rule, """
        fragment fieldNotDefined on Dog {
          meowVolume
        }

        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume: kawVolume
        }
        """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
        Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (6, 3)));

    [Fact]
    public void Spec_example_interface_fields() => ExpectSpecValid(Rule, """
        fragment interfaceFieldSelection on Pet {
          name
        }
        """);

    [Fact]
    public void Spec_example_field_not_on_the_interface() => ExpectSpecErrors(Rule, """
        fragment definedOnImplementersButNotInterface on Pet {
          nickname
        }
        """,
        Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));

    [Fact]
    public void Spec_example_union_typename_and_fragments() => ExpectSpecValid(Rule, """
        fragment inDirectFieldSelectionOnUnion on CatOrDog {
          __typename
          ... on Pet {
            name
          }
          ... on Dog {
            barkVolume
          }
        }
        """);

    [Fact]
    public void Spec_example_direct_field_on_a_union() => ExpectSpecErrors(Rule, """
        fragment directFieldSelectionOnUnion on CatOrDog {
          directField
        }
        """,
        Error("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)));

    [Fact]
    public void Meta_fields_are_known_where_they_apply() => ExpectValid(Rule, """
        {
          __schema { queryType { name } }
          __type(name: "Dog") { name }
          dog { __typename name }
          catOrDog { __typename }
        }
        """);

    [Fact]
    public void Schema_meta_fields_exist_only_on_the_query_root() => ExpectErrors(Rule, "{ dog { __schema { queryType { name } } } }",
        Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));

    [Fact]
    public void Ignores_fields_on_unknown_types_and_reports_nested_unknown_fields_once() => ExpectErrors(Rule, """
        fragment typeKnownAgain on Pet {
          unknown_pet_field {
            ... on Cat {
              unknown_cat_field
            }
          }
        }
        """,
        Error("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (2, 3)),
        Error("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (4, 7)));

    [Fact]
    public void Unknown_field_on_an_interface_suggests_implementing_types_then_fields() => ExpectErrors(Rule, """
        fragment fieldNotDefined on Pet {
          tailLength
          nickname
        }
        """,
        Error("Cannot query field \"tailLength\" on type \"Pet\".", (2, 3)),
        Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (3, 3)));

    [Fact]
    public void Union_members_defining_the_field_are_suggested() => ExpectErrors(Rule, "fragment f on CatOrDog { name }",
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 26)));

    [Fact]
    public void Suggestions_put_shared_interfaces_and_super_types_first()
    {
        var schema = BuildAstSchema.Build("""
            interface T { y: String }
            interface Animal { name: String }
            interface Mammal implements Animal { name: String }
            interface Canine implements Animal & Mammal { name: String }
            type Dog implements Animal & Mammal & Canine { name: String }
            interface Feline implements Animal & Mammal { name: String }
            type Cat implements Animal & Mammal & Feline { name: String }
            type Query { t: T animal: Animal }
            """);
        ExpectErrors(Rule, "{ animal { ... on T { name } } }",
            [Error("Cannot query field \"name\" on type \"T\".", (1, 23))], schema);
    }

    [Fact]
    public void Sibling_interfaces_are_ordered_by_usage_then_name()
    {
        var schema = BuildAstSchema.Build("""
            interface Animal { a: Int }
            interface Named { name: String }
            interface Canine { name: String }
            type Dog implements Animal & Named & Canine { a: Int name: String }
            type Wolf implements Animal & Canine { a: Int name: String }
            type Query { animal: Animal }
            """);
        ExpectErrors(Rule, "{ animal { name } }",
            [Error("Cannot query field \"name\" on type \"Animal\". Did you mean to use an inline fragment on \"Canine\", \"Named\", \"Dog\", or \"Wolf\"?", (1, 12))],
            schema);
    }

    [Fact]
    public void Typo_suggests_similar_fields_in_distance_order() => ExpectErrors(Rule, "fragment f on Dog { nam namee }",
        Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 21)),
        Error("Cannot query field \"namee\" on type \"Dog\". Did you mean \"name\"?", (1, 25)));

    [Fact]
    public void At_most_five_suggestions_are_listed()
    {
        var schema = BuildAstSchema.Build("""
            interface T { f: Int }
            type A implements T { f: Int }
            type B implements T { f: Int }
            type C implements T { f: Int }
            type D implements T { f: Int }
            type E implements T { f: Int }
            type F implements T { f: Int }
            type Query { t: T }
            union U = A | B | C | D | E | F
            """);
        ExpectErrors(Rule, "{ t { ... on U { f } } }",
            [Error("Cannot query field \"f\" on type \"U\". Did you mean to use an inline fragment on \"T\", \"A\", \"B\", \"C\", or \"D\"?", (1, 18))],
            schema);
    }
}
