using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Types;

/// <summary>The directives every schema has (spec §3.13): @include, @skip, @deprecated, @specifiedBy, @oneOf.</summary>
public static class Directives
{
    /// <summary>The reason @deprecated gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new DirectiveDefinition("include",
            DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT)
        {
            Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        }
        .AddArgument(new InputValueDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Included when true." });

    public static DirectiveDefinition Skip { get; } = new DirectiveDefinition("skip",
            DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT)
        {
            Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        }
        .AddArgument(new InputValueDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Skipped when true." });

    public static DirectiveDefinition Deprecated { get; } = new DirectiveDefinition("deprecated",
            DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION,
            DirectiveLocation.INPUT_FIELD_DEFINITION, DirectiveLocation.ENUM_VALUE)
        {
            Description = "Marks an element of a GraphQL schema as no longer supported.",
        }
        .AddArgument(new InputValueDefinition("reason", Scalars.String)
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = DefaultDeprecationReason,
        });

    public static DirectiveDefinition SpecifiedBy { get; } = new DirectiveDefinition("specifiedBy", DirectiveLocation.SCALAR)
        {
            Description = "Exposes a URL that specifies the behavior of this scalar.",
        }
        .AddArgument(new InputValueDefinition("url", new NonNullType(Scalars.String))
        {
            Description = "The URL that specifies the behavior of this scalar.",
        });

    public static DirectiveDefinition OneOf { get; } = new("oneOf", DirectiveLocation.INPUT_OBJECT)
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    public static IReadOnlyList<DirectiveDefinition> Specified { get; } = Freeze([Include, Skip, Deprecated, SpecifiedBy, OneOf]);

    public static bool IsSpecified(DirectiveDefinition directive)
    {
        foreach (var d in Specified)
            if (ReferenceEquals(d, directive)) return true;
        return false;
    }

    private static DirectiveDefinition[] Freeze(DirectiveDefinition[] directives)
    {
        foreach (var d in directives) d.Freeze();
        return directives;
    }
}
