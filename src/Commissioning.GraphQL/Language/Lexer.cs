using Commissioning.GraphQL.Errors;

namespace Commissioning.GraphQL.Language;

/// <summary>
/// Turns a <see cref="Source"/> into tokens (spec §2.1). Ignored tokens (§2.1.7: whitespace,
/// line terminators, commas, comments, the byte order mark) are skipped. Errors are
/// <see cref="GraphQLError"/>s worded and located exactly as graphql-js v16 reports them.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _body;
    private Token _next;
    private bool _hasNext;

    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.SOF, 0, 0);
        LastToken = Token;
    }

    public Source Source { get; }

    /// <summary>The token the lexer is at.</summary>
    public Token Token { get; private set; }

    /// <summary>The token before <see cref="Token"/>; its end closes a syntax node's location.</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next significant token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        Token = Lookahead();
        _hasNext = false;
        return Token;
    }

    /// <summary>The token after <see cref="Token"/>, without moving.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EOF) return Token;
        if (!_hasNext)
        {
            _next = ReadToken(Token.End);
            _hasNext = true;
        }
        return _next;
    }

    /// <summary>The text of a name, number or string token (strings: their processed value).</summary>
    public string GetText(in Token token) => token.Value ?? _body.Substring(token.Start, token.End - token.Start);

    /// <summary>The token's description in error messages: its kind and, if it has one, its value.</summary>
    public string Describe(in Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString =>
            token.Kind.Describe() + " \"" + GetText(token) + "\"",
        _ => token.Kind.Describe(),
    };

    private int CharAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private Token ReadToken(int position)
    {
        var body = _body;
        while (position < body.Length)
        {
            int code = body[position];
            switch (code)
            {
                case 0xFEFF: // §2.1.1 UnicodeBOM
                case '\t':
                case ' ':
                case ',':
                case '\n':
                case '\r':
                    position++;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': return new Token(TokenKind.Bang, position, position + 1);
                case '$': return new Token(TokenKind.Dollar, position, position + 1);
                case '&': return new Token(TokenKind.Amp, position, position + 1);
                case '(': return new Token(TokenKind.ParenL, position, position + 1);
                case ')': return new Token(TokenKind.ParenR, position, position + 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                        return new Token(TokenKind.Spread, position, position + 3);
                    break;
                case ':': return new Token(TokenKind.Colon, position, position + 1);
                case '=': return new Token(TokenKind.Equals, position, position + 1);
                case '@': return new Token(TokenKind.At, position, position + 1);
                case '[': return new Token(TokenKind.BracketL, position, position + 1);
                case ']': return new Token(TokenKind.BracketR, position, position + 1);
                case '{': return new Token(TokenKind.BraceL, position, position + 1);
                case '|': return new Token(TokenKind.Pipe, position, position + 1);
                case '}': return new Token(TokenKind.BraceR, position, position + 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-') return ReadNumber(position, code);
            if (IsNameStart(code)) return ReadName(position);

            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        return new Token(TokenKind.EOF, body.Length, body.Length);
    }

    // §2.1.4: a comment runs to the end of the line. A lone surrogate ends it early so that the
    // next token reports it as an invalid character, as graphql-js does.
    private int SkipComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            int code = body[position];
            if (code == '\n' || code == '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else break;
        }
        return position;
    }

    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position])) position++;
        return new Token(TokenKind.Name, start, position);
    }

    // §2.9.1 IntValue and §2.9.2 FloatValue, including their lookahead restrictions: no leading
    // zeros, and no "." or NameStart directly after the number.
    private Token ReadNumber(int start, int code)
    {
        var position = start;
        var isFloat = false;
        if (code == '-') code = CharAt(++position);

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code == '+' || code == '-') code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.' || IsNameStart(code))
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        var position = start + 1;
        while (IsDigit(CharAt(position))) position++;
        return position;
    }

    private GraphQLError Error(int position, string description) => SyntaxError.Create(Source, position, description);

    /// <summary>A character as error messages show it: printable ASCII quoted, anything else as U+XXXX.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length) return TokenKind.EOF.Describe();
        int code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code is >= 0x20 and <= 0x7E) return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsDigit(int code) => (uint)(code - '0') <= 9;
    private static bool IsLetter(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a';
    private static bool IsNameStart(int code) => IsLetter(code) || code == '_';
    private static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    // §2.1 SourceCharacter: any Unicode scalar value, so lone surrogates are rejected.
    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;
    private static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;
    private static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;
    private bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(CharAt(position)) && IsTrailingSurrogate(CharAt(position + 1));
}
