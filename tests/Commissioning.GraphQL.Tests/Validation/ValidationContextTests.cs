using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Validation;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>The shared fragment and variable facts rules draw on.</summary>
public class ValidationContextTests
{
    private static ValidationContext Context(DocumentNode document) =>
        new(ValidationHarness.TestSchema, document, new TypeInfo(ValidationHarness.TestSchema), _ => { });

    [Fact]
    public void Recursive_variable_usages_follow_fragments_with_the_type_and_default_at_each_position()
    {
        var document = Parser.Parse("""
            query Q($a: Boolean, $b: Int, $c: String) {
              dog {
                isHouseTrained(atOtherHomes: $a)
                ...F
              }
            }

            fragment F on Dog {
              isAtLocation(x: $b)
              ...G
              ...F
            }

            fragment G on Dog {
              name(surname: $a) @include(if: $a)
              unknown(arg: $c)
            }
            """);
        var context = Context(document);

        var usages = context.GetRecursiveVariableUsages((OperationDefinitionNode)document.Definitions[0]);

        Assert.Equal(
            [
                "$a: Boolean default True",
                "$b: Int",
                "$a: Boolean",
                "$a: Boolean!",
                "$c: ?",
            ],
            usages.Select(u => $"${u.Node.Name.Value}: {u.Type?.ToString() ?? "?"}" + (u.HasDefaultValue ? $" default {u.DefaultValue}" : "")));
    }

    [Fact]
    public void Referenced_fragments_are_found_once_each_in_discovery_order()
    {
        var document = Parser.Parse("""
            { dog { ...A ...B } }
            fragment A on Dog { ...C ...Missing }
            fragment B on Dog { ...A }
            fragment C on Dog { ... on Dog { ...B } }
            fragment Unused on Dog { name }
            """);
        var context = Context(document);

        var fragments = context.GetRecursivelyReferencedFragments((OperationDefinitionNode)document.Definitions[0]);

        Assert.Equal(["A", "B", "C"], fragments.Select(f => f.Name!.Value));
    }

    [Fact]
    public void Fragment_spreads_are_found_inside_fields_and_inline_fragments_but_not_followed()
    {
        var document = Parser.Parse("fragment F on Dog { ...A mother { ...B } ... on Dog { ...C } } fragment A on Dog { ...D }");
        var context = Context(document);

        var spreads = context.GetFragmentSpreads(((FragmentDefinitionNode)document.Definitions[0]).SelectionSet);

        Assert.Equal(["A", "B", "C"], spreads.Select(s => s.Name.Value).Order());
    }
}
