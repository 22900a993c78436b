using System.Text;

namespace Commissioning.GraphQL.Language;

// §2.9.4 StringValue: quoted strings with escapes, and block strings.
public sealed partial class Lexer
{
    private StringBuilder? _builder;

    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;

        while (position < body.Length)
        {
            int code = body[position];
            if (code == '"')
            {
                // Most strings have no escapes: take them straight from the body.
                var text = value is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                return new Token(TokenKind.String, start, position + 1, text);
            }

            if (code == '\\')
            {
                value ??= RentBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position += CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadVariableWidthUnicodeEscape(position, value)
                        : ReadFixedWidthUnicodeEscape(position, value)
                    : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }

            if (code == '\n' || code == '\r') break;

            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }

        throw Error(position, "Unterminated string.");
    }

    private StringBuilder RentBuilder()
    {
        var builder = _builder ??= new StringBuilder();
        builder.Clear();
        return builder;
    }

    // \u{...}: one to eight hex digits naming a Unicode scalar value. Returns the escape's length.
    private int ReadVariableWidthUnicodeEscape(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point)) break;
                AppendCodePoint(value, point);
                return size;
            }
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0) break;
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    // \uXXXX; a leading surrogate is accepted only when a \uXXXX trailing surrogate follows (JSON style pairs).
    private int ReadFixedWidthUnicodeEscape(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        if (IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (IsTrailingSurrogate(trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        value.Append(escaped.Value);
        return 2;
    }

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12) | (ReadHexDigit(CharAt(position + 1)) << 8)
        | (ReadHexDigit(CharAt(position + 2)) << 4) | ReadHexDigit(CharAt(position + 3));

    // -1 for a non-digit makes the combined code negative, which no caller accepts.
    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static void AppendCodePoint(StringBuilder value, int point)
    {
        if (point < 0x10000) value.Append((char)point);
        else value.Append(char.ConvertFromUtf32(point));
    }

    private string Slice(int start, int end) => _body.Substring(start, Math.Min(end, _body.Length) - start);

    // §2.9.4 BlockString: raw lines (only \""" is an escape), then BlockStringValue() dedents them.
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var lines = new List<string>();
        var currentLine = RentBuilder();

        while (position < body.Length)
        {
            int code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                return new Token(TokenKind.BlockString, start, position + 3, BlockString.DedentLines(lines));
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // keep the quotes, drop the backslash
                position += 4;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }

            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }

        throw Error(position, "Unterminated string.");
    }
}
