using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Tests.Language;

/// <summary>Spec §2.1 lexical tokens, with graphql-js v16's error wording and locations.</summary>
public class LexerTests
{
    private static (TokenKind Kind, int Start, int End, string? Text) Lex(string body)
    {
        var lexer = new Lexer(new Source(body));
        var token = lexer.Advance();
        return (token.Kind, token.Start, token.End, token.Kind == TokenKind.EOF ? null : lexer.GetText(token));
    }

    // Lexes every token so that errors after the first token surface too.
    private static (string Message, int Line, int Column) LexError(string body)
    {
        var lexer = new Lexer(new Source(body));
        var error = Assert.Throws<GraphQLError>(() =>
        {
            while (lexer.Advance().Kind != TokenKind.EOF) { }
        });
        var location = Assert.Single(error.Locations);
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.Code);
        return (error.Message, location.Line, location.Column);
    }

    [Fact]
    public void Skips_whitespace_commas_comments_and_the_byte_order_mark()
    {
        Assert.Equal((TokenKind.Name, 17, 20, "foo"), Lex("\uFEFF \t,,\r\n# comment\nfoo"));
        var lexer = new Lexer(new Source("\n\n    foo\n"));
        var token = lexer.Advance();
        Assert.Equal(new SourcePosition(3, 5), lexer.Source.GetPosition(token.Start));
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenL)]
    [InlineData(")", TokenKind.ParenR)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketL)]
    [InlineData("]", TokenKind.BracketR)]
    [InlineData("{", TokenKind.BraceL)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceR)]
    public void Lexes_punctuators(string body, TokenKind kind) => Assert.Equal(kind, Lex(body).Kind);

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9007199254740993123", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    [InlineData("_name_1", TokenKind.Name)]
    public void Lexes_numbers_and_names_keeping_their_text(string body, TokenKind kind) =>
        Assert.Equal((kind, 0, body.Length, body), Lex(body));

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with unicode surrogate pair escape \\uDBFF\\uDFFF\"", "string with unicode surrogate pair escape \U0010FFFF")]
    [InlineData("\"control characters \u0007 and \u0000 are source characters\"", "control characters \u0007 and \u0000 are source characters")]
    public void Lexes_strings_with_escapes(string body, string value) =>
        Assert.Equal((TokenKind.String, 0, body.Length, value), Lex(body));

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    public void Lexes_block_strings_to_their_dedented_value(string body, string value) =>
        Assert.Equal((TokenKind.BlockString, 0, body.Length, value), Lex(body));

    [Fact]
    public void Block_strings_advance_the_line_count()
    {
        var lexer = new Lexer(new Source("\"\"\"\nfirst\nsecond\"\"\" after"));
        lexer.Advance();
        var after = lexer.Advance();
        Assert.Equal(new SourcePosition(3, 11), lexer.Source.GetPosition(after.Start));
    }

    [Theory]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("\n\n    ?\n", "Syntax Error: Unexpected character: \"?\".", 3, 5)]
    [InlineData("'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData(".", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.", 1, 1)]
    [InlineData("\U0001F600", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 1, 4)]
    [InlineData("\"\"\"\"", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"no end quote", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 25)]
    [InlineData("\"no braces for pairs \\u{D83D}\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 22)]
    [InlineData("\"half a pair \\uD83D\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 14)]
    public void Reports_invalid_characters_and_strings(string body, string message, int line, int column) =>
        Assert.Equal((message, line, column), LexError(body));

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("01.23", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1, 1)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1E", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.e1", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData(".123", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.0eA", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("1.0e\"", "Syntax Error: Invalid number, expected digit but got: '\"'.", 1, 5)]
    [InlineData("1.2e3e", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 6)]
    [InlineData("1.2e3.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 6)]
    [InlineData("1.23.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 5)]
    [InlineData("0xF1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("0b10", "Syntax Error: Invalid number, expected digit but got: \"b\".", 1, 2)]
    [InlineData("123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1_234", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1\u00DF", "Syntax Error: Unexpected character: U+00DF.", 1, 2)]
    [InlineData("1.23f", "Syntax Error: Invalid number, expected digit but got: \"f\".", 1, 5)]
    [InlineData("1.234_5", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 6)]
    public void Reports_invalid_numbers(string body, string message, int line, int column) =>
        Assert.Equal((message, line, column), LexError(body));

    // Lone surrogates cannot travel through attribute data, so these strings are built here.
    [Fact]
    public void Rejects_lone_surrogates_anywhere_and_accepts_pairs()
    {
        Assert.Equal(("Syntax Error: Invalid character: U+DEAD.", 1, 1), LexError("\uDEAD"));
        Assert.Equal(("Syntax Error: Invalid character: U+D800.", 1, 1), LexError("\uD800"));
        Assert.Equal(("Syntax Error: Unexpected character: U+10000.", 1, 1), LexError("\uD800\uDC00"));
        Assert.Equal(("Syntax Error: Unexpected character: U+10FFFF.", 1, 1), LexError("\uDBFF\uDFFF"));
        Assert.Equal(("Syntax Error: Invalid character within String: U+D800.", 1, 2), LexError("\"\uD800\""));
        Assert.Equal(("Syntax Error: Invalid character within String: U+DC00.", 1, 4), LexError("\"\"\"\uDC00\"\"\""));
        // A comment ends at a lone surrogate, which is then an invalid character of its own.
        Assert.Equal(("Syntax Error: Invalid character: U+D83D.", 1, 4), LexError("# a\uD83D"));
        Assert.Equal((TokenKind.String, 0, 4, "\uD83D\uDE00"), Lex("\"\uD83D\uDE00\""));
    }

    [Fact]
    public void Lookahead_does_not_move_and_stops_at_the_end()
    {
        var lexer = new Lexer(new Source("a b"));
        var a = lexer.Advance();
        Assert.Equal("b", lexer.GetText(lexer.Lookahead()));
        Assert.Equal(a, lexer.Token);
        Assert.Equal("b", lexer.GetText(lexer.Advance()));
        Assert.Equal(TokenKind.EOF, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EOF, lexer.Lookahead().Kind);
        Assert.Equal(TokenKind.EOF, lexer.Advance().Kind);
    }
}
