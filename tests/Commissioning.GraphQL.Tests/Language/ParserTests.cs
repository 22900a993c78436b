using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Tests.Language;

/// <summary>Spec §2 executable documents, the value and type entry points, and parser errors.</summary>
public class ParserTests
{
    private static (string Message, int Line, int Column) ParseError(string document)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));
        var location = Assert.Single(error.Locations);
        Assert.Equal(SyntaxError.Code, error.Code);
        return (error.Message, location.Line, location.Column);
    }

    [Fact]
    public void Parses_the_spec_example_query_with_aliases_arguments_and_fragments()
    {
        var document = Parser.Parse("""
            query withFragments($id: ID = 4, $big: Boolean! @deprecated) @live {
              user(id: $id) {
                smallPic: profilePic(size: 64)
                friends(first: 10) { ...friendFields }
                ... on User @include(if: $big) { bigPic: profilePic(size: 1024) }
              }
            }
            fragment friendFields on User { id name }
            """);

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("withFragments", operation.Name!.Value);
        Assert.Equal(["id", "big"], operation.VariableDefinitions.Select(v => v.Variable.Name.Value));
        Assert.Equal("4", Assert.IsType<IntValueNode>(operation.VariableDefinitions[0].DefaultValue).Value);
        var big = operation.VariableDefinitions[1];
        Assert.Equal("Boolean", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(big.Type).Type).Name.Value);
        Assert.Equal("deprecated", Assert.Single(big.Directives).Name.Value);
        Assert.Equal("live", Assert.Single(operation.Directives).Name.Value);

        var user = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("id", Assert.IsType<VariableNode>(Assert.Single(user.Arguments).Value).Name.Value);
        var smallPic = Assert.IsType<FieldNode>(user.SelectionSet!.Selections[0]);
        Assert.Equal(("smallPic", "profilePic", "smallPic"), (smallPic.Alias!.Value, smallPic.Name.Value, smallPic.ResponseKey));
        var friends = Assert.IsType<FieldNode>(user.SelectionSet.Selections[1]);
        Assert.Equal("friendFields", Assert.IsType<FragmentSpreadNode>(Assert.Single(friends.SelectionSet!.Selections)).Name.Value);
        var inline = Assert.IsType<InlineFragmentNode>(user.SelectionSet.Selections[2]);
        Assert.Equal("User", inline.TypeCondition!.Name.Value);

        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("friendFields", "User", 2), (fragment.Name!.Value, fragment.TypeCondition.Name.Value, fragment.SelectionSet.Selections.Count));
    }

    [Fact]
    public void Parses_shorthand_queries_mutations_subscriptions_and_descriptions()
    {
        var document = Parser.Parse("""
            { a }
            mutation M { b }
            subscription { c }
            "op" query Q("var" $v: Int) { d }
            "frag" fragment F on T { e }
            """);
        var kinds = document.Definitions.Cast<ExecutableDefinitionNode>().Select(d => d switch
        {
            OperationDefinitionNode o => o.Operation.ToString(),
            _ => "Fragment",
        });
        Assert.Equal(["Query", "Mutation", "Subscription", "Query", "Fragment"], kinds);
        var described = (OperationDefinitionNode)document.Definitions[3];
        Assert.Equal("op", described.Description!.Value);
        Assert.Equal("var", described.VariableDefinitions[0].Description!.Value);
        Assert.Equal("frag", ((FragmentDefinitionNode)document.Definitions[4]).Description!.Value);
    }

    [Fact]
    public void Keywords_are_ordinary_names_where_a_name_is_expected()
    {
        var document = Parser.Parse("query query($on: on) { on fragment query: mutation(type: subscription) ... on on { true } }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("query", operation.Name!.Value);
        var selections = operation.SelectionSet.Selections;
        Assert.Equal(["on", "fragment", "query"], selections.Take(3).Cast<FieldNode>().Select(f => f.ResponseKey));
        Assert.Equal("subscription", Assert.IsType<EnumValueNode>(((FieldNode)selections[2]).Arguments[0].Value).Value);
        Assert.IsType<InlineFragmentNode>(selections[3]);
    }

    [Fact]
    public void Records_locations_from_the_first_to_the_last_token()
    {
        var document = Parser.Parse("{\n  field(arg: 1)\n}");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal((4, 17), (field.Location!.Start, field.Location.End));
        Assert.Equal(new SourcePosition(2, 3), field.Location.StartPosition);
        Assert.Equal((0, 19), (document.Location!.Start, document.Location.End));

        var bare = Parser.Parse("{ field }", new ParserOptions { NoLocation = true });
        Assert.Null(bare.Location);
        Assert.Null(((OperationDefinitionNode)bare.Definitions[0]).SelectionSet.Selections[0].Location);
    }

    [Fact]
    public void Parses_every_kind_of_value()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue(
            "{int: -12, float: 1.5e3, string: \"s\", block: \"\"\"b\"\"\", t: true, f: false, n: null, e: ENUM, v: $var, list: [1, [2]], obj: {}}"));
        Assert.Equal(["int", "float", "string", "block", "t", "f", "n", "e", "v", "list", "obj"], value.Fields.Select(f => f.Name.Value));
        var values = value.Fields.Select(f => f.Value).ToArray();
        Assert.Equal("-12", Assert.IsType<IntValueNode>(values[0]).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(values[1]).Value);
        Assert.False(Assert.IsType<StringValueNode>(values[2]).Block);
        Assert.True(Assert.IsType<StringValueNode>(values[3]).Block);
        Assert.True(Assert.IsType<BooleanValueNode>(values[4]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(values[5]).Value);
        Assert.IsType<NullValueNode>(values[6]);
        Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(values[7]).Value);
        Assert.Equal("var", Assert.IsType<VariableNode>(values[8]).Name.Value);
        Assert.IsType<ListValueNode>(Assert.IsType<ListValueNode>(values[9]).Values[1]);
        Assert.Empty(Assert.IsType<ObjectValueNode>(values[10]).Fields);
    }

    [Fact]
    public void Constant_values_reject_variables()
    {
        Assert.IsType<ListValueNode>(Parser.ParseConstValue("[1, \"two\", {three: THREE}]"));
        var error = Assert.Throws<GraphQLError>(() => Parser.ParseConstValue("[1, $two]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$two\" in constant value.", error.Message);
        Assert.Equal(new SourcePosition(1, 5), error.Locations[0]);
        Assert.Equal("Syntax Error: Unexpected \"$\".", Assert.Throws<GraphQLError>(() => Parser.ParseConstValue("$")).Message);
    }

    [Fact]
    public void Parses_type_references()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[String!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(inner.Type).Type).Name.Value);
        Assert.Equal("Syntax Error: Expected <EOF>, found \"!\".", Assert.Throws<GraphQLError>(() => Parser.ParseType("String!!")).Message);
        Assert.Equal("Syntax Error: Expected <EOF>, found Name \"b\".", Assert.Throws<GraphQLError>(() => Parser.ParseValue("a b")).Message);
    }

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($a: Int = $b) { f }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 21)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("\"desc\" { f }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\" foo", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\" \"second\"", "Syntax Error: Unexpected String \"second\".", 1, 8)]
    [InlineData("query Q($v: Int @d(x: $y)) { f }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 23)]
    [InlineData("{ f(a: 1 b: ) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ f(a: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ f(a: {b 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("query Q($v) { f }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q(v: Int) { f }", "Syntax Error: Expected \"$\", found Name \"v\".", 1, 9)]
    [InlineData("query Q($v: [Int) { f }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q() { f }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("{ f() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ f @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("query { f } }", "Syntax Error: Unexpected \"}\".", 1, 13)]
    [InlineData("mutation 1 { f }", "Syntax Error: Expected \"{\", found Int \"1\".", 1, 10)]
    public void Reports_syntax_errors_as_graphql_js_does(string document, string message, int line, int column) =>
        Assert.Equal((message, line, column), ParseError(document));

    [Fact]
    public void Stops_at_the_token_limit()
    {
        var options = new ParserOptions { MaxTokens = 10 };
        Assert.NotNull(Parser.Parse("{ a b c d e f g h }", options)); // 10 tokens
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a b c d e f g h i }", options));
        Assert.Equal("Syntax Error: Document contains more than 10 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourcePosition(1, 21), error.Locations[0]);
        Assert.Equal(SyntaxError.Code, error.Code);
    }

    [Fact]
    public void Limits_the_default_document_to_15000_tokens()
    {
        var fields = string.Join(' ', Enumerable.Repeat("f", 14998));
        Assert.NotNull(Parser.Parse("{ " + fields + " }"));
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ " + fields + " g }"));
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
    }

    [Theory]
    [InlineData("{ a { b { c } } }", 3)]
    [InlineData("{ a(x: [[1]]) }", 3)]
    [InlineData("{ a(x: {y: {z: 1}}) }", 3)]
    [InlineData("query ($v: [[Int]]) { a }", 2)]
    public void Stops_at_the_nesting_limit(string document, int depth)
    {
        Assert.NotNull(Parser.Parse(document, new ParserOptions { MaxDepth = depth }));
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document, new ParserOptions { MaxDepth = depth - 1 }));
        Assert.Equal($"Syntax Error: Document exceeds the maximum nesting depth of {depth - 1}.", error.Message);
        Assert.Equal(SyntaxError.Code, error.Code);
    }
}
