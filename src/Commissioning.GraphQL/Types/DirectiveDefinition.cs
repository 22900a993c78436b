using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Types;

/// <summary>A directive definition (spec §3.13).</summary>
public sealed class DirectiveDefinition : INamedDefinition
{
    public DirectiveDefinition(string name, params DirectiveLocation[] locations)
    {
        Name = name;
        Locations = locations;
    }

    public string Name { get; }
    public string? Description { get; init; }
    public IReadOnlyList<DirectiveLocation> Locations { get; }
    public bool IsRepeatable { get; init; }
    public DefinitionCollection<InputValueDefinition> Arguments { get; } = new();
    public DirectiveDefinitionNode? AstNode { get; init; }

    public DirectiveDefinition AddArgument(InputValueDefinition argument)
    {
        Arguments.Add(argument);
        return this;
    }

    internal void Freeze()
    {
        Arguments.Freeze();
        foreach (var a in Arguments) a.Freeze();
    }

    public override string ToString() => "@" + Name;
}
