using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Tests.Language;

/// <summary>Printing syntax trees back to GraphQL text, graphql-js style, and block strings (§2.9.4).</summary>
public class PrinterTests
{
    // Everything a tree says, in walk order, without locations: equal trees give equal shapes.
    private static List<string> Shape(SyntaxNode root)
    {
        var shape = new List<string>();
        SyntaxWalker.Walk(root, new ShapeRecorder(shape));
        return shape;
    }

    private sealed class ShapeRecorder(List<string> shape) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            shape.Add(node switch
            {
                NameNode n => "Name " + n.Value,
                IntValueNode n => "Int " + n.Value,
                FloatValueNode n => "Float " + n.Value,
                StringValueNode n => $"String {n.Block} {n.Value}",
                BooleanValueNode n => "Boolean " + n.Value,
                EnumValueNode n => "Enum " + n.Value,
                OperationDefinitionNode n => "Operation " + n.Operation,
                OperationTypeDefinitionNode n => "OperationType " + n.Operation,
                DirectiveDefinitionNode n => "Directive repeatable " + n.Repeatable,
                _ => node.Kind.ToString(),
            });
            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            shape.Add("/" + node.Kind);
            return VisitorAction.Continue;
        }
    }

    [Theory]
    [InlineData(KitchenSink.Query)]
    [InlineData(KitchenSink.Schema)]
    public void Printed_kitchen_sinks_parse_back_to_the_same_tree_and_print_the_same(string document)
    {
        var parsed = Parser.Parse(document);
        var printed = Printer.Print(parsed);
        var reparsed = Parser.Parse(printed);
        Assert.Equal(Shape(parsed), Shape(reparsed));
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Prints_an_anonymous_query_as_the_shorthand_and_a_named_one_in_full()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
        Assert.Equal("query Q {\n  a\n}", Printer.Print(Parser.Parse("query Q { a }")));
        Assert.Equal("query @d {\n  a\n}", Printer.Print(Parser.Parse("query @d { a }")));
        Assert.Equal("mutation {\n  a\n}", Printer.Print(Parser.Parse("mutation { a }")));
    }

    [Fact]
    public void Wraps_field_arguments_beyond_eighty_characters()
    {
        var shortLine = Printer.Print(Parser.Parse("{ f(a: 1, b: 2) }"));
        Assert.Equal("{\n  f(a: 1, b: 2)\n}", shortLine);
        var longLine = Printer.Print(Parser.Parse(
            "{ field(first: \"aaaaaaaaaaaaaaaaaaaaaaaa\", second: \"bbbbbbbbbbbbbbbbbbbbbbbbb\", third: 3) { x } }"));
        Assert.Equal(
            "{\n  field(\n    first: \"aaaaaaaaaaaaaaaaaaaaaaaa\"\n    second: \"bbbbbbbbbbbbbbbbbbbbbbbbb\"\n    third: 3\n  ) {\n    x\n  }\n}",
            longLine);
    }

    [Fact]
    public void Prints_descriptions_and_block_strings_as_the_tree_says()
    {
        var printed = Printer.Print(Parser.Parse("\"\"\"\n  Block doc\n\"\"\"\ntype T {\n\"inline doc\" f(\"arg doc\" a: Int): Int }"));
        Assert.Equal("\"\"\"Block doc\"\"\"\ntype T {\n  \"inline doc\"\n  f(\n    \"arg doc\"\n    a: Int\n  ): Int\n}", printed);
    }

    [Fact]
    public void Escapes_strings_like_graphql_js()
    {
        var value = Parser.ParseValue("\"quote \\\" slash \\\\ \\b\\f\\n\\r\\t \\u0000 \\u001F \\u007F \\u0085 \\u00e9\"");
        Assert.Equal("\"quote \\\" slash \\\\ \\b\\f\\n\\r\\t \\u0000 \\u001F \\u007F \\u0085 \u00e9\"", Printer.Print(value));
    }

    [Fact]
    public void Prints_values_and_types_on_their_own()
    {
        Assert.Equal("{a: [1, 2.5, true, null, ENUM, $v], b: \"s\"}",
            Printer.Print(Parser.ParseValue("{ a: [1 2.5 true null ENUM $v] b: \"s\" }")));
        Assert.Equal("[[Int!]]!", Printer.Print(Parser.ParseType("[ [ Int ! ] ] !")));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("   ", "\"\"\"   \"\"\"")]
    [InlineData("\"", "\"\"\"\n\"\n\"\"\"")]
    [InlineData("foo\\", "\"\"\"\nfoo\\\n\"\"\"")]
    [InlineData("   space-led value \"quoted string\"", "\"\"\"   space-led value \"quoted string\"\n\"\"\"")]
    [InlineData("first\n  second", "\"\"\"\nfirst\n  second\n\"\"\"")]
    [InlineData("first\nsecond", "\"\"\"\nfirst\nsecond\n\"\"\"")]
    [InlineData("triple \"\"\" quote", "\"\"\"triple \\\"\"\" quote\"\"\"")]
    [InlineData("  indented\nnot", "\"\"\"\n  indented\nnot\n\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("a\r\nb", "\"\"\"\na\r\nb\n\"\"\"")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"")]
    public void Prints_block_strings_with_graphql_js_layout(string value, string printed) =>
        Assert.Equal(printed, BlockString.Print(value));

    [Theory]
    [InlineData("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("  first line keeps its indent\n    second\n    third", "  first line keeps its indent\nsecond\nthird")]
    [InlineData("\r\n  crlf\r  cr\n", "crlf\ncr")]
    [InlineData("   \n  \t \n", "")]
    [InlineData("single", "single")]
    public void Dedents_block_string_values_per_BlockStringValue(string raw, string value) =>
        Assert.Equal(value, BlockString.Dedent(raw));

    [Fact]
    public void Block_strings_round_trip_through_print_and_parse()
    {
        foreach (var value in new[] { "a\n  b\n    c", "\"quoted\"", "trailing \\", "has \"\"\" inside", "  lead\nsecond" })
        {
            var reparsed = Assert.IsType<StringValueNode>(Parser.ParseValue(BlockString.Print(value)));
            Assert.Equal(value, reparsed.Value);
        }
    }
}
