using Commissioning.Domain.Common;

namespace Commissioning.Api.GraphQL.Mutations;

/// <summary>The typed errors mutations declare in their payload unions.</summary>
internal static class MutationErrors
{
    /// <summary>What any change of an existing aggregate can meet before the domain is asked: it is gone, it moved on, or it is not the caller's to change.</summary>
    public static readonly string[] UpdateErrors = [ErrorCodes.NotFound, ErrorCodes.ConcurrencyConflict, ErrorCodes.Forbidden];

    public static string[] Codes(params string[] codes) => codes;

    public static string[] With(this string[] codes, params string[] more) => [.. codes, .. more];
}
