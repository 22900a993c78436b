using Commissioning.Api.GraphQL.Conventions;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.Reporting;

/// <summary>
/// The <c>lscb:</c> argument of report connections: keep only providers that belong to that LSCB. A provider may
/// belong to several boards, so membership is not one key a <c>where:</c> field could compare; it is an argument,
/// which lets the dashboard (and its exports) send the board it shows instead of the ids of its providers.
/// </summary>
internal static class LscbArgument
{
    public const string Name = "lscb";

    public const string Description = "Keep only providers that belong to this LSCB (its `id`); a provider may belong to several.";

    public static FieldBuilder Declare(FieldBuilder field) =>
        field.Argument(Name, Scalars.ID, a => a.Description(Description));

    /// <summary>The board asked for, or null for every provider; an id that is not an LSCB's is the caller's error.</summary>
    public static Guid? Of(IResolveFieldContext context) =>
        context.GetArgument<string?>(Name) is { } id ? NodeId.Decode<Guid>(id, ReportNodes.Lscb) : null;
}
