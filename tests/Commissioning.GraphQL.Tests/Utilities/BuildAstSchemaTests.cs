using Commissioning.GraphQL.Tests.Execution;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Tests.Utilities;

/// <summary>SDL built into a schema and printed again must come back as written, like graphql-js buildSchema.</summary>
public class BuildAstSchemaTests
{
    [Fact]
    public void Rich_sdl_round_trips_through_the_schema_printer()
    {
        // Every type kind, a repeatable directive, descriptions (block and inline), defaults (lists, input
        // objects, enum values), @deprecated with and without reason, @specifiedBy and @oneOf.
        // A default is kept as its coerced value, and input coercion fills in the fields' own defaults (§3.10), so
        // the input object default states minRating, whose default it would otherwise gain.
        var sdl = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Utilities", "SchemaPrinterExpected.graphql"))
            .Replace("""tags: ["c"]}""", """tags: ["c"], minRating: 2.5}""", StringComparison.Ordinal);
        Assert.Contains("minRating: 2.5}", sdl, StringComparison.Ordinal);

        Assert.Equal(sdl, SchemaPrinter.Print(BuildAstSchema.Build(sdl)));
    }

    [Fact]
    public void Schema_definition_with_description_and_renamed_roots_round_trips()
    {
        const string sdl = """"
            """The API."""
            schema {
              query: Root
              mutation: Change
            }

            type Root {
              ping: String
            }

            type Change {
              touch(times: Int = 1): Boolean
            }
            """";

        var schema = BuildAstSchema.Build(sdl);

        Assert.Equal("Root", schema.QueryType?.Name);
        Assert.Equal("Change", schema.MutationType?.Name);
        Assert.Null(schema.SubscriptionType);
        Assert.Equal(sdl, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Extensions_add_fields_values_members_and_interfaces()
    {
        var schema = BuildAstSchema.Build("""
            type Query { a: String }
            type Other { b: Int }
            interface Named { name: String }
            enum Colour { RED }
            union Thing = Query
            input Filter { x: Int }

            extend type Query implements Named { name: String }
            extend enum Colour { GREEN }
            extend union Thing = Other
            extend input Filter { y: Int }
            extend schema { mutation: Other }
            """);

        var query = (ObjectType)schema.GetType("Query")!;
        Assert.Equal(["a", "name"], query.Fields.Select(f => f.Name));
        Assert.Equal(["Named"], query.Interfaces.Select(i => i.Name));
        Assert.Equal(["RED", "GREEN"], ((EnumType)schema.GetType("Colour")!).Values.Select(v => v.Name));
        Assert.Equal(["Query", "Other"], ((UnionType)schema.GetType("Thing")!).Types.Select(t => t.Name));
        Assert.Equal(["x", "y"], ((InputObjectType)schema.GetType("Filter")!).Fields.Select(f => f.Name));
        Assert.Equal("Other", schema.MutationType?.Name);
    }

    [Fact]
    public void Directive_definitions_keep_repeatability_and_may_replace_a_specified_directive()
    {
        var schema = BuildAstSchema.Build("""
            type Query { a: String }
            directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT
            "Overridden."
            directive @deprecated(reason: String) on FIELD_DEFINITION
            """);

        Assert.True(schema.GetDirective("tag")!.IsRepeatable);
        Assert.Equal("Overridden.", schema.GetDirective("deprecated")!.Description);
        Assert.Single(schema.Directives, d => d.Name == "deprecated");
        Assert.NotNull(schema.GetDirective("skip"));
    }

    [Fact]
    public async Task Options_supply_resolvers_that_execution_uses()
    {
        var schema = BuildAstSchema.Build("type Query { greeting: String }", new BuildAstSchemaOptions
        {
            Resolver = (type, field) => type == "Query" && field == "greeting" ? _ => new ValueTask<object?>("hello") : null,
        });

        Assert.Equal(Run.Expected("{'data':{'greeting':'hello'}}"), await Run.Json(schema, "{ greeting }"));
    }

    [Theory]
    [InlineData("type Query { a: Missing }", "Unknown type: \"Missing\".")]
    [InlineData("type Query { a: String } union U = Query | Missing", "Unknown type: \"Missing\".")]
    [InlineData("type Query implements Missing { a: String }", "Unknown type: \"Missing\".")]
    [InlineData("type Query { a: String } union U = String", "Type \"String\" cannot be used where ObjectType is required.")]
    public void A_name_the_document_does_not_define_as_needed_is_reported_by_name(string sdl, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => BuildAstSchema.Build(sdl));
        Assert.Equal(message, error.Message);
    }
}
