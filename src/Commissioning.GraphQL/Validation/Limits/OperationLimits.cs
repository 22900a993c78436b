namespace Commissioning.GraphQL.Validation.Limits;

/// <summary>
/// Server limits on one operation, checked by <see cref="OperationLimitsGuard"/> before it executes. A null
/// maximum means no limit. Each refusal is a request error with a stable code from <see cref="OperationLimitCodes"/>.
/// </summary>
public sealed record OperationLimits
{
    /// <summary>The deepest field nesting allowed, fragments expanded: <c>{ a { b } }</c> has depth 2.</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>The most aliased fields allowed, counted once for every place a fragment is spread.</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>The most root fields (distinct response keys of the root selection set) allowed.</summary>
    public int? MaxRootFields { get; init; } = 20;

    /// <summary>The highest field cost allowed (see <see cref="OperationMeasurer"/> for how it is computed).</summary>
    public double? MaxFieldCost { get; init; } = 50_000;

    /// <summary>
    /// The size assumed for a list field that has no <c>@listSize</c>: lists an object owns (a provider's contracts),
    /// which are short; lists that can grow are connections and say their size.
    /// </summary>
    public int DefaultListSize { get; init; } = 5;

    /// <summary>The weight of a field returning an object, interface or union when it has no <c>@cost</c>.</summary>
    public double DefaultCompositeFieldWeight { get; init; } = 1;

    /// <summary>The weight of a field returning a scalar or enum when it has no <c>@cost</c>.</summary>
    public double DefaultLeafFieldWeight { get; init; }

    /// <summary>Adds the measures to the response as <c>extensions.operationCost</c>, whether the operation runs or not.</summary>
    public bool ReportCost { get; init; }
}

/// <summary>The <c>extensions.code</c> of each refusal by a limit. Clients switch on these; never rename one.</summary>
public static class OperationLimitCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";
    public const string MaxFieldCostExceeded = "MAX_FIELD_COST_EXCEEDED";

    /// <summary>A field whose <c>@listSize</c> requires exactly one slicing argument got none or several.</summary>
    public const string SlicingArgumentRequired = "SLICING_ARGUMENT_REQUIRED";

    /// <summary>The caller may not run introspection (see <see cref="IntrospectionGuard"/>).</summary>
    public const string IntrospectionNotAllowed = "INTROSPECTION_NOT_ALLOWED";
}
