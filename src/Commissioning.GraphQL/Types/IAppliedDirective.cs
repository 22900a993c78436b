using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// A directive applied to a schema element (spec §3.13 "Directives ... may also be used to annotate the type
/// system"), kept as a value in the element's <see cref="MetadataMap"/>. The schema printer writes every such
/// value after the element, so that what later layers enforce (cost, list sizes) is visible in the SDL that
/// clients build against.
/// </summary>
public interface IAppliedDirective
{
    /// <summary>The directive as it appears in SDL, e.g. <c>@cost(weight: "10")</c>.</summary>
    DirectiveNode ToSyntax();
}
