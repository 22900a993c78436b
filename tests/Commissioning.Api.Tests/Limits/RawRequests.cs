using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Commissioning.Api.GraphQL;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.Limits;

/// <summary>Requests whose body a test writes itself (a documentId, an exact size), with the status they got.</summary>
internal static class RawRequests
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostJsonAsync(this GraphQLApi api, string json, Actor? caller = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLServiceCollectionExtensions.Path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (caller is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.TokenFor(caller));
        using var response = await api.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(this GraphQLApi api, object body, Actor? caller = null) =>
        api.PostJsonAsync(JsonSerializer.Serialize(body), caller);
}
