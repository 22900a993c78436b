using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.Api.GraphQL;

/// <summary>
/// Domain enums as GraphQL enums with a description on every value. The domain stays free of GraphQL
/// attributes, so the words for users live beside the schema instead.
/// </summary>
public static class DescribedEnums
{
    /// <summary>Declares <typeparamref name="TEnum"/> as <paramref name="name"/>; every value must be described.</summary>
    public static SchemaBuilder DescribedEnum<TEnum>(this SchemaBuilder schema, string name, string description,
        IReadOnlyDictionary<TEnum, string> values) where TEnum : struct, Enum
    {
        var type = new EnumType(name) { Description = description };
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (!values.TryGetValue(value, out var text))
                throw new InvalidOperationException($"Enum {name} has no description for {value}.");
            type.AddValue(NameConventions.ToScreamingCase(value.ToString()), value, text);
        }
        return schema.Type(type, typeof(TEnum));
    }
}
