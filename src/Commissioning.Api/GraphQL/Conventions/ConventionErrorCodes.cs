namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// The <c>extensions.code</c> of GraphQL errors the conventions raise. Clients switch on these, so a
/// code is never renamed once published.
/// </summary>
public static class ConventionErrorCodes
{
    /// <summary>An id that is not base64 of "TypeName:key", or whose key does not parse.</summary>
    public const string InvalidNodeId = "INVALID_NODE_ID";

    /// <summary>A well-formed id of another type than the argument expects.</summary>
    public const string NodeIdTypeMismatch = "NODE_ID_TYPE_MISMATCH";

    /// <summary>A well-formed id of a type that is not a node of this schema.</summary>
    public const string UnknownNodeType = "UNKNOWN_NODE_TYPE";

    /// <summary>A cursor this server did not issue for this ordering.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary><c>first</c> and <c>last</c> given together.</summary>
    public const string FirstAndLast = "PAGING_FIRST_AND_LAST";

    /// <summary><c>first</c> or <c>last</c> below zero.</summary>
    public const string NegativePageSize = "PAGING_NEGATIVE_COUNT";

    /// <summary><c>first</c> or <c>last</c> above the connection's maximum page size.</summary>
    public const string MaxPageSizeExceeded = "PAGING_MAX_PAGE_SIZE_EXCEEDED";

    /// <summary>A <c>where:</c> or <c>order:</c> argument that cannot be applied (e.g. two keys in one sort item).</summary>
    public const string InvalidFilter = "INVALID_FILTER";
}
