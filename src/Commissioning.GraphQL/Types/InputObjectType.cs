using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Types;

/// <summary>An input object type (spec §3.10); a OneOf input object (§3.10.1) takes exactly one field.</summary>
public sealed class InputObjectType : INamedType, IInputType
{
    private bool _isFrozen;

    public InputObjectType(string name) => Name = name;

    public string Name { get; }
    public string? Description { get; init; }
    public bool IsOneOf { get; init; }
    public DefinitionCollection<InputValueDefinition> Fields { get; } = new();
    public MetadataMap Metadata { get; } = new();
    public InputObjectTypeDefinitionNode? AstNode { get; init; }

    public InputObjectType AddField(InputValueDefinition field)
    {
        Fields.Add(field);
        return this;
    }

    internal void Freeze()
    {
        if (_isFrozen) return;
        _isFrozen = true;
        Fields.Freeze();
        foreach (var f in Fields) f.Freeze();
        Metadata.Freeze();
    }

    public override string ToString() => Name;
}
