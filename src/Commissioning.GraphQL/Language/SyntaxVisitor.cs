namespace Commissioning.GraphQL.Language;

/// <summary>What a visitor tells <see cref="SyntaxWalker"/> to do next.</summary>
public enum VisitorAction
{
    Continue,
    /// <summary>From <c>Enter</c>: do not visit this node's children, and do not call <c>Leave</c> for it.</summary>
    Skip,
    /// <summary>Stop the whole walk.</summary>
    Break,
}

/// <summary>
/// Receives every node of a tree on the way down (<see cref="Enter"/>) and on the way up
/// (<see cref="Leave"/>). <paramref name="ancestors"/> runs from the root to the node's parent.
/// </summary>
public interface ISyntaxVisitor
{
    VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors);
    VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors);
}

/// <summary>A visitor that continues everywhere unless a subclass says otherwise.</summary>
public abstract class SyntaxVisitor : ISyntaxVisitor
{
    public virtual VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) => VisitorAction.Continue;
    public virtual VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) => VisitorAction.Continue;

    /// <summary>
    /// Runs several visitors in one walk (as validation runs all its rules). Each visitor's Skip
    /// and Break affect only that visitor; the walk ends when every visitor has broken off.
    /// </summary>
    public static ISyntaxVisitor InParallel(params IReadOnlyList<ISyntaxVisitor> visitors) => new ParallelVisitor(visitors);

    private sealed class ParallelVisitor(IReadOnlyList<ISyntaxVisitor> visitors) : ISyntaxVisitor
    {
        // Per visitor: null while active, the node whose subtree it skips, or Broken once it stopped.
        private readonly SyntaxNode?[] _skipping = new SyntaxNode?[visitors.Count];
        private static readonly SyntaxNode Broken = new NullValueNode();

        public VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            var active = false;
            for (var i = 0; i < visitors.Count; i++)
            {
                if (_skipping[i] is not null) continue;
                switch (visitors[i].Enter(node, ancestors))
                {
                    case VisitorAction.Skip: _skipping[i] = node; break;
                    case VisitorAction.Break: _skipping[i] = Broken; break;
                    default: active = true; break;
                }
            }
            if (active) return VisitorAction.Continue;
            if (AllBroken()) return VisitorAction.Break;
            // Everyone skips this subtree, so the walker will not come back to Leave it: resume now.
            for (var i = 0; i < _skipping.Length; i++)
                if (ReferenceEquals(_skipping[i], node)) _skipping[i] = null;
            return VisitorAction.Skip;
        }

        public VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            for (var i = 0; i < visitors.Count; i++)
            {
                if (_skipping[i] is null)
                {
                    if (visitors[i].Leave(node, ancestors) == VisitorAction.Break) _skipping[i] = Broken;
                }
                else if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                }
            }
            return AllBroken() ? VisitorAction.Break : VisitorAction.Continue;
        }

        private bool AllBroken()
        {
            foreach (var state in _skipping)
                if (!ReferenceEquals(state, Broken)) return false;
            return true;
        }
    }
}
