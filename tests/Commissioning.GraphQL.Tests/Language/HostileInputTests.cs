using System.Text;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using FsCheck.Xunit;

namespace Commissioning.GraphQL.Tests.Language;

/// <summary>
/// Documents an attacker might send: each must end in a result or a GraphQLError, never a crash,
/// a stack overflow or a hang.
/// </summary>
public class HostileInputTests
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    private static GraphQLError Rejects(string document, ParserOptions? options = null) =>
        Assert.Throws<GraphQLError>(() => Parser.Parse(document, options));

    [Fact]
    public void Ten_megabyte_string_literals_parse()
    {
        var text = new string('x', TenMegabytes);
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ f(a: \"" + text + "\") }").Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(TenMegabytes, ((StringValueNode)field.Arguments[0].Value).Value.Length);

        var block = Parser.ParseValue("\"\"\"" + text + "\n" + text + "\"\"\"");
        Assert.Equal(2 * TenMegabytes + 1, ((StringValueNode)block).Value.Length);
    }

    [Fact]
    public void Ten_megabyte_escapes_names_and_comments_are_handled()
    {
        var escapes = new StringBuilder("\"").Insert(1, "\\u0041", TenMegabytes / 6).Append('"').ToString();
        Assert.Equal(TenMegabytes / 6, ((StringValueNode)Parser.ParseValue(escapes)).Value.Length);
        Assert.NotNull(Parser.Parse("{ " + new string('n', TenMegabytes) + " }"));
        Assert.NotNull(Parser.Parse("#" + new string('c', TenMegabytes) + "\n{ a }"));
    }

    [Fact]
    public void Ten_megabyte_unterminated_strings_are_syntax_errors()
    {
        Assert.Equal("Syntax Error: Unterminated string.", Rejects("{ f(a: \"" + new string('x', TenMegabytes)).Message);
        Assert.Equal("Syntax Error: Unterminated string.", Rejects("{ f(a: \"\"\"" + new string('x', TenMegabytes)).Message);
    }

    [Theory]
    [InlineData("{ f(a: ", "[", "")]
    [InlineData("{ f(a: ", "{a: ", "")]
    [InlineData("", "{ a ", "")]
    [InlineData("query ($v: ", "[", "")]
    [InlineData("{ ", "... { ", "")]
    public void A_hundred_thousand_nested_brackets_stop_at_the_depth_limit(string prefix, string repeated, string suffix)
    {
        var document = prefix + new StringBuilder().Insert(0, repeated, 100_000) + suffix;
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 200.", Rejects(document).Message);
    }

    [Fact]
    public void A_depth_limit_beyond_the_stack_still_ends_in_a_syntax_error()
    {
        var document = "{ f(a: " + new string('[', 1_000_000);
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue };
        var error = Rejects(document, options);
        Assert.Equal(SyntaxError.Code, error.Code);
    }

    [Fact]
    public void A_hundred_thousand_tokens_stop_at_the_token_limit()
    {
        var document = "{ " + new StringBuilder().Insert(0, "a ", 100_000) + "}";
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", Rejects(document).Message);
    }

    [Fact]
    public void Lone_surrogates_are_syntax_errors_wherever_they_appear()
    {
        foreach (var document in new[]
                 {
                     "{ a\uD800 }", "{ a(b: \"\uDC00\") }", "{ a(b: \"\"\"\uD83D x\"\"\") }", "# \uDFFF\n{ a }",
                     "{ a(b: \"\\uD800\") }", "{ a(b: \"\\uDC00\\uD800\") }", "{ a }\uD800", "\uD800\uD800\uDC00",
                 })
        {
            var error = Rejects(document);
            Assert.StartsWith("Syntax Error: ", error.Message);
            Assert.Single(error.Locations);
        }
    }

    [Property(MaxTest = 500)]
    public bool Arbitrary_text_parses_or_fails_with_a_syntax_error(string? text) => ParsesOrFailsCleanly(text ?? "");

    [Property(MaxTest = 500)]
    public bool Truncated_and_spliced_documents_parse_or_fail_with_a_syntax_error(int cut, int insertAt, char inserted)
    {
        var source = KitchenSink.Query + "\n" + KitchenSink.Schema;
        var end = (int)((uint)cut % (source.Length + 1));
        var document = source[..end];
        var at = (int)((uint)insertAt % (document.Length + 1));
        return ParsesOrFailsCleanly(document.Insert(at, inserted.ToString()));
    }

    private static bool ParsesOrFailsCleanly(string document)
    {
        try
        {
            Parser.Parse(document);
            return true;
        }
        catch (GraphQLError error)
        {
            return error.Message.StartsWith("Syntax Error: ", StringComparison.Ordinal) && error.Locations.Count == 1;
        }
    }
}
