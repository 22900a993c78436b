using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.1.1 Executable Definitions.</summary>
public class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void Operations_and_fragments_are_executable() => ExpectValid(Rule, """
        query Foo {
          dog {
            ...Frag
          }
        }

        fragment Frag on Dog {
          name
        }
        """);

    [Fact]
    public void An_object_type_definition_is_not_executable() => ExpectErrors(Rule, """
        query Foo {
          dog {
            name
          }
        }

        type Cow {
          name: String
        }

        extend type Dog {
          color: String
        }
        """,
        Error("The \"Cow\" definition is not executable.", (7, 1)),
        Error("The \"Dog\" definition is not executable.", (11, 1)));

    [Fact]
    public void Schema_definitions_are_named_schema() => ExpectErrors(Rule, """
        schema {
          query: Query
        }

        type Query {
          test: String
        }

        extend schema @directive
        """,
        Error("The schema definition is not executable.", (1, 1)),
        Error("The \"Query\" definition is not executable.", (5, 1)),
        Error("The schema definition is not executable.", (9, 1)));

    [Fact]
    public void Directive_definitions_are_not_executable() => ExpectErrors(Rule, """
        { dog { name } }

        directive @foo on FIELD
        """,
        Error("The \"foo\" definition is not executable.", (3, 1)));
}
