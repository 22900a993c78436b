using Commissioning.GraphQL.Errors;

namespace Commissioning.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the grammar of spec §2 and §3 (Appendix C). Syntax errors are
/// <see cref="GraphQLError"/>s worded as graphql-js v16 words them, with the code of
/// <see cref="SyntaxError.Code"/>.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
    }

    public static DocumentNode Parse(string source, ParserOptions? options = null) => Parse(new Source(source), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>A single value literal, which may contain variables (spec §2.9).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) => ParseValue(new Source(source), options);

    public static ValueNode ParseValue(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.SOF);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.EOF);
        return value;
    }

    /// <summary>A single constant value literal: variables are a syntax error.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) => ParseConstValue(new Source(source), options);

    public static ValueNode ParseConstValue(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.SOF);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectToken(TokenKind.EOF);
        return value;
    }

    /// <summary>A single type reference such as <c>[String!]!</c> (spec §2.11).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) => ParseType(new Source(source), options);

    public static TypeNode ParseType(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.SOF);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EOF);
        return type;
    }

    // ---- Tokens ----

    private Token Current => _lexer.Token;

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private bool PeekKeyword(string keyword) => Current.Kind == TokenKind.Name && IsText(Current, keyword);

    // Compares a token's text without allocating it.
    private bool IsText(in Token token, string text) =>
        token.Value is { } value
            ? value == text
            : _lexer.Source.Body.AsSpan(token.Start, token.End - token.Start).SequenceEqual(text);

    private void AdvanceLexer()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EOF && ++_tokenCount > _options.MaxTokens)
            throw SyntaxError.Create(_lexer.Source, token.Start,
                $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
    }

    private Token ExpectToken(TokenKind kind)
    {
        var token = Current;
        if (token.Kind != kind)
            throw Error(token.Start, $"Expected {kind.Describe()}, found {_lexer.Describe(token)}.");
        AdvanceLexer();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (Current.Kind != kind) return false;
        AdvanceLexer();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!ExpectOptionalKeyword(keyword))
            throw Error(Current.Start, $"Expected \"{keyword}\", found {_lexer.Describe(Current)}.");
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword)) return false;
        AdvanceLexer();
        return true;
    }

    private GraphQLError Unexpected() => Unexpected(Current);

    private GraphQLError Unexpected(in Token token) => Error(token.Start, $"Unexpected {_lexer.Describe(token)}.");

    private GraphQLError Error(int position, string description) => SyntaxError.Create(_lexer.Source, position, description);

    private Location? Loc(in Token start) =>
        _options.NoLocation ? null : new Location(start.Start, _lexer.LastToken.End, _lexer.Source);

    // Called on entering each nesting construct; see ParserOptions.MaxDepth.
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
            throw Error(Current.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.");
    }

    private void LeaveNesting() => _depth--;

    // ---- Lists: the shapes of the grammar's repetitions (Appendix B "list" notation) ----

    // open item+ close
    private List<T> Many<T>(TokenKind open, Func<Parser, T> item, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do nodes.Add(item(this));
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    // (open item+ close)?
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<Parser, T> item, TokenKind close) =>
        Peek(open) ? Many(open, item, close) : [];

    // open item* close
    private List<T> Any<T>(TokenKind open, Func<Parser, T> item, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close)) nodes.Add(item(this));
        return nodes;
    }

    // delimiter? item (delimiter item)*
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> item)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do nodes.Add(item(this));
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }

    // ---- Names and types ----

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(_lexer.GetText(token)) { Location = Loc(token) };
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        return new NamedTypeNode { Name = ParseName(), Location = Loc(start) };
    }

    // §2.11 Type: NamedType | ListType | NonNullType
    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Location = Loc(start) } : type;
    }
}
