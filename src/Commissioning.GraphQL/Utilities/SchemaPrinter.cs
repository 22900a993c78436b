using System.Text;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Utilities;

/// <summary>
/// Schema → SDL, character for character as graphql-js v16 <c>printSchema</c>: specified scalars,
/// specified directives and introspection types are left out; the schema definition is printed only
/// when it has a description or its roots are not named Query/Mutation/Subscription.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition) parts.Add(definition);
        foreach (var directive in schema.Directives)
            if (!Directives.IsSpecified(directive)) parts.Add(PrintDirective(directive));
        foreach (var type in schema.Types)
            if (!Scalars.IsSpecified(type) && !Introspection.IsIntrospectionType(type)) parts.Add(PrintType(type));
        return string.Join("\n\n", parts);
    }

    public static string PrintType(INamedType type) => type switch
    {
        ScalarType s => Description(s.Description) + "scalar " + s.Name + SpecifiedBy(s),
        ObjectType o => Description(o.Description) + "type " + o.Name + Implements(o.Interfaces) + Applied(o.AppliedDirectives) + Fields(o.Fields),
        InterfaceType i => Description(i.Description) + "interface " + i.Name + Implements(i.Interfaces) + Fields(i.Fields),
        UnionType u => Description(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        EnumType e => Description(e.Description) + "enum " + e.Name + Block(e.Values.Select((v, i) =>
            Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType io => Description(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : "") + Block(io.Fields.Select((f, i) =>
            Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
    };

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && HasCommonRootNames(schema)) return null;
        var sb = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        if (schema.QueryType is { } q) sb.Append("  query: ").Append(q.Name).Append('\n');
        if (schema.MutationType is { } m) sb.Append("  mutation: ").Append(m.Name).Append('\n');
        if (schema.SubscriptionType is { } s) sb.Append("  subscription: ").Append(s.Name).Append('\n');
        return sb.Append('}').ToString();
    }

    private static bool HasCommonRootNames(Schema schema) =>
        schema.QueryType is null or { Name: "Query" } &&
        schema.MutationType is null or { Name: "Mutation" } &&
        schema.SubscriptionType is null or { Name: "Subscription" };

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, "") +
        (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations);

    private static string Implements(IReadOnlyList<InterfaceType> interfaces) =>
        interfaces.Count > 0 ? " implements " + string.Join(" & ", interfaces.Select(i => i.Name)) : "";

    private static string Fields(DefinitionCollection<FieldDefinition> fields) => Block(fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Applied(f.Metadata) +
        Applied(f.AppliedDirectives) + Deprecated(f.DeprecationReason)));

    /// <summary>Directives a later layer enforces (<see cref="IAppliedDirective"/> metadata), in the order they were declared.</summary>
    private static string Applied(MetadataMap metadata)
    {
        var text = "";
        foreach (var (_, value) in metadata)
            if (value is IAppliedDirective directive) text += " " + Language.Printer.Print(directive.ToSyntax());
        return text;
    }

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string Arguments(DefinitionCollection<InputValueDefinition> args, string indentation)
    {
        if (args.Count == 0) return "";
        if (args.All(a => a.Description is null)) return "(" + string.Join(", ", args.Select(InputValue)) + ")";
        return "(\n" + string.Join("\n", args.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) +
            "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } defaultAst)
            text += " = " + ValuePrinter.Print(defaultAst);
        return text + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason)
    {
        if (reason is null) return "";
        return reason == Directives.DefaultDeprecationReason ? " @deprecated" : " @deprecated(reason: " + ValuePrinter.PrintString(reason) + ")";
    }

    /// <summary>
    /// Applied directives other than the built-in ones, e.g. <c> @authorize(roles: ["A"])</c>; graphql-js
    /// prints none, so a schema without them prints exactly as it does.
    /// </summary>
    private static string Applied(IReadOnlyList<AppliedDirective> directives)
    {
        if (directives.Count == 0) return "";
        var sb = new StringBuilder();
        foreach (var directive in directives)
        {
            sb.Append(" @").Append(directive.Name);
            var arguments = directive.Definition.Arguments
                .Where(a => directive.Arguments.ContainsKey(a.Name))
                .Select(a => a.Name + ": " + (AstFromValue.Convert(directive.Arguments[a.Name], a.Type) is { } ast ? ValuePrinter.Print(ast) : "null"))
                .ToList();
            if (arguments.Count > 0) sb.Append('(').Append(string.Join(", ", arguments)).Append(')');
        }
        return sb.ToString();
    }

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : " @specifiedBy(url: " + ValuePrinter.PrintString(scalar.SpecifiedByUrl) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        var text = ValuePrinter.IsPrintableAsBlockString(description)
            ? ValuePrinter.PrintBlockString(description)
            : ValuePrinter.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
