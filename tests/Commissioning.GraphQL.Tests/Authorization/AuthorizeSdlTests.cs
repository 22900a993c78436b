using Commissioning.GraphQL.Authorization;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Tests.Authorization;

/// <summary>@authorize declared with the code-first builder is part of the schema: defined, applied and printed.</summary>
public class AuthorizeSdlTests
{
    public sealed record Case(string Title, string Notes);

    private static Schema Build() => new SchemaBuilder()
        .Object<Case>("Case", t =>
        {
            t.Authorize("NURSE", "DIRECTOR");
            t.Field("title", c => c.Title);
            t.Field("notes", c => c.Notes).Authorize("NURSE").AuthorizePolicy("OwnCases");
        })
        .Query(q =>
        {
            q.Field("cases", (_, _) => new List<Case>()).Type(TypeReference.Named("Case").NonNull().List().NonNull()).Authorize();
            q.Field("open", (_, _) => "yes");
        })
        .Build();

    [Fact]
    public void Printed_schema_defines_the_directive_and_shows_every_rule_where_it_applies()
    {
        var sdl = SchemaPrinter.Print(Build());

        Assert.Contains(""""
            directive @authorize(
              """A named policy the caller must satisfy, defined by the server."""
              policy: String

              """
              The caller must hold one of these roles; when omitted, any signed-in caller may.
              """
              roles: [String!]
            ) repeatable on OBJECT | FIELD_DEFINITION
            """", sdl);
        Assert.Contains("""
            type Case @authorize(roles: ["NURSE", "DIRECTOR"]) {
              title: String!
              notes: String! @authorize(roles: ["NURSE"]) @authorize(policy: "OwnCases")
            }
            """, sdl);
        Assert.Contains("type Query {\n  cases: [Case!]! @authorize\n  open: String\n}", sdl);
    }

    [Fact]
    public void A_schema_without_rules_does_not_define_the_directive()
    {
        var schema = new SchemaBuilder().Query(q => q.Field("open", (_, _) => "yes")).Build();

        Assert.Null(schema.GetDirective(AuthorizeDirective.Name));
        Assert.DoesNotContain("@authorize", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Rules_are_readable_from_the_built_schema()
    {
        var schema = Build();
        var type = (ObjectType)schema.GetType("Case")!;

        var typeRules = AuthorizeDirective.RulesOf(type.AppliedDirectives)!;
        var fieldRules = AuthorizeDirective.RulesOf(type.Fields["notes"]!.AppliedDirectives)!;

        Assert.Equal(["NURSE", "DIRECTOR"], Assert.Single(typeRules).Roles);
        Assert.Equal(2, fieldRules.Length);
        Assert.Equal("OwnCases", fieldRules[1].Policy);
        Assert.Null(AuthorizeDirective.RulesOf(type.Fields["title"]!.AppliedDirectives));
        Assert.Same(AuthorizeDirective.Definition, schema.GetDirective("authorize"));
    }

    [Fact]
    public void Objects_inherit_the_rules_of_interface_fields_they_do_not_redeclare()
    {
        var schema = new SchemaBuilder()
            .Interface<Case>("Record", i => i.Field("notes", c => c.Notes).Authorize("NURSE"))
            .Object<Case>("Case", t => t.Implements("Record").Field("title", c => c.Title))
            .Query(q => q.Field("case", (_, _) => new Case("t", "n")))
            .Build();

        var notes = ((ObjectType)schema.GetType("Case")!).Fields["notes"]!;
        Assert.Equal(["NURSE"], Assert.Single(AuthorizeDirective.RulesOf(notes.AppliedDirectives)!).Roles);
    }

    [Fact]
    public void Rules_cannot_change_once_the_schema_is_built()
    {
        var type = (ObjectType)Build().GetType("Case")!;

        Assert.Throws<InvalidOperationException>(() => type.ApplyDirective(AuthorizeDirective.Apply(new AuthorizationRule(["X"]))));
        Assert.Throws<InvalidOperationException>(() => type.Fields["title"]!.ApplyDirective(AuthorizeDirective.Apply(new AuthorizationRule(["X"]))));
    }

    [Fact]
    public void Rules_can_be_kept_in_one_place_and_applied_by_schema_coordinate()
    {
        var schema = new SchemaBuilder()
            .Object<Case>("Case", t => t.Field("title", c => c.Title))
            .Query(q => q.Field("case", (_, _) => new Case("t", "n")).Type("Case"))
            .Authorize(new AuthorizationRule(["NURSE"]), "Case")
            .Authorize(new AuthorizationRule(["DIRECTOR"]), "Query", "case")
            .Build();

        var sdl = SchemaPrinter.Print(schema);

        Assert.Contains("type Case @authorize(roles: [\"NURSE\"]) {", sdl);
        Assert.Contains("  case: Case @authorize(roles: [\"DIRECTOR\"])\n", sdl);
        Assert.NotNull(schema.GetDirective(AuthorizeDirective.Name));
    }

    [Theory]
    [InlineData("Missing", null)]
    [InlineData("Case", "missing")]
    public void A_rule_for_a_coordinate_that_does_not_exist_fails_the_build(string typeName, string? fieldName)
    {
        var builder = new SchemaBuilder()
            .Object<Case>("Case", t => t.Field("title", c => c.Title))
            .Query(q => q.Field("case", (_, _) => new Case("t", "n")).Type("Case"))
            .Authorize(new AuthorizationRule(["NURSE"]), typeName, fieldName);

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains(fieldName is null ? typeName : typeName + "." + fieldName, error.Message);
    }
}
