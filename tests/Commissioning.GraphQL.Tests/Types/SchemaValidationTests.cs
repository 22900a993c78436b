using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Types;

/// <summary>Spec §3 type validation at schema build time, with graphql-js validateSchema messages.</summary>
public class SchemaValidationTests
{
    private static ObjectType Query(params FieldDefinition[] fields)
    {
        var q = new ObjectType("Query");
        foreach (var f in fields) q.AddField(f);
        return q;
    }

    private static string[] Errors(SchemaOptions options) =>
        Assert.Throws<SchemaValidationException>(() => new Schema(options)).Errors.Select(e => e.Message).ToArray();

    [Fact]
    public void Requires_a_query_root_type() =>
        Assert.Equal(["Query root type must be provided."], Errors(new SchemaOptions()));

    [Fact]
    public void Rejects_types_without_fields_values_or_members_and_reports_all_at_once()
    {
        var empty = new ObjectType("Empty");
        var emptyEnum = new EnumType("Nothing");
        var emptyUnion = new UnionType("NoMembers");
        var emptyInput = new InputObjectType("NoFields");
        var errors = Errors(new SchemaOptions { Query = Query(new FieldDefinition("a", Scalars.String)), Types = [empty, emptyEnum, emptyUnion, emptyInput] });
        Assert.Equal(
        [
            "Type Empty must define one or more fields.",
            "Enum type Nothing must define one or more values.",
            "Union type NoMembers must define one or more member types.",
            "Input Object type NoFields must define one or more fields.",
        ], errors);
    }

    [Fact]
    public void Rejects_reserved_and_malformed_names()
    {
        var errors = Errors(new SchemaOptions { Query = Query(new FieldDefinition("__bad", Scalars.String), new FieldDefinition("has-dash", Scalars.String)) });
        Assert.Equal(
        [
            "Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Names must only contain [_a-zA-Z0-9] but \"has-dash\" does not.",
        ], errors);
    }

    [Fact]
    public void Rejects_input_types_as_field_types_and_output_types_as_argument_types()
    {
        var input = new InputObjectType("In").AddField(new InputValueDefinition("x", Scalars.Int));
        var output = new ObjectType("Out").AddField(new FieldDefinition("x", Scalars.Int));
        var field = new FieldDefinition("f", new ListType(input)).AddArgument(new InputValueDefinition("arg", new NonNullType(output)));
        var errors = Errors(new SchemaOptions { Query = Query(field) });
        Assert.Contains("The type of Query.f must be Output Type but got: [In].", errors);
        Assert.Contains("The type of Query.f(arg:) must be Input Type but got: Out!.", errors);
    }

    [Fact]
    public void Enforces_interface_implementation_rules()
    {
        var named = new InterfaceType("Named").AddField(new FieldDefinition("name", new NonNullType(Scalars.String))
            .AddArgument(new InputValueDefinition("locale", Scalars.String)));
        var node = new InterfaceType("Node").AddField(new FieldDefinition("id", new NonNullType(Scalars.ID)));
        var entity = new InterfaceType("Entity").Implements(node).AddField(new FieldDefinition("id", new NonNullType(Scalars.ID)));
        var person = new ObjectType("Person").Implements(named, entity)
            .AddField(new FieldDefinition("name", Scalars.String).AddArgument(new InputValueDefinition("locale", Scalars.Int)))
            .AddField(new FieldDefinition("id", new NonNullType(Scalars.ID)).AddArgument(new InputValueDefinition("required", new NonNullType(Scalars.Int))));
        var errors = Errors(new SchemaOptions { Query = Query(new FieldDefinition("p", person)) });
        Assert.Equal(
        [
            "Interface field Named.name expects type String! but Person.name is type String.",
            "Interface field argument Named.name(locale:) expects type String but Person.name(locale:) is type Int.",
            "Type Person must implement Node because it is implemented by Entity.",
            "Object field Person.id includes required argument required that is missing from the Interface field Entity.id.",
        ], errors);
    }

    [Fact]
    public void Accepts_covariant_field_types_and_transitive_interfaces()
    {
        // Field types of implementations may be subtypes of the interface's (§3.6.1 IsValidImplementationFieldType).
        var node = new InterfaceType("Node");
        node.AddField(new FieldDefinition("id", Scalars.ID)).AddField(new FieldDefinition("self", node));
        var resource = new InterfaceType("Resource").Implements(node).AddField(new FieldDefinition("id", new NonNullType(Scalars.ID)))
            .AddField(new FieldDefinition("self", node));
        var file = new ObjectType("File").Implements(resource, node)
            .AddField(new FieldDefinition("id", new NonNullType(Scalars.ID)))
            .AddField(new FieldDefinition("self", new NonNullType(resource)));
        var schema = new Schema(new SchemaOptions { Query = Query(new FieldDefinition("file", file)) });
        Assert.True(schema.IsSubType(node, file));
        Assert.True(schema.IsSubType(node, resource));
        Assert.Equal(["File"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Equal(["Resource"], schema.GetImplementations(node).Interfaces.Select(t => t.Name));
    }

    [Fact]
    public void Rejects_a_missing_interface_field_and_self_implementation()
    {
        var node = new InterfaceType("Node").AddField(new FieldDefinition("id", Scalars.ID));
        node.Implements(node);
        var thing = new ObjectType("Thing").Implements(node).AddField(new FieldDefinition("name", Scalars.String));
        var errors = Errors(new SchemaOptions { Query = Query(new FieldDefinition("t", thing)) });
        Assert.Contains("Interface field Node.id expected but Thing does not provide it.", errors);
        Assert.Contains("Type Node cannot implement itself because it would create a circular reference.", errors);
    }

    [Fact]
    public void Rejects_non_null_input_object_cycles_but_allows_nullable_ones()
    {
        var a = new InputObjectType("A");
        var b = new InputObjectType("B");
        a.AddField(new InputValueDefinition("b", new NonNullType(b))).AddField(new InputValueDefinition("self", a));
        b.AddField(new InputValueDefinition("a", new NonNullType(a)));
        var errors = Errors(new SchemaOptions { Query = Query(new FieldDefinition("f", Scalars.Int).AddArgument(new InputValueDefinition("a", a))) });
        Assert.Equal(["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"."], errors);
    }

    [Fact]
    public void Enforces_oneOf_and_deprecation_rules()
    {
        var by = new InputObjectType("By") { IsOneOf = true }
            .AddField(new InputValueDefinition("id", new NonNullType(Scalars.ID)))
            .AddField(new InputValueDefinition("name", Scalars.String) { DefaultValue = "x" });
        var input = new InputObjectType("In").AddField(new InputValueDefinition("must", new NonNullType(Scalars.Int)) { DeprecationReason = "old" });
        var field = new FieldDefinition("f", Scalars.Int)
            .AddArgument(new InputValueDefinition("by", by))
            .AddArgument(new InputValueDefinition("in", input))
            .AddArgument(new InputValueDefinition("req", new NonNullType(Scalars.Int)) { DeprecationReason = "old" })
            .AddArgument(new InputValueDefinition("ok", new NonNullType(Scalars.Int)) { DeprecationReason = "old", DefaultValue = 1 });
        var errors = Errors(new SchemaOptions { Query = Query(field) });
        Assert.Equal(
        [
            "Required argument Query.f(req:) cannot be deprecated.",
            "OneOf input field By.id must be nullable.",
            "OneOf input field By.name cannot have a default value.",
            "Required input field In.must cannot be deprecated.",
        ], errors);
    }

    [Fact]
    public void Rejects_duplicate_type_names_invalid_directives_and_enum_values()
    {
        var first = new ObjectType("Thing").AddField(new FieldDefinition("a", Scalars.Int));
        var second = new ObjectType("Thing").AddField(new FieldDefinition("b", Scalars.Int));
        var directive = new DirectiveDefinition("nowhere");
        var e = new EnumType("Flag").AddValue("true");
        var errors = Errors(new SchemaOptions
        {
            Query = Query(new FieldDefinition("a", first), new FieldDefinition("b", second), new FieldDefinition("c", e)),
            Directives = [.. Directives.Specified, directive],
        });
        Assert.Contains("Schema must contain uniquely named types but contains multiple types named \"Thing\".", errors);
        Assert.Contains("Directive @nowhere must include 1 or more locations.", errors);
        Assert.Contains("Enum values cannot be named: true", errors);
    }

    [Fact]
    public void Rejects_duplicate_union_members()
    {
        var a = new ObjectType("A").AddField(new FieldDefinition("x", Scalars.Int));
        var u = new UnionType("U", a, a);
        Assert.Equal(["Union type U can only include type A once."], Errors(new SchemaOptions { Query = Query(new FieldDefinition("u", u)) }));
    }

    [Fact]
    public void A_built_schema_is_frozen_and_indexed()
    {
        var book = new ObjectType("Book").AddField(new FieldDefinition("title", Scalars.String));
        var query = Query(new FieldDefinition("book", book));
        var schema = new Schema(new SchemaOptions { Query = query });
        Assert.Throws<InvalidOperationException>(() => book.AddField(new FieldDefinition("late", Scalars.String)));
        Assert.Throws<InvalidOperationException>(() => book.Fields["title"]!.Metadata["cost"] = 1);
        Assert.Same(book, schema.GetType("Book"));
        Assert.Same(Directives.Skip, schema.GetDirective("skip"));
        Assert.Equal(["Query", "Book", "String", "Boolean", "__Schema"], schema.Types.Take(5).Select(t => t.Name));
    }
}
