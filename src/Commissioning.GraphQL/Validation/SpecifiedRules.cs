using Commissioning.GraphQL.Validation.Rules;

namespace Commissioning.GraphQL.Validation;

/// <summary>
/// The rules of spec §5, in the order graphql-js 16 applies them (its <c>specifiedRules</c>), so that
/// a document with several problems reports them in the same order. The list ends with graphql-js's
/// recommended MaxIntrospectionDepthRule, which guards introspection against abuse.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        // SingleFieldSubscriptionsRule
        // KnownTypeNamesRule
        // FragmentsOnCompositeTypesRule
        // VariablesAreInputTypesRule
        // ScalarLeafsRule
        // FieldsOnCorrectTypeRule
        // UniqueFragmentNamesRule
        // KnownFragmentNamesRule
        // NoUnusedFragmentsRule
        // PossibleFragmentSpreadsRule
        // NoFragmentCyclesRule
        // UniqueVariableNamesRule
        // NoUndefinedVariablesRule
        // NoUnusedVariablesRule
        // KnownDirectivesRule
        // UniqueDirectivesPerLocationRule
        // KnownArgumentNamesRule
        // UniqueArgumentNamesRule

        // ---- val-b adds its four rules on the lines below, in this order ----
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        // ---- end of val-b's lines ----

        // UniqueInputFieldNamesRule
        // MaxIntrospectionDepthRule
    ];
}
