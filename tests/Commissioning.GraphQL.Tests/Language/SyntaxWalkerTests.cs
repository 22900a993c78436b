using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Tests.Language;

/// <summary>Walking syntax trees: order, skipping, breaking, ancestors, and visitors in parallel.</summary>
public class SyntaxWalkerTests
{
    private sealed class Recorder(Func<SyntaxNode, VisitorAction>? onEnter = null, string tag = "") : SyntaxVisitor
    {
        public List<string> Events { get; } = [];

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            Events.Add(tag + "enter " + Describe(node));
            return onEnter?.Invoke(node) ?? VisitorAction.Continue;
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            Events.Add(tag + "leave " + Describe(node));
            return VisitorAction.Continue;
        }

        private static string Describe(SyntaxNode node) => node is NameNode name ? "Name " + name.Value : node.Kind.ToString();
    }

    [Fact]
    public void Visits_every_node_in_source_order_entering_and_leaving()
    {
        var recorder = new Recorder();
        Assert.True(SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) @d { b } }"), recorder));
        Assert.Equal(
        [
            "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name a",
            "leave Name a", "enter Argument", "enter Name x", "leave Name x", "enter IntValue", "leave IntValue",
            "leave Argument", "enter Directive", "enter Name d", "leave Name d", "leave Directive", "enter SelectionSet",
            "enter Field", "enter Name b", "leave Name b", "leave Field", "leave SelectionSet", "leave Field",
            "leave SelectionSet", "leave OperationDefinition", "leave Document",
        ], recorder.Events);
    }

    [Fact]
    public void Skip_leaves_out_the_subtree_and_its_leave()
    {
        var recorder = new Recorder(node => node is FieldNode { Name.Value: "a" } ? VisitorAction.Skip : VisitorAction.Continue);
        SyntaxWalker.Walk(Parser.Parse("{ a { x } b }"), recorder);
        Assert.DoesNotContain("enter Name x", recorder.Events);
        Assert.Equal(1, recorder.Events.Count(e => e == "leave Field"));
        Assert.Contains("enter Name b", recorder.Events);
    }

    [Fact]
    public void Break_stops_the_walk()
    {
        var recorder = new Recorder(node => node is NameNode { Value: "a" } ? VisitorAction.Break : VisitorAction.Continue);
        Assert.False(SyntaxWalker.Walk(Parser.Parse("{ a b }"), recorder));
        Assert.Equal("enter Name a", recorder.Events[^1]);
    }

    [Fact]
    public void Reports_the_ancestors_of_each_node()
    {
        var paths = new List<string>();
        SyntaxWalker.Walk(Parser.Parse("type T { f(a: Int): [String] }"), new AncestorRecorder(paths));
        Assert.Contains("Document/ObjectTypeDefinition/FieldDefinition/InputValueDefinition/NamedType/Name", paths);
        Assert.Contains("Document/ObjectTypeDefinition/FieldDefinition/ListType/NamedType/Name", paths);
    }

    private sealed class AncestorRecorder(List<string> paths) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            paths.Add(string.Join('/', ancestors.Select(a => a.Kind.ToString()).Append(node.Kind.ToString())));
            return VisitorAction.Continue;
        }
    }

    [Fact]
    public void Parallel_visitors_skip_and_break_independently()
    {
        var skipper = new Recorder(node => node is FieldNode { Name.Value: "a" } ? VisitorAction.Skip : VisitorAction.Continue, "1 ");
        var breaker = new Recorder(node => node is NameNode { Value: "x" } ? VisitorAction.Break : VisitorAction.Continue, "2 ");
        var all = new Recorder(tag: "3 ");
        SyntaxWalker.Walk(Parser.Parse("{ a { x } b }"), SyntaxVisitor.InParallel(skipper, breaker, all));

        Assert.DoesNotContain("1 enter Name x", skipper.Events);
        Assert.Contains("1 enter Name b", skipper.Events);
        Assert.Equal("2 enter Name x", breaker.Events[^1]);
        Assert.Contains("3 enter Name x", all.Events);
        Assert.Equal("3 leave Document", all.Events[^1]);
    }

    [Fact]
    public void Parallel_walk_skips_a_subtree_every_visitor_skips()
    {
        var first = new Recorder(node => node is FieldNode ? VisitorAction.Skip : VisitorAction.Continue, "1 ");
        var second = new Recorder(node => node is FieldNode ? VisitorAction.Skip : VisitorAction.Continue, "2 ");
        SyntaxWalker.Walk(Parser.Parse("{ a { x } b { y } }"), SyntaxVisitor.InParallel(first, second));
        Assert.Equal(2, first.Events.Count(e => e == "1 enter Field"));
        Assert.Equal(2, second.Events.Count(e => e == "2 enter Field"));
        Assert.DoesNotContain("1 enter Name y", first.Events);
        Assert.Equal("1 leave Document", first.Events[^1]);
    }

    [Fact]
    public void Children_of_type_system_nodes_come_in_source_order()
    {
        var type = Parser.Parse("\"doc\" type T implements I @d { f: Int }").Definitions[0];
        Assert.Equal([SyntaxKind.StringValue, SyntaxKind.Name, SyntaxKind.NamedType, SyntaxKind.Directive, SyntaxKind.FieldDefinition],
            SyntaxWalker.GetChildren(type).Select(c => c.Kind));
    }
}
