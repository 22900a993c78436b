using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Tests.Language;

/// <summary>Spec §3 type system definitions and extensions.</summary>
public class TypeSystemParserTests
{
    private static T Single<T>(string sdl) where T : DefinitionNode =>
        Assert.IsType<T>(Assert.Single(Parser.Parse(sdl).Definitions));

    [Fact]
    public void Parses_a_schema_definition_with_description_and_directives()
    {
        var schema = Single<SchemaDefinitionNode>("\"root\" schema @d { query: Q mutation: M subscription: S }");
        Assert.Equal("root", schema.Description!.Value);
        Assert.Equal("d", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal([(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Parses_object_types_with_interfaces_arguments_and_defaults()
    {
        var type = Single<ObjectTypeDefinitionNode>(""""
            """
            A block description.
            """
            type Hello implements & Node & Entity @key {
              "field doc" world(flag: Boolean = true @d, "arg doc" ids: [ID!]! = ["1"]): [String]! @deprecated
            }
            """");
        Assert.Equal("A block description.", type.Description!.Value);
        Assert.True(type.Description.Block);
        Assert.Equal(["Node", "Entity"], type.Interfaces.Select(i => i.Name.Value));
        var field = Assert.Single(type.Fields);
        Assert.Equal(("field doc", "world"), (field.Description!.Value, field.Name.Value));
        Assert.Equal(["flag", "ids"], field.Arguments.Select(a => a.Name.Value));
        Assert.True(Assert.IsType<BooleanValueNode>(field.Arguments[0].DefaultValue).Value);
        Assert.Equal("d", Assert.Single(field.Arguments[0].Directives).Name.Value);
        Assert.Equal("arg doc", field.Arguments[1].Description!.Value);
        Assert.IsType<NonNullTypeNode>(field.Type);
    }

    [Fact]
    public void Parses_types_without_bodies()
    {
        Assert.Empty(Single<ObjectTypeDefinitionNode>("type Empty").Fields);
        Assert.Empty(Single<InterfaceTypeDefinitionNode>("interface Empty").Fields);
        Assert.Empty(Single<UnionTypeDefinitionNode>("union Empty").Types);
        Assert.Empty(Single<EnumTypeDefinitionNode>("enum Empty").Values);
        Assert.Empty(Single<InputObjectTypeDefinitionNode>("input Empty").Fields);
    }

    [Fact]
    public void Parses_interfaces_that_implement_interfaces()
    {
        var type = Single<InterfaceTypeDefinitionNode>("interface Image implements Resource & Node { id: ID! url: String }");
        Assert.Equal(["Resource", "Node"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal(["id", "url"], type.Fields.Select(f => f.Name.Value));
    }

    [Fact]
    public void Parses_unions_scalars_enums_and_inputs()
    {
        Assert.Equal(["A", "B", "C"], Single<UnionTypeDefinitionNode>("union U @d = | A | B | C").Types.Select(t => t.Name.Value));
        Assert.Equal("specifiedBy", Assert.Single(Single<ScalarTypeDefinitionNode>("scalar Url @specifiedBy(url: \"x\")").Directives).Name.Value);
        var enumType = Single<EnumTypeDefinitionNode>("enum Color { \"warm\" RED @d GREEN BLUE }");
        Assert.Equal(["RED", "GREEN", "BLUE"], enumType.Values.Select(v => v.Name.Value));
        Assert.Equal("warm", enumType.Values[0].Description!.Value);
        var input = Single<InputObjectTypeDefinitionNode>("input Point { x: Float = 0 y: Float! @d }");
        Assert.Equal(["x", "y"], input.Fields.Select(f => f.Name.Value));
        Assert.Equal("0", Assert.IsType<IntValueNode>(input.Fields[0].DefaultValue).Value);
    }

    [Fact]
    public void Parses_directive_definitions_with_repeatable_and_locations()
    {
        var directive = Single<DirectiveDefinitionNode>("\"d\" directive @tag(name: String!) repeatable on | OBJECT | FIELD_DEFINITION");
        Assert.Equal(("tag", true), (directive.Name.Value, directive.Repeatable));
        Assert.Equal(["OBJECT", "FIELD_DEFINITION"], directive.Locations.Select(l => l.Value));
        Assert.False(Single<DirectiveDefinitionNode>("directive @once on QUERY").Repeatable);
    }

    [Fact]
    public void Parses_every_extension_form()
    {
        var document = Parser.Parse("""
            extend schema @d { subscription: S }
            extend schema @d
            extend scalar S @d
            extend type T implements I @d { f: Int }
            extend type T @d
            extend interface I implements J { f: Int }
            extend union U = A
            extend union U @d
            extend enum E { V }
            extend enum E @d
            extend input In { f: Int }
            extend input In @d
            """);
        Assert.Equal(
            [typeof(SchemaExtensionNode), typeof(SchemaExtensionNode), typeof(ScalarTypeExtensionNode), typeof(ObjectTypeExtensionNode),
             typeof(ObjectTypeExtensionNode), typeof(InterfaceTypeExtensionNode), typeof(UnionTypeExtensionNode), typeof(UnionTypeExtensionNode),
             typeof(EnumTypeExtensionNode), typeof(EnumTypeExtensionNode), typeof(InputObjectTypeExtensionNode), typeof(InputObjectTypeExtensionNode)],
            document.Definitions.Select(d => d.GetType()));
        var objectExtension = (ObjectTypeExtensionNode)document.Definitions[3];
        Assert.Equal(("T", "I", "f"), (objectExtension.Name.Value, objectExtension.Interfaces[0].Name.Value, objectExtension.Fields[0].Name.Value));
    }

    [Theory]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend directive @d", "Syntax Error: Unexpected Name \"directive\".", 1, 8)]
    [InlineData("extend thing", "Syntax Error: Unexpected Name \"thing\".", 1, 8)]
    [InlineData("type T { f }", "Syntax Error: Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T implements { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11)]
    [InlineData("union U = A | | B", "Syntax Error: Expected Name, found \"|\".", 1, 15)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("input I { f: Int = $v }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("type T @d(x: $v)", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("directive @d on UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("directive @d on field", "Syntax Error: Unexpected Name \"field\".", 1, 17)]
    [InlineData("directive @d(a: Int)", "Syntax Error: Expected \"on\", found <EOF>.", 1, 21)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("schema { query: Q, query Q }", "Syntax Error: Expected \":\", found Name \"Q\".", 1, 26)]
    [InlineData("schema { other: Q }", "Syntax Error: Unexpected Name \"other\".", 1, 10)]
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7)]
    public void Reports_type_system_syntax_errors(string document, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));
        Assert.Equal((message, line, column), (error.Message, error.Locations[0].Line, error.Locations[0].Column));
    }
}
