using System.Runtime.CompilerServices;
using System.Text;

namespace Commissioning.GraphQL.Language;

/// <summary>
/// Prints a syntax tree as GraphQL text, character for character as graphql-js v16's <c>print()</c>
/// does, so that printed documents and SDL compare equal across the two implementations.
/// </summary>
public static class Printer
{
    // graphql-js wraps a field's arguments onto separate lines beyond this length.
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node)
    {
        // Parsed trees are bounded by ParserOptions.MaxDepth; a hand-built tree deeper than the
        // stack allows fails with an exception rather than taking the process down.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            NameNode n => n.Value,
            VariableNode n => "$" + n.Name.Value,
            DocumentNode n => Join(n.Definitions, "\n\n"),
            OperationDefinitionNode n => PrintOperation(n),
            VariableDefinitionNode n => Concat(
                Wrap("", PrintOptional(n.Description), "\n"), Print(n.Variable), ": ", Print(n.Type),
                Wrap(" = ", PrintOptional(n.DefaultValue)), Wrap(" ", Join(n.Directives, " "))),
            SelectionSetNode n => Block(n.Selections),
            FieldNode n => Concat(
                WrappedLineAndArgs(Concat(Wrap("", PrintOptional(n.Alias), ": "), n.Name.Value), n.Arguments),
                Wrap(" ", Join(n.Directives, " ")), Wrap(" ", PrintOptional(n.SelectionSet))),
            ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " ")),
            InlineFragmentNode n => JoinParts(" ",
                "...", Wrap("on ", PrintOptional(n.TypeCondition)), Join(n.Directives, " "), Print(n.SelectionSet)),
            FragmentDefinitionNode n => Concat(
                Wrap("", PrintOptional(n.Description), "\n"), "fragment ", n.Name!.Value,
                Wrap("(", Join(n.VariableDefinitions, ", "), ")"), " on ", Print(n.TypeCondition), " ",
                Wrap("", Join(n.Directives, " "), " "), Print(n.SelectionSet)),
            IntValueNode n => n.Value,
            FloatValueNode n => n.Value,
            StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
            BooleanValueNode n => n.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode n => n.Value,
            ListValueNode n => "[" + Join(n.Values, ", ") + "]",
            ObjectValueNode n => "{" + Join(n.Fields, ", ") + "}",
            ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
            DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")"),
            NamedTypeNode n => n.Name.Value,
            ListTypeNode n => "[" + Print(n.Type) + "]",
            NonNullTypeNode n => Print(n.Type) + "!",
            _ => PrintTypeSystem(node),
        };
    }

    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode n => Described(n.Description,
            JoinParts(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes))),
        OperationTypeDefinitionNode n => Keyword(n.Operation) + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Described(n.Description,
            JoinParts(" ", "scalar", n.Name.Value, Join(n.Directives, " "))),
        ObjectTypeDefinitionNode n => Described(n.Description, JoinParts(" ", "type", n.Name.Value,
            Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields))),
        FieldDefinitionNode n => Described(n.Description, Concat(
            n.Name.Value, ArgumentDefinitions(n.Arguments), ": ", Print(n.Type), Wrap(" ", Join(n.Directives, " ")))),
        InputValueDefinitionNode n => Described(n.Description, Concat(
            n.Name.Value, ": ", Print(n.Type), Wrap(" = ", PrintOptional(n.DefaultValue)), Wrap(" ", Join(n.Directives, " ")))),
        InterfaceTypeDefinitionNode n => Described(n.Description, JoinParts(" ", "interface", n.Name.Value,
            Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields))),
        UnionTypeDefinitionNode n => Described(n.Description, JoinParts(" ", "union", n.Name.Value,
            Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | ")))),
        EnumTypeDefinitionNode n => Described(n.Description,
            JoinParts(" ", "enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values))),
        EnumValueDefinitionNode n => Described(n.Description, JoinParts(" ", n.Name.Value, Join(n.Directives, " "))),
        InputObjectTypeDefinitionNode n => Described(n.Description,
            JoinParts(" ", "input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields))),
        DirectiveDefinitionNode n => Described(n.Description, Concat(
            "directive @", n.Name.Value, ArgumentDefinitions(n.Arguments), Wrap(" ", Join(n.Directives, " ")),
            n.Repeatable ? " repeatable" : "", " on ", Join(n.Locations, " | "))),
        SchemaExtensionNode n => JoinParts(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        ScalarTypeExtensionNode n => JoinParts(" ", "extend scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeExtensionNode n => JoinParts(" ", "extend type", n.Name.Value,
            Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
        InterfaceTypeExtensionNode n => JoinParts(" ", "extend interface", n.Name.Value,
            Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
        UnionTypeExtensionNode n => JoinParts(" ", "extend union", n.Name.Value, Join(n.Directives, " "),
            Wrap("= ", Join(n.Types, " | "))),
        EnumTypeExtensionNode n => JoinParts(" ", "extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        InputObjectTypeExtensionNode n => JoinParts(" ", "extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        _ => throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node)),
    };

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var variables = HasMultilineItems(n.VariableDefinitions, out var printed)
            ? Wrap("(\n", string.Join('\n', printed), "\n)")
            : Wrap("(", string.Join(", ", printed), ")");
        var keyword = Keyword(n.Operation);
        var prefix = Concat(Wrap("", PrintOptional(n.Description), "\n"),
            JoinParts(" ", keyword, Concat(PrintOptional(n.Name), variables), Join(n.Directives, " ")));
        // An anonymous query with nothing but a selection set prints as the shorthand.
        return n.Operation == OperationType.Query && prefix.Length == keyword.Length
            ? Print(n.SelectionSet)
            : prefix + " " + Print(n.SelectionSet);
    }

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments) =>
        HasMultilineItems(arguments, out var printed)
            ? Wrap("(\n", Indent(string.Join('\n', printed)), "\n)")
            : Wrap("(", string.Join(", ", printed), ")");

    private static string WrappedLineAndArgs(string prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0) return prefix;
        var oneLine = Join(arguments, ", ");
        return prefix.Length + oneLine.Length + 2 > MaxLineLength
            ? prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : prefix + "(" + oneLine + ")";
    }

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string PrintOptional(SyntaxNode? node) => node is null ? "" : Print(node);

    private static string Described(StringValueNode? description, string definition) =>
        description is null ? definition : Print(description) + "\n" + definition;

    private static bool HasMultilineItems<T>(IReadOnlyList<T> nodes, out string[] printed) where T : SyntaxNode
    {
        printed = new string[nodes.Count];
        var multiline = false;
        for (var i = 0; i < nodes.Count; i++)
        {
            printed[i] = Print(nodes[i]);
            multiline |= printed[i].Contains('\n');
        }
        return multiline;
    }

    private static string Join<T>(IReadOnlyList<T> nodes, string separator) where T : SyntaxNode
    {
        if (nodes.Count == 0) return "";
        if (nodes.Count == 1) return Print(nodes[0]);
        var result = new StringBuilder();
        foreach (var node in nodes)
        {
            var text = Print(node);
            if (text.Length == 0) continue;
            if (result.Length > 0) result.Append(separator);
            result.Append(text);
        }
        return result.ToString();
    }

    // Joins the non-empty parts with a separator.
    private static string JoinParts(string separator, params ReadOnlySpan<string> parts)
    {
        var result = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0) continue;
            if (result.Length > 0) result.Append(separator);
            result.Append(part);
        }
        return result.ToString();
    }

    private static string Concat(params ReadOnlySpan<string> parts) => string.Concat(parts);

    private static string Wrap(string start, string text, string end = "") => text.Length == 0 ? "" : start + text + end;

    private static string Block<T>(IReadOnlyList<T> nodes) where T : SyntaxNode =>
        Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Indent(string text) => text.Length == 0 ? "" : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    /// <summary>A quoted string literal with the escapes graphql-js uses (control characters as \uXXXX).</summary>
    public static string PrintString(string value) =>
        Utilities.QuotedString.Quote(value, c => c < '\u0020' || (c >= '\u007F' && c <= '\u009F'), "X4");
}
