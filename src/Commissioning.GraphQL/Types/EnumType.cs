using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Types;

/// <summary>An enum type (spec §3.9): names on the wire, arbitrary internal values inside.</summary>
public sealed class EnumType : ILeafType
{
    private Dictionary<object, EnumValueDefinition>? _byValue;
    private bool _isFrozen;

    public EnumType(string name) => Name = name;

    public string Name { get; }
    public string? Description { get; init; }
    public DefinitionCollection<EnumValueDefinition> Values { get; } = new();
    public MetadataMap Metadata { get; } = new();
    public EnumTypeDefinitionNode? AstNode { get; init; }

    public EnumType AddValue(EnumValueDefinition value)
    {
        Values.Add(value);
        _byValue = null;
        return this;
    }

    public EnumType AddValue(string name, object? value = null, string? description = null, string? deprecationReason = null) =>
        AddValue(new EnumValueDefinition(name, value) { Description = description, DeprecationReason = deprecationReason });

    /// <summary>Builds an enum from a CLR enum: <c>OnHold</c> becomes <c>ON_HOLD</c>, the internal value is the CLR value.</summary>
    public static EnumType FromClrEnum<TEnum>(string? name = null, string? description = null) where TEnum : struct, Enum
    {
        var type = new EnumType(name ?? typeof(TEnum).Name) { Description = description };
        foreach (var value in Enum.GetValues<TEnum>())
            type.AddValue(NameConventions.ToScreamingCase(value.ToString()), value);
        return type;
    }

    public EnumValueDefinition? GetValueByValue(object value) => ValueMap().GetValueOrDefault(value);

    public object? Serialize(object? value)
    {
        if (value is not null && ValueMap().TryGetValue(value, out var enumValue)) return enumValue.Name;
        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(value)}");
    }

    public object? ParseValue(object? value)
    {
        if (value is not string s)
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {Inspector.Inspect(value)}." + DidYouMeanValue(Inspector.Inspect(value)));
        if (Values.TryGetValue(s, out var enumValue)) return enumValue.Value;
        throw new GraphQLError($"Value \"{s}\" does not exist in \"{Name}\" enum." + DidYouMeanValue(s));
    }

    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is not EnumValueNode enumNode)
        {
            var text = ValuePrinter.Print(valueNode);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {text}." + DidYouMeanValue(text), [valueNode]);
        }
        if (Values.TryGetValue(enumNode.Value, out var enumValue)) return enumValue.Value;
        throw new GraphQLError($"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum." + DidYouMeanValue(enumNode.Value), [valueNode]);
    }

    private string DidYouMeanValue(string unknown)
    {
        var names = new List<string>(Values.Count);
        foreach (var v in Values) names.Add(v.Name);
        return Suggestions.DidYouMean("the enum value", Suggestions.List(unknown, names));
    }

    private Dictionary<object, EnumValueDefinition> ValueMap()
    {
        var map = _byValue;
        if (map is not null) return map;
        map = new Dictionary<object, EnumValueDefinition>();
        foreach (var v in Values) map.TryAdd(v.Value, v);
        if (_isFrozen) _byValue = map;
        return map;
    }

    internal void Freeze()
    {
        if (_isFrozen) return;
        _isFrozen = true;
        Values.Freeze();
        foreach (var v in Values) v.Metadata.Freeze();
        Metadata.Freeze();
        _byValue = null;
        ValueMap();
    }

    public override string ToString() => Name;
}
