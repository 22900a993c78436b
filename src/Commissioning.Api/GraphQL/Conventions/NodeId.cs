using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Commissioning.GraphQL.Errors;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// Global object identifiers (Relay "Global Object Identification"): base64 of <c>TypeName:key</c>, as
/// HotChocolate encodes them, so an id names its type and clients treat it as opaque.
/// </summary>
public static class NodeId
{
    public static string Encode(string typeName, object key)
    {
        if (key is Guid guid) return Encode(typeName, guid);
        var text = key switch
        {
            Guid g => g.ToString("D"),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => key.ToString() ?? "",
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + text));
    }

    /// <summary>
    /// The id of a row keyed by a Guid (every aggregate), built in one buffer on the stack: the general form made five
    /// objects per id (the boxed key, its text, the joined text, its bytes, the result), and a plan tree writes an id
    /// for every plan, action, revision and scrutiny.
    /// </summary>
    public static string Encode(string typeName, Guid key)
    {
        const int GuidLength = 36;
        var length = Encoding.UTF8.GetMaxByteCount(typeName.Length) + 1 + GuidLength;
        Span<byte> text = length <= 512 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(typeName, text);
        text[written++] = (byte)':';
        key.TryFormat(text[written..], out var guidLength, "D");
        return Convert.ToBase64String(text[..(written + guidLength)]);
    }

    /// <summary>The type name and the key text of <paramref name="id"/>; a GraphQL error when it is not an id this server issues.</summary>
    public static (string TypeName, string Key) Decode(string id)
    {
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(id.Length)];
        if (!Convert.TryFromBase64String(id, bytes, out var written)) throw Invalid(id);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            throw Invalid(id);
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1) throw Invalid(id);
        return (text[..colon], text[(colon + 1)..]);
    }

    /// <summary>The key of an id that must name <paramref name="expectedType"/>.</summary>
    public static TKey Decode<TKey>(string id, string expectedType) where TKey : IParsable<TKey>
    {
        var (typeName, key) = Decode(id);
        if (typeName != expectedType)
            throw new GraphQLError($"The id \"{id}\" is of type {typeName}, not {expectedType}.",
                extensions: Code(ConventionErrorCodes.NodeIdTypeMismatch));
        return ParseKey<TKey>(id, key);
    }

    internal static TKey ParseKey<TKey>(string id, string key) where TKey : IParsable<TKey> =>
        TKey.TryParse(key, CultureInfo.InvariantCulture, out var parsed) ? parsed : throw Invalid(id);

    private static GraphQLError Invalid(string id) =>
        new($"\"{id}\" is not a valid node id.", extensions: Code(ConventionErrorCodes.InvalidNodeId));

    internal static Dictionary<string, object?> Code(string code) => new(StringComparer.Ordinal) { ["code"] = code };
}
