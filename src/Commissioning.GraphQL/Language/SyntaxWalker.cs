using System.Runtime.CompilerServices;

namespace Commissioning.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth first, children in source order (the order of graphql-js's
/// <c>QueryDocumentKeys</c>), calling a visitor on entering and leaving every node.
/// </summary>
public sealed class SyntaxWalker
{
    private readonly ISyntaxVisitor _visitor;
    private readonly List<SyntaxNode> _ancestors = [];

    private SyntaxWalker(ISyntaxVisitor visitor) => _visitor = visitor;

    /// <summary>Visits <paramref name="root"/> and its descendants; false if a visitor broke off the walk.</summary>
    public static bool Walk(SyntaxNode root, ISyntaxVisitor visitor) => new SyntaxWalker(visitor).Visit(root);

    /// <summary>The direct children of a node, in the order the walker visits them.</summary>
    public static IReadOnlyList<SyntaxNode> GetChildren(SyntaxNode node)
    {
        var children = new List<SyntaxNode>();
        ForEachChild(node, children, static (list, child) => { list.Add(child); return true; });
        return children;
    }

    private bool Visit(SyntaxNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (_visitor.Enter(node, _ancestors))
        {
            case VisitorAction.Break: return false;
            case VisitorAction.Skip: return true;
        }
        _ancestors.Add(node);
        var completed = ForEachChild(node, this, static (walker, child) => walker.Visit(child));
        _ancestors.RemoveAt(_ancestors.Count - 1);
        return completed && _visitor.Leave(node, _ancestors) != VisitorAction.Break;
    }

    // Calls visit on each child until it returns false; returns false if it did.
    private static bool ForEachChild<TState>(SyntaxNode node, TState state, Func<TState, SyntaxNode, bool> visit)
    {
        // Static so that walking allocates no closure per node.
        static bool One(SyntaxNode? child, TState state, Func<TState, SyntaxNode, bool> visit) =>
            child is null || visit(state, child);
        static bool All<T>(IReadOnlyList<T> children, TState state, Func<TState, SyntaxNode, bool> visit) where T : SyntaxNode
        {
            for (var i = 0; i < children.Count; i++)
                if (!visit(state, children[i])) return false;
            return true;
        }

        return node switch
        {
            DocumentNode n => All(n.Definitions, state, visit),
            OperationDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && All(n.VariableDefinitions, state, visit)
                && All(n.Directives, state, visit) && One(n.SelectionSet, state, visit),
            VariableDefinitionNode n => One(n.Description, state, visit) && One(n.Variable, state, visit) && One(n.Type, state, visit) && One(n.DefaultValue, state, visit)
                && All(n.Directives, state, visit),
            VariableNode n => One(n.Name, state, visit),
            SelectionSetNode n => All(n.Selections, state, visit),
            FieldNode n => One(n.Alias, state, visit) && One(n.Name, state, visit) && All(n.Arguments, state, visit) && All(n.Directives, state, visit) && One(n.SelectionSet, state, visit),
            ArgumentNode n => One(n.Name, state, visit) && One(n.Value, state, visit),
            FragmentSpreadNode n => One(n.Name, state, visit) && All(n.Directives, state, visit),
            InlineFragmentNode n => One(n.TypeCondition, state, visit) && All(n.Directives, state, visit) && One(n.SelectionSet, state, visit),
            FragmentDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && All(n.VariableDefinitions, state, visit)
                && One(n.TypeCondition, state, visit) && All(n.Directives, state, visit) && One(n.SelectionSet, state, visit),
            ListValueNode n => All(n.Values, state, visit),
            ObjectValueNode n => All(n.Fields, state, visit),
            ObjectFieldNode n => One(n.Name, state, visit) && One(n.Value, state, visit),
            DirectiveNode n => One(n.Name, state, visit) && All(n.Arguments, state, visit),
            NamedTypeNode n => One(n.Name, state, visit),
            ListTypeNode n => One(n.Type, state, visit),
            NonNullTypeNode n => One(n.Type, state, visit),
            SchemaDefinitionNode n => One(n.Description, state, visit) && All(n.Directives, state, visit) && All(n.OperationTypes, state, visit),
            OperationTypeDefinitionNode n => One(n.Type, state, visit),
            ScalarTypeDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && All(n.Directives, state, visit),
            ObjectTypeDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && All(n.Interfaces, state, visit) && All(n.Directives, state, visit)
                && All(n.Fields, state, visit),
            FieldDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && All(n.Arguments, state, visit) && One(n.Type, state, visit)
                && All(n.Directives, state, visit),
            InputValueDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && One(n.Type, state, visit) && One(n.DefaultValue, state, visit)
                && All(n.Directives, state, visit),
            InterfaceTypeDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && All(n.Interfaces, state, visit) && All(n.Directives, state, visit)
                && All(n.Fields, state, visit),
            UnionTypeDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && All(n.Directives, state, visit) && All(n.Types, state, visit),
            EnumTypeDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && All(n.Directives, state, visit) && All(n.Values, state, visit),
            EnumValueDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && All(n.Directives, state, visit),
            InputObjectTypeDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && All(n.Directives, state, visit) && All(n.Fields, state, visit),
            DirectiveDefinitionNode n => One(n.Description, state, visit) && One(n.Name, state, visit) && All(n.Arguments, state, visit) && All(n.Directives, state, visit)
                && All(n.Locations, state, visit),
            SchemaExtensionNode n => All(n.Directives, state, visit) && All(n.OperationTypes, state, visit),
            ScalarTypeExtensionNode n => One(n.Name, state, visit) && All(n.Directives, state, visit),
            ObjectTypeExtensionNode n => One(n.Name, state, visit) && All(n.Interfaces, state, visit) && All(n.Directives, state, visit) && All(n.Fields, state, visit),
            InterfaceTypeExtensionNode n => One(n.Name, state, visit) && All(n.Interfaces, state, visit) && All(n.Directives, state, visit) && All(n.Fields, state, visit),
            UnionTypeExtensionNode n => One(n.Name, state, visit) && All(n.Directives, state, visit) && All(n.Types, state, visit),
            EnumTypeExtensionNode n => One(n.Name, state, visit) && All(n.Directives, state, visit) && All(n.Values, state, visit),
            InputObjectTypeExtensionNode n => One(n.Name, state, visit) && All(n.Directives, state, visit) && All(n.Fields, state, visit),
            // Names and scalar values are leaves.
            _ => true,
        };
    }
}
