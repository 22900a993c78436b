using System.Globalization;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Utilities;

/// <summary>
/// Reads <c>@cost</c> and <c>@listSize</c> applied to a field in SDL into the metadata the code-first builder
/// writes (<see cref="FieldCost"/>, <see cref="ListSize"/>), so a schema built from SDL is measured, and
/// printed, exactly as one built in code.
/// </summary>
internal static class CostDirectiveReader
{
    public static void Read(IReadOnlyList<DirectiveNode> directives, MetadataMap metadata)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == CostDirectives.CostDirective.Name
                && Argument(directive, "weight") is StringValueNode weight
                && double.TryParse(weight.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
            {
                metadata[CostDirectives.CostKey] = new FieldCost(value);
            }
            else if (directive.Name.Value == CostDirectives.ListSizeDirective.Name)
            {
                metadata[CostDirectives.ListSizeKey] = new ListSize
                {
                    AssumedSize = Int(Argument(directive, "assumedSize")),
                    SlicingArguments = Strings(Argument(directive, "slicingArguments")),
                    SlicingArgumentDefaultValue = Int(Argument(directive, "slicingArgumentDefaultValue")),
                    SizedFields = Strings(Argument(directive, "sizedFields")),
                    RequireOneSlicingArgument = Argument(directive, "requireOneSlicingArgument") is not BooleanValueNode { Value: false },
                };
            }
        }
    }

    private static ValueNode? Argument(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;

    private static int? Int(ValueNode? node) =>
        node is IntValueNode i && int.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static IReadOnlyList<string> Strings(ValueNode? node) => node switch
    {
        ListValueNode list => list.Values.OfType<StringValueNode>().Select(s => s.Value).ToList(),
        StringValueNode single => [single.Value],
        _ => [],
    };
}
