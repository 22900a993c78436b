using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// Which fields a request selects under a field, read from the document before anything loads, so that a query can
/// leave out columns that no selected field shows. It errs towards "selected": fragments are expanded whatever their
/// type condition, and <c>@skip</c>/<c>@include</c> are not evaluated.
/// </summary>
internal static class SelectedFields
{
    /// <summary>The fields selected directly under the field of <paramref name="context"/> (an object or a list of them).</summary>
    public static IEnumerable<FieldNode> Of(IResolveFieldContext context)
    {
        foreach (var node in context.FieldNodes)
            foreach (var field in Fields(context, node.SelectionSet))
                yield return field;
    }

    /// <summary>The fields selected directly under <paramref name="field"/>, a field of the request's document.</summary>
    public static IEnumerable<FieldNode> Under(IResolveFieldContext context, FieldNode field) => Fields(context, field.SelectionSet);

    /// <summary>
    /// The fields selected on the nodes of the connection field of <paramref name="context"/>, in <c>nodes { ... }</c>
    /// and in <c>edges { node { ... } }</c>.
    /// </summary>
    public static IEnumerable<FieldNode> OnNodes(IResolveFieldContext context)
    {
        foreach (var field in Of(context))
        {
            if (field.Name.Value == "nodes")
            {
                foreach (var nodeField in Fields(context, field.SelectionSet)) yield return nodeField;
            }
            else if (field.Name.Value == "edges")
            {
                foreach (var edgeField in Fields(context, field.SelectionSet))
                    if (edgeField.Name.Value == "node")
                        foreach (var nodeField in Fields(context, edgeField.SelectionSet)) yield return nodeField;
            }
        }
    }

    /// <summary>Whether every field selected on the connection's nodes (<see cref="OnNodes"/>) is one of <paramref name="allowed"/>.</summary>
    public static bool NodesSelectOnly(IResolveFieldContext context, IReadOnlySet<string> allowed) =>
        OnNodes(context).All(f => allowed.Contains(f.Name.Value));

    /// <summary>The fields of a selection set with its fragments (inline and named) expanded, without their sub-selections.</summary>
    private static IEnumerable<FieldNode> Fields(IResolveFieldContext context, SelectionSetNode? selection)
    {
        if (selection is null) yield break;
        foreach (var node in selection.Selections)
        {
            if (node is FieldNode field)
            {
                yield return field;
                continue;
            }
            var fragment = node switch
            {
                InlineFragmentNode inline => inline.SelectionSet,
                // Validation has rejected unknown and cyclic spreads before any resolver runs.
                FragmentSpreadNode spread => context.Fragments.GetValueOrDefault(spread.Name.Value)?.SelectionSet,
                _ => null,
            };
            foreach (var nested in Fields(context, fragment)) yield return nested;
        }
    }
}
