namespace Commissioning.GraphQL.Language;

/// <summary>The lexical tokens of spec §2.1: punctuators, names, numbers, strings, plus start and end of file.</summary>
public enum TokenKind
{
    SOF, EOF,
    Bang, Dollar, Amp, ParenL, ParenR, Dot, Spread, Colon, Equals, At, BracketL, BracketR, BraceL, Pipe, BraceR,
    Name, Int, Float, String, BlockString, Comment,
}

public static class TokenKindExtensions
{
    /// <summary>How a token kind is named in syntax error messages; the wording is graphql-js's so clients see the same text.</summary>
    public static string Describe(this TokenKind kind) => kind switch
    {
        TokenKind.SOF => "<SOF>",
        TokenKind.EOF => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Dot => "\".\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        TokenKind.Comment => "Comment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>
/// One token: its kind and its span in the source body. Only string tokens carry a
/// <see cref="Value"/> (their escapes and indentation are processed once, while lexing); the
/// text of names and numbers is taken from the body on demand so that skipping a token allocates nothing.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, string? Value = null);
