using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation;

/// <summary>
/// One rule of spec §5: creates, for each document validated, a visitor that reports violations through
/// the <see cref="ValidationContext"/>. The visitors of all rules run side by side in a single walk, with
/// the context's <see cref="TypeInfo"/> already entered for each node; a visitor's Skip or Break affects
/// only that visitor.
/// </summary>
public abstract class ValidationRule
{
    public abstract ISyntaxVisitor CreateVisitor(ValidationContext context);

    /// <summary>The rule's class name, e.g. <c>NoFragmentCyclesRule</c>, as graphql-js names its rules.</summary>
    public string Name => GetType().Name;

    public override string ToString() => Name;
}
