using Commissioning.GraphQL.Validation.Limits;

namespace Commissioning.Api.GraphQL;

/// <summary>
/// The operation limits of <see cref="OperationLimits"/>, bound from <c>Commissioning:GraphQL:Limits</c>. An empty
/// value (or 0) turns a limit off. Each refusal is a request error with a stable <c>extensions.code</c>
/// (<see cref="OperationLimitCodes"/>).
/// </summary>
public sealed class OperationLimitsOptions
{
    private static readonly OperationLimits Defaults = new();

    public int? MaxDepth { get; set; } = Defaults.MaxDepth;
    public int? MaxAliases { get; set; } = Defaults.MaxAliases;
    public int? MaxRootFields { get; set; } = Defaults.MaxRootFields;
    public double? MaxFieldCost { get; set; } = Defaults.MaxFieldCost;

    /// <summary>The size assumed for a list field that is not a connection.</summary>
    public int DefaultListSize { get; set; } = Defaults.DefaultListSize;

    /// <summary>Adds <c>extensions.operationCost</c> (field cost, depth, aliases, root fields) to every response.</summary>
    public bool ReportCost { get; set; }

    public OperationLimits ToLimits() => new()
    {
        MaxDepth = Limit(MaxDepth),
        MaxAliases = Limit(MaxAliases),
        MaxRootFields = Limit(MaxRootFields),
        MaxFieldCost = MaxFieldCost is > 0 ? MaxFieldCost : null,
        DefaultListSize = DefaultListSize,
        ReportCost = ReportCost,
    };

    private static int? Limit(int? value) => value is > 0 ? value : null;
}

/// <summary>Page sizes of every connection, bound from <c>Commissioning:GraphQL:Paging</c>.</summary>
public sealed class PagingOptions
{
    /// <summary>The page a connection returns without <c>first</c> or <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>The largest <c>first</c> or <c>last</c> accepted; more is an error (PAGING_MAX_PAGE_SIZE_EXCEEDED), never a silent clamp.</summary>
    public int MaxPageSize { get; set; } = 100;

    public Conventions.ConnectionOptions ToConnectionOptions() => new() { DefaultPageSize = DefaultPageSize, MaxPageSize = MaxPageSize };
}

/// <summary>Who may run introspection queries.</summary>
public enum IntrospectionPolicy
{
    /// <summary>Every caller, signed in or not.</summary>
    Anyone,
    /// <summary>Signed-in callers (a valid token naming one of our users); anonymous callers get INTROSPECTION_NOT_ALLOWED.</summary>
    Authenticated,
    /// <summary>Nobody; clients use the published schema/schema.graphql.</summary>
    Disabled,
}
