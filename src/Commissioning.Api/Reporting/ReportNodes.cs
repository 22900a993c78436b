using Commissioning.Api.Data;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Reporting;

/// <summary>
/// Report rows refer to records (a provider, an action plan, an LSCB) by type and key. They are
/// presented as <c>Node</c>s fetched through the node registry, so each kind is one batched fetch
/// however many rows refer to it; a kind this schema cannot fetch by id resolves to null.
/// </summary>
internal static class ReportNodes
{
    public const string Provider = "Provider";
    public const string Lscb = "Lscb";

    public static Task<object?> ResolveAsync(NodeRegistry nodes, IResolveFieldContext context, string typeName, Guid? key) =>
        key is { } id && nodes.TypeNames.Contains(typeName)
            ? nodes.ResolveAsync(context, NodeId.Encode(typeName, id))
            : Task.FromResult<object?>(null);

    public static string? Id(string typeName, Guid? key) => key is { } id ? NodeId.Encode(typeName, id) : null;

    /// <summary>A provider's name, batched per request, for rows that carry only its id.</summary>
    public static async Task<string?> ProviderNameAsync(IResolveFieldContext context, Guid? providerId)
    {
        if (providerId is not { } id) return null;
        var loader = context.DataLoaders.Batch<Guid, string>("reporting:provider-names", async (ids, ct) =>
        {
            var db = context.RequestServices.GetRequiredService<CommissioningDbContext>();
            return await db.Providers.AsNoTracking().IgnoreAutoIncludes().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct).ConfigureAwait(false);
        });
        return await loader.LoadAsync(id).ConfigureAwait(false);
    }
}
