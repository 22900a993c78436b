namespace Commissioning.GraphQL.Types;

/// <summary>
/// A directive applied to a type-system element (spec §3.13: "directives ... may be applied to ... type
/// system definitions"), e.g. <c>@authorize(roles: ["X"])</c> on a field definition. It is part of the
/// schema: printed in the SDL and readable by the layers that act on it.
/// </summary>
public sealed class AppliedDirective
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <param name="definition">The directive; the schema must declare it (the code-first builder adds it when it is used).</param>
    /// <param name="arguments">Argument values as internal values (a string list for <c>[String!]</c>); omitted arguments are left out.</param>
    public AppliedDirective(DirectiveDefinition definition, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
        Arguments = arguments ?? NoArguments;
        foreach (var name in Arguments.Keys)
            if (!definition.Arguments.Contains(name))
                throw new ArgumentException($"Directive @{definition.Name} has no argument \"{name}\".", nameof(arguments));
    }

    public DirectiveDefinition Definition { get; }
    public string Name => Definition.Name;
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public override string ToString() => "@" + Name;
}
