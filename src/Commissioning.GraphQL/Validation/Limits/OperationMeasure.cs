using Commissioning.GraphQL.Errors;

namespace Commissioning.GraphQL.Validation.Limits;

/// <summary>What <see cref="OperationMeasurer"/> found in one operation.</summary>
/// <param name="Depth">The deepest field nesting, fragments expanded.</param>
/// <param name="Aliases">Aliased fields, each fragment counted as often as it is spread.</param>
/// <param name="RootFields">Distinct response keys of the root selection set.</param>
/// <param name="FieldCost">The operation's field cost.</param>
/// <param name="Errors">Fields whose <c>@listSize</c> could not be applied (<see cref="OperationLimitCodes.SlicingArgumentRequired"/>).</param>
public sealed record OperationMeasure(int Depth, double Aliases, int RootFields, double FieldCost, IReadOnlyList<GraphQLError> Errors);
