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
        bool One(SyntaxNode? child) => child is null || visit(state, child);
        bool All<T>(IReadOnlyList<T> children) where T : SyntaxNode
        {
            for (var i = 0; i < children.Count; i++)
                if (!visit(state, children[i])) return false;
            return true;
        }

        return node switch
        {
            DocumentNode n => All(n.Definitions),
            OperationDefinitionNode n => One(n.Description) && One(n.Name) && All(n.VariableDefinitions)
                && All(n.Directives) && One(n.SelectionSet),
            VariableDefinitionNode n => One(n.Description) && One(n.Variable) && One(n.Type) && One(n.DefaultValue)
                && All(n.Directives),
            VariableNode n => One(n.Name),
            SelectionSetNode n => All(n.Selections),
            FieldNode n => One(n.Alias) && One(n.Name) && All(n.Arguments) && All(n.Directives) && One(n.SelectionSet),
            ArgumentNode n => One(n.Name) && One(n.Value),
            FragmentSpreadNode n => One(n.Name) && All(n.Directives),
            InlineFragmentNode n => One(n.TypeCondition) && All(n.Directives) && One(n.SelectionSet),
            FragmentDefinitionNode n => One(n.Description) && One(n.Name) && All(n.VariableDefinitions)
                && One(n.TypeCondition) && All(n.Directives) && One(n.SelectionSet),
            ListValueNode n => All(n.Values),
            ObjectValueNode n => All(n.Fields),
            ObjectFieldNode n => One(n.Name) && One(n.Value),
            DirectiveNode n => One(n.Name) && All(n.Arguments),
            NamedTypeNode n => One(n.Name),
            ListTypeNode n => One(n.Type),
            NonNullTypeNode n => One(n.Type),
            SchemaDefinitionNode n => One(n.Description) && All(n.Directives) && All(n.OperationTypes),
            OperationTypeDefinitionNode n => One(n.Type),
            ScalarTypeDefinitionNode n => One(n.Description) && One(n.Name) && All(n.Directives),
            ObjectTypeDefinitionNode n => One(n.Description) && One(n.Name) && All(n.Interfaces) && All(n.Directives)
                && All(n.Fields),
            FieldDefinitionNode n => One(n.Description) && One(n.Name) && All(n.Arguments) && One(n.Type)
                && All(n.Directives),
            InputValueDefinitionNode n => One(n.Description) && One(n.Name) && One(n.Type) && One(n.DefaultValue)
                && All(n.Directives),
            InterfaceTypeDefinitionNode n => One(n.Description) && One(n.Name) && All(n.Interfaces) && All(n.Directives)
                && All(n.Fields),
            UnionTypeDefinitionNode n => One(n.Description) && One(n.Name) && All(n.Directives) && All(n.Types),
            EnumTypeDefinitionNode n => One(n.Description) && One(n.Name) && All(n.Directives) && All(n.Values),
            EnumValueDefinitionNode n => One(n.Description) && One(n.Name) && All(n.Directives),
            InputObjectTypeDefinitionNode n => One(n.Description) && One(n.Name) && All(n.Directives) && All(n.Fields),
            DirectiveDefinitionNode n => One(n.Description) && One(n.Name) && All(n.Arguments) && All(n.Directives)
                && All(n.Locations),
            SchemaExtensionNode n => All(n.Directives) && All(n.OperationTypes),
            ScalarTypeExtensionNode n => One(n.Name) && All(n.Directives),
            ObjectTypeExtensionNode n => One(n.Name) && All(n.Interfaces) && All(n.Directives) && All(n.Fields),
            InterfaceTypeExtensionNode n => One(n.Name) && All(n.Interfaces) && All(n.Directives) && All(n.Fields),
            UnionTypeExtensionNode n => One(n.Name) && All(n.Directives) && All(n.Types),
            EnumTypeExtensionNode n => One(n.Name) && All(n.Directives) && All(n.Values),
            InputObjectTypeExtensionNode n => One(n.Name) && All(n.Directives) && All(n.Fields),
            // Names and scalar values are leaves.
            _ => true,
        };
    }
}
