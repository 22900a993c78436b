using System.Text.Json.Nodes;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Tests.Conformance;

namespace Commissioning.GraphQL.Tests.Language;

/// <summary>Our printer and our syntax errors against graphql-js v16 on the same documents.</summary>
public class PrinterConformanceTests
{
    private static readonly string[] Documents =
    [
        KitchenSink.Query,
        KitchenSink.Schema,
        "{ a(long1: \"aaaaaaaaaaaaaaaaaaaa\", long2: \"bbbbbbbbbbbbbbbbbbbbbb\", long3: \"cccccccccccccccc\") }",
        "{ a(exactly: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }",
        "{ a(exactly: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }",
        "query Q($a: Int = 1, $b: [String!]! = [\"x\"]) @d { f }",
        "query { f } query Named { g }",
        "{ f(s: \"\\u0000\\u001F\\u007F\\u0085 \\b\\f\\r\") }",
        "{ f(s: \"\"\"  leading space\"\"\") g(s: \"\"\"a \" quote\"\"\") h(s: \"\"\"ends with slash\\\\\n\"\"\") }",
        "{ f(s: \"\"\"\n    first\n      second\n    \"\"\") g(s: \"\"\"tripled \\\"\"\" inside\"\"\") }",
        "\"\"\"\n  indented first line\n  and second\n\"\"\"\ntype T { f: Int }",
        "\"\"\"a block string that is quite long, long enough to pass the seventy char limit\"\"\" scalar S",
        "type T { f(\"described\" a: Int, b: Int): Int }",
        "directive @d(a: Int) repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION",
        "extend schema { query: Q }",
        "{ f(o: {a: [1, 2.5, true, null, ENUM, {b: $v}]}) }",
    ];

    [Fact]
    public void Printed_documents_match_graphql_js()
    {
        var expected = GraphQLJsPrinter.PrintAll(Documents);
        for (var i = 0; i < Documents.Length; i++)
            Assert.Equal(expected[i], Printer.Print(Parser.Parse(Documents[i])));
    }

    private static readonly string[] BadDocuments =
    [
        "", "{", "{ a", "query", "query Q(", "{ a(b: ) }", "{ ...on }", "fragment on on T { a }",
        "{ a(b: $) }", "query ($a: Int = $b) { a }", "{ a(b: 00) }", "{ a(b: 1.) }", "{ a(b: 1e) }", "{ a(b: 1x) }",
        "{ a(b: 1.2.3) }", "{ a(b: -x) }", "{ a(b: \"unterminated) }", "{ a(b: \"bad \\x escape\") }",
        "{ a(b: \"\\u12G4\") }", "{ a(b: \"\\u{110000}\") }", "{ a(b: \"\\uD800\") }", "{ a(b: \"\\uD83D\\u0041\") }",
        "{ a(b: \"\\u{}\") }", "{ a(b: \"\"\"never closed) }", "{ a(b: 'single') }", "{ a ? }", "{ a . b }",
        "{ a(b: \"line\nbreak\") }", "\"described\" { a }", "\"described\" extend type T @d", "extend type T",
        "extend scalar S", "extend foo T", "enum E { true }", "enum E { A null }", "type T { f: [Int }",
        "directive @d on FOO", "directive @d FIELD", "schema { query Q }", "union U = | | A",
        "{ a }}", "type T implements A & { f: Int }", "{ a(\u00e9: 1) }", "{ a\u0007 }", "\ufeff{ a } # comment\r\n ?",
        "query Q @d(x: 1) { a { b { c(d: {e: [1 2 }) } } }", "input I { f: Int = $v }", "fragment F on T",
        "{ ... on T @d, ... }", "subscription", "mutation M (", "{ a(b: 1e+) }", "{ a(b: 0x10) }", "{ a(b: 01) }",
    ];

    [Fact]
    public void Syntax_errors_match_graphql_js_in_message_and_location()
    {
        var cases = new JsonArray();
        for (var i = 0; i < BadDocuments.Length; i++)
            cases.Add(new JsonObject { ["id"] = i.ToString(), ["schema"] = "type Query { a: Int }", ["document"] = BadDocuments[i] });
        var answers = GraphQLJsOracle.Ask(new JsonObject { ["mode"] = "validate", ["cases"] = cases }).AsArray();

        for (var i = 0; i < BadDocuments.Length; i++)
        {
            var expected = answers[i]!["syntaxError"];
            Assert.True(expected is not null, $"graphql-js accepts document {i}: {BadDocuments[i]}");
            var error = Assert.Throws<GraphQLError>(() => Parser.Parse(BadDocuments[i]));
            Assert.Equal(expected["message"]!.GetValue<string>(), error.Message);
            var location = Assert.Single(error.Locations);
            var expectedLocation = expected["locations"]![0]!;
            Assert.Equal((expectedLocation["line"]!.GetValue<int>(), expectedLocation["column"]!.GetValue<int>()),
                (location.Line, location.Column));
            Assert.Equal("GRAPHQL_PARSE_FAILED", error.Code);
        }
    }
}
