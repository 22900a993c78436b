using System.Text.Json;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Api.Security;

/// <summary>
/// A request that presents a bearer token which does not validate runs as nobody: it is answered 401 at once,
/// with <c>WWW-Authenticate</c> (RFC 6750 §3) and a GraphQL-shaped error (GraphQL over HTTP allows a non-2xx
/// status when the request is refused before execution). A request without a token is anonymous instead;
/// deciding what anonymous callers may see is authorization's job.
/// </summary>
public static class InvalidTokenResponse
{
    public const string Code = "AUTH_INVALID_TOKEN";

    // As the GraphQL endpoint writes: minimal escaping, so "token's" is not "token\u0027s".
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task RejectInvalidTokensAsync(HttpContext context, Func<Task> next)
    {
        // The handler caches its result per request, so this reads what UseAuthentication already computed.
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result.Failure is null)
        {
            await next();
            return;
        }
        await WriteAsync(context, Describe(result.Failure));
    }

    /// <summary>
    /// Why the token was refused, in words safe to show anyone: the kind of failure, never the token's content,
    /// the keys or the handler's internal message.
    /// </summary>
    public static string Describe(Exception failure) => (failure is AggregateException { InnerExceptions.Count: > 0 } many ? many.InnerExceptions[0] : failure) switch
    {
        SecurityTokenExpiredException => "The bearer token has expired.",
        SecurityTokenNotYetValidException => "The bearer token is not valid yet.",
        SecurityTokenNoExpirationException => "The bearer token has no expiry time.",
        SecurityTokenInvalidAudienceException => "The bearer token is for another audience.",
        SecurityTokenInvalidIssuerException => "The bearer token is from an issuer this API does not trust.",
        SecurityTokenInvalidAlgorithmException => "The bearer token is signed with an algorithm this API does not accept.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The bearer token's signature does not verify.",
        UnrecognisedCallerException e => e.Message,
        _ => "The bearer token is malformed or cannot be validated.",
    };

    private static async Task WriteAsync(HttpContext context, string message)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{message}\"";
        // Refused before any GraphQL request was read, so not a GraphQL response: application/json, as for the
        // endpoint's other transport-level refusals.
        response.ContentType = MediaTypes.Json + "; charset=utf-8";
        var result = ExecutionResult.RequestError(RequestFailure.NotAuthenticated, new GraphQLError(message,
            extensions: new Dictionary<string, object?> { ["code"] = Code }));
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            ResponseJsonWriter.Write(writer, result);
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
