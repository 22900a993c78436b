using System.Text;

namespace Commissioning.GraphQL.Utilities;

/// <summary>CLR names to GraphQL names.</summary>
public static class NameConventions
{
    /// <summary><c>OnHold</c> → <c>ON_HOLD</c>, <c>HTTPStatus</c> → <c>HTTP_STATUS</c>, <c>Q4</c> → <c>Q4</c>.</summary>
    public static string ToScreamingCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_')
            {
                var prevLowerOrDigit = char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]);
                var endOfAcronym = char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (prevLowerOrDigit || endOfAcronym) sb.Append('_');
            }
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary><c>Title</c> → <c>title</c>, <c>ISBN</c> → <c>isbn</c>, <c>URLPath</c> → <c>urlPath</c>.</summary>
    public static string ToCamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0])) return name;
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsUpper(chars[i])) break;
            // Keep the capital that starts the next word: URLPath → urlPath.
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1])) break;
            chars[i] = char.ToLowerInvariant(chars[i]);
        }
        return new string(chars);
    }
}
