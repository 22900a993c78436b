using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Tests.Utilities;

/// <summary>Input coercion of runtime values (coerceInputValue), literals (valueFromAST) and variables (§6.1.2).</summary>
public class ValueCoercionTests
{
    private static readonly InputObjectType Point = new InputObjectType("Point")
        .AddField(new InputValueDefinition("x", new NonNullType(Scalars.Int)))
        .AddField(new InputValueDefinition("y", Scalars.Int) { DefaultValue = 0 });

    private static readonly InputObjectType By = new InputObjectType("By") { IsOneOf = true }
        .AddField(new InputValueDefinition("id", Scalars.ID))
        .AddField(new InputValueDefinition("name", Scalars.String));

    private static readonly Schema Schema = new(new SchemaOptions
    {
        Query = new ObjectType("Query").AddField(new FieldDefinition("f", Scalars.Int)
            .AddArgument(new InputValueDefinition("p", Point)).AddArgument(new InputValueDefinition("by", By))),
    });

    private static Dictionary<string, object?> Map(params (string, object?)[] entries) => entries.ToDictionary(e => e.Item1, e => e.Item2);

    [Fact]
    public void Coerces_objects_to_dictionaries_with_defaults_and_lists_of_one()
    {
        var value = (Dictionary<string, object?>)ValueCoercion.CoerceInputValue(Map(("x", 1L)), Point)!;
        Assert.Equal(1, value["x"]);
        Assert.Equal(0, value["y"]);
        Assert.Equal(new List<object?> { 5 }, ValueCoercion.CoerceInputValue(5L, new ListType(Scalars.Int)));
        Assert.Equal(new List<object?> { 1, null }, ValueCoercion.CoerceInputValue(new object?[] { 1L, null }, new ListType(Scalars.Int)));
    }

    [Fact]
    public void Reports_errors_with_paths_and_suggestions()
    {
        var errors = new List<string>();
        ValueCoercion.CoerceInputValue(Map(("x", 1.5), ("z", 1L), ("yy", 2L)), Point,
            (path, invalid, error) => errors.Add($"{ValueCoercion.PrintPath(path)} {Inspector.Inspect(invalid)}: {error.Message}"));
        Assert.Equal(
        [
            ".x 1.5: Int cannot represent non-integer value: 1.5",
            " { x: 1.5, z: 1, yy: 2 }: Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?",
            " { x: 1.5, z: 1, yy: 2 }: Field \"yy\" is not defined by type \"Point\". Did you mean \"y\"?",
        ], errors);
    }

    [Fact]
    public void The_default_handler_throws_with_graphql_js_prefix()
    {
        var error = Assert.Throws<GraphQLError>(() => ValueCoercion.CoerceInputValue(new object?[] { Map(("y", 1L)) }, new ListType(Point)));
        Assert.Equal("Invalid value { y: 1 } at \"value[0]\": Field \"x\" of required type \"Int!\" was not provided.", error.Message);
        Assert.Equal("Invalid value null: Expected non-nullable type \"Int!\" not to be null.",
            Assert.Throws<GraphQLError>(() => ValueCoercion.CoerceInputValue(null, new NonNullType(Scalars.Int))).Message);
        Assert.Equal("Invalid value 1: Expected type \"Point\" to be an object.",
            Assert.Throws<GraphQLError>(() => ValueCoercion.CoerceInputValue(1L, Point)).Message);
    }

    [Fact]
    public void Applies_oneOf_rules()
    {
        Assert.Equal("Invalid value { id: \"1\", name: \"a\" }: Exactly one key must be specified for OneOf type \"By\".",
            Assert.Throws<GraphQLError>(() => ValueCoercion.CoerceInputValue(Map(("id", "1"), ("name", "a")), By)).Message);
        Assert.Equal("Invalid value null at \"value.id\": Field \"id\" must be non-null.",
            Assert.Throws<GraphQLError>(() => ValueCoercion.CoerceInputValue(Map(("id", null)), By)).Message);
        Assert.Equal("1", ((Dictionary<string, object?>)ValueCoercion.CoerceInputValue(Map(("id", 1L)), By)!)["id"]);
    }

    [Fact]
    public void Enum_input_suggests_close_values()
    {
        var color = new EnumType("Color").AddValue("RED").AddValue("GREEN");
        Assert.Equal("Value \"RDE\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?",
            Assert.Throws<GraphQLError>(() => color.ParseValue("RDE")).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?",
            Assert.Throws<GraphQLError>(() => color.ParseLiteral(new StringValueNode { Value = "RED" })).Message);
    }

    [Fact]
    public void ValueFromAst_returns_Invalid_instead_of_throwing()
    {
        var vars = new Dictionary<string, object?> { ["n"] = 3, ["none"] = null };
        Assert.Equal(3, ValueFromAst.Convert(Var("n"), Scalars.Int, vars));
        Assert.Same(ValueFromAst.Invalid, ValueFromAst.Convert(Var("none"), new NonNullType(Scalars.Int), vars));
        Assert.Same(ValueFromAst.Invalid, ValueFromAst.Convert(Var("missing"), Scalars.Int, vars));
        Assert.Same(ValueFromAst.Invalid, ValueFromAst.Convert(new StringValueNode { Value = "1" }, Scalars.Int));
        Assert.Equal(new List<object?> { 1, null }, ValueFromAst.Convert(List(Int("1"), Var("missing")), new ListType(Scalars.Int), vars));
        Assert.Same(ValueFromAst.Invalid, ValueFromAst.Convert(List(Int("1"), Var("missing")), new ListType(new NonNullType(Scalars.Int)), vars));
        var point = (Dictionary<string, object?>)ValueFromAst.Convert(Obj(("x", Int("2"))), Point)!;
        Assert.Equal(2, point["x"]);
        Assert.Equal(0, point["y"]);
        Assert.Same(ValueFromAst.Invalid, ValueFromAst.Convert(Obj(("id", Int("1")), ("name", new StringValueNode { Value = "a" })), By));
    }

    [Fact]
    public void AstFromValue_round_trips_through_the_printer()
    {
        Assert.Equal("{x: 1, y: 0}", ValuePrinter.Print(AstFromValue.Convert(new Dictionary<string, object?> { ["x"] = 1, ["y"] = 0 }, Point)!));
        Assert.Equal("1", ValuePrinter.Print(AstFromValue.Convert(1.0, Scalars.Float)!));
        Assert.Equal("123", ValuePrinter.Print(AstFromValue.Convert("123", Scalars.ID)!));
        Assert.Equal("\"abc\"", ValuePrinter.Print(AstFromValue.Convert("abc", Scalars.ID)!));
        Assert.Null(AstFromValue.Convert(null, new NonNullType(Scalars.Int)));
    }

    [Fact]
    public void CoerceVariableValues_reports_every_problem_with_graphql_js_messages()
    {
        VariableDefinitionNode Def(string name, TypeNode type, ValueNode? defaultValue = null) =>
            new() { Variable = new VariableNode { Name = new NameNode(name) }, Type = type, DefaultValue = defaultValue };
        var definitions = new[]
        {
            Def("a", NonNull(Named("Int"))),
            Def("b", NonNull(Named("Int"))),
            Def("c", Named("Point")),
            Def("d", Named("Query")),
            Def("e", Named("Int"), Int("7")),
        };
        var inputs = new Dictionary<string, object?> { ["b"] = null, ["c"] = Map(("x", "no")) };
        var result = ExecutionValues.CoerceVariableValues(Schema, definitions, inputs);
        Assert.Equal(
        [
            "Variable \"$a\" of required type \"Int!\" was not provided.",
            "Variable \"$b\" of non-null type \"Int!\" must not be null.",
            "Variable \"$c\" got invalid value \"no\" at \"c.x\"; Int cannot represent non-integer value: \"no\"",
            "Variable \"$d\" expected value of type \"Query\" which cannot be used as an input type.",
        ], result.Errors.Select(e => e.Message));

        var ok = ExecutionValues.CoerceVariableValues(Schema, [definitions[4], definitions[2]], new Dictionary<string, object?> { ["c"] = Map(("x", 1L)) });
        Assert.False(ok.HasErrors);
        Assert.Equal(7, ok.Coerced!["e"]);
    }

    [Fact]
    public void CoerceArgumentValues_applies_defaults_variables_and_reports_bad_arguments()
    {
        var field = new FieldDefinition("f", Scalars.Int)
            .AddArgument(new InputValueDefinition("limit", Scalars.Int) { DefaultValue = 10 })
            .AddArgument(new InputValueDefinition("id", new NonNullType(Scalars.ID)));
        var node = new FieldNode { Name = new NameNode("f") };
        var args = ExecutionValues.CoerceArgumentValues(field.Arguments, node, [Arg("id", Var("v"))], new Dictionary<string, object?> { ["v"] = "7" });
        Assert.Equal(10, args["limit"]);
        Assert.Equal("7", args["id"]);

        Assert.Equal("Argument \"id\" of required type \"ID!\" was not provided.",
            Assert.Throws<GraphQLError>(() => ExecutionValues.CoerceArgumentValues(field.Arguments, node, [], null)).Message);
        Assert.Equal("Argument \"id\" of required type \"ID!\" was provided the variable \"$v\" which was not provided a runtime value.",
            Assert.Throws<GraphQLError>(() => ExecutionValues.CoerceArgumentValues(field.Arguments, node, [Arg("id", Var("v"))], null)).Message);
        Assert.Equal("Argument \"id\" of non-null type \"ID!\" must not be null.",
            Assert.Throws<GraphQLError>(() => ExecutionValues.CoerceArgumentValues(field.Arguments, node, [Arg("id", new NullValueNode())], null)).Message);
        Assert.Equal("Argument \"limit\" has invalid value \"ten\".",
            Assert.Throws<GraphQLError>(() => ExecutionValues.CoerceArgumentValues(field.Arguments, node,
                [Arg("id", Int("1")), Arg("limit", new StringValueNode { Value = "ten" })], null)).Message);
    }

    [Fact]
    public void GetDirectiveValues_reads_skip_and_include()
    {
        var skip = new DirectiveNode { Name = new NameNode("skip"), Arguments = [Arg("if", Var("hide"))] };
        var values = ExecutionValues.GetDirectiveValues(Directives.Skip, [skip], new Dictionary<string, object?> { ["hide"] = true });
        Assert.Equal(true, values!["if"]);
        Assert.Null(ExecutionValues.GetDirectiveValues(Directives.Include, [skip], null));
    }

    private static VariableNode Var(string name) => new() { Name = new NameNode(name) };
    private static IntValueNode Int(string text) => new() { Value = text };
    private static ListValueNode List(params ValueNode[] values) => new() { Values = values };
    private static ObjectValueNode Obj(params (string, ValueNode)[] fields) =>
        new() { Fields = fields.Select(f => new ObjectFieldNode { Name = new NameNode(f.Item1), Value = f.Item2 }).ToArray() };
    private static ArgumentNode Arg(string name, ValueNode value) => new() { Name = new NameNode(name), Value = value };
    private static NamedTypeNode Named(string name) => new() { Name = new NameNode(name) };
    private static NonNullTypeNode NonNull(TypeNode type) => new() { Type = type };
}
