using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commissioning.Api.Hosting;

/// <summary>
/// Writes /health as JSON, e.g. <c>{"status":"Unhealthy","checks":{"database":{"status":"Unhealthy","description":"..."}}}</c>,
/// so a load balancer reads the status code and a person reads which dependency failed.
/// </summary>
internal static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
