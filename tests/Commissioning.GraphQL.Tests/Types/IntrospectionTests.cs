using Commissioning.GraphQL.Tests.Utilities;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Types;

/// <summary>Spec §4: the introspection types' shape and their resolvers over a real schema.</summary>
public class IntrospectionTests
{
    private static readonly Schema Schema = SchemaPrinterTests.LibrarySchema();

    [Fact]
    public void Introspection_types_have_every_field_of_the_spec()
    {
        Assert.Equal(["description", "types", "queryType", "mutationType", "subscriptionType", "directives"], Names(Introspection.SchemaType));
        Assert.Equal(["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            Names(Introspection.TypeType));
        Assert.Equal(["name", "description", "args", "type", "isDeprecated", "deprecationReason"], Names(Introspection.FieldType));
        Assert.Equal(["name", "description", "type", "defaultValue", "isDeprecated", "deprecationReason"], Names(Introspection.InputValueType));
        Assert.Equal(["name", "description", "isDeprecated", "deprecationReason"], Names(Introspection.EnumValueType));
        Assert.Equal(["name", "description", "isRepeatable", "locations", "args"], Names(Introspection.DirectiveType));
        Assert.Equal("[__Field!]", Introspection.TypeType.Fields["fields"]!.Type.ToString());
        Assert.Equal("includeDeprecated", Introspection.TypeType.Fields["inputFields"]!.Arguments[0].Name);
        Assert.Equal("__type", Introspection.TypeMetaField.Name);
        Assert.Equal("String!", Introspection.TypeMetaField.Arguments["name"]!.Type.ToString());
        Assert.False(Schema.QueryType!.Fields.Contains("__typename"));
    }

    [Fact]
    public void Introspection_types_are_in_every_schema_and_not_printed()
    {
        foreach (var t in Introspection.Types) Assert.Same(t, Schema.GetType(t.Name));
    }

    [Fact]
    public async Task Type_resolvers_describe_types_and_hide_deprecated_members_unless_asked()
    {
        var book = Schema.GetType("Book")!;
        var type = Introspection.TypeType;
        Assert.Equal(TypeKind.OBJECT, await Resolve(type, "kind", book));
        var fields = (IReadOnlyList<FieldDefinition>)(await Resolve(type, "fields", book))!;
        Assert.DoesNotContain(fields, f => f.Name == "isbn");
        var all = (IReadOnlyList<FieldDefinition>)(await Resolve(type, "fields", book, new() { ["includeDeprecated"] = true }))!;
        Assert.Contains(all, f => f.Name == "isbn");
        Assert.Null(await Resolve(type, "enumValues", book));
        Assert.Equal(["Node"], ((IReadOnlyList<InterfaceType>)(await Resolve(type, "interfaces", book))!).Select(i => i.Name));

        var node = Schema.GetType("Node")!;
        Assert.Equal(["Book"], ((IReadOnlyList<ObjectType>)(await Resolve(type, "possibleTypes", node))!).Select(o => o.Name));
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", await Resolve(type, "specifiedByURL", Schema.GetType("DateTime")));
        Assert.Equal(true, await Resolve(type, "isOneOf", Schema.GetType("BookBy")));
        Assert.Null(await Resolve(type, "isOneOf", book));
        var nonNull = new NonNullType(book);
        Assert.Equal(TypeKind.NON_NULL, await Resolve(type, "kind", nonNull));
        Assert.Same(book, await Resolve(type, "ofType", nonNull));
        Assert.Null(await Resolve(type, "name", nonNull));
    }

    [Fact]
    public async Task Input_values_print_their_defaults_as_GraphQL()
    {
        var filter = Schema.QueryType!.Fields["books"]!.Arguments["filter"]!;
        Assert.Equal("{title: \"x\", tags: [\"c\"]}", await Resolve(Introspection.InputValueType, "defaultValue", filter));
        var status = ((ObjectType)Schema.GetType("Book")!).Fields["tags"]!.Arguments["status"]!;
        Assert.Equal("ON_LOAN", await Resolve(Introspection.InputValueType, "defaultValue", status));
        Assert.Null(await Resolve(Introspection.InputValueType, "defaultValue", Schema.QueryType!.Fields["search"]!.Arguments["term"]));
    }

    [Fact]
    public async Task Schema_and_directive_resolvers()
    {
        var directives = (IReadOnlyList<DirectiveDefinition>)(await Resolve(Introspection.SchemaType, "directives", Schema))!;
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf", "cost"], directives.Select(d => d.Name));
        var cost = directives[^1];
        Assert.Equal(true, await Resolve(Introspection.DirectiveType, "isRepeatable", cost));
        Assert.Same(Schema.QueryType, await Resolve(Introspection.SchemaType, "queryType", Schema));
        Assert.Null(await Resolve(Introspection.SchemaType, "mutationType", Schema));
        Assert.Equal("No longer supported", await Resolve(Introspection.InputValueType, "defaultValue", Directives.Deprecated.Arguments[0]) is string s ? s.Trim('"') : null);
    }

    [Fact]
    public async Task Meta_fields_answer_schema_type_and_typename()
    {
        var query = Schema.QueryType!;
        var ctx = new TestResolveContext
        {
            Schema = Schema, FieldDefinition = Introspection.TypeMetaField, ParentType = query,
            Arguments = new Dictionary<string, object?> { ["name"] = "Book" },
        };
        Assert.Same(Schema.GetType("Book"), await Introspection.TypeMetaField.Resolver!(ctx));
        var typename = new TestResolveContext { Schema = Schema, FieldDefinition = Introspection.TypeNameMetaField, ParentType = query };
        Assert.Equal("Query", await Introspection.TypeNameMetaField.Resolver!(typename));
        var schemaCtx = new TestResolveContext { Schema = Schema, FieldDefinition = Introspection.SchemaMetaField, ParentType = query };
        Assert.Same(Schema, await Introspection.SchemaMetaField.Resolver!(schemaCtx));
    }

    private static string[] Names(ObjectType type) => type.Fields.Select(f => f.Name).ToArray();

    private static Task<object?> Resolve(ObjectType type, string field, object? source, Dictionary<string, object?>? args = null) =>
        TestResolveContext.Resolve(Schema, type, field, source, args);
}
