using Commissioning.GraphQL.Validation.Rules;

namespace Commissioning.GraphQL.Validation;

/// <summary>
/// The rules of spec §5, in the order graphql-js 16 applies them (its <c>specifiedRules</c>), so that
/// a document with several problems reports them in the same order. The list ends with graphql-js's
/// recommended <see cref="MaxIntrospectionDepthRule"/>, which guards introspection against abuse.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),

        // ---- val-b adds its four rules on the lines below, in this order ----
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        // ---- end of val-b's lines ----

        new UniqueInputFieldNamesRule(),
        new MaxIntrospectionDepthRule(),
    ];
}
