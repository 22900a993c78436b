using System.Security.Claims;
using Commissioning.Api.GraphQL;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.GraphQL;

public sealed class CallerClaimsTests
{
    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "Bearer"));

    [Fact]
    public void Our_claim_names_describe_the_actor()
    {
        var providerId = Guid.NewGuid();
        var actor = CallerClaims.ToActor(Principal(("sub", "u1"), ("name", "Sam"), ("role", "PROVIDER"), ("provider_id", providerId.ToString())));
        Assert.Equal(new Actor("u1", "Sam", Role.Provider, providerId), actor);
    }

    [Fact]
    public void The_claim_names_the_JWT_handler_maps_to_are_accepted()
    {
        var actor = CallerClaims.ToActor(Principal((ClaimTypes.NameIdentifier, "u2"), (ClaimTypes.Role, "DIRECTOR")));
        Assert.Equal(Role.Director, actor!.Role);
        Assert.Equal("u2", actor.DisplayName);
    }

    [Theory]
    [InlineData("sub", "u1", "role", "SUPERUSER")]
    [InlineData("sub", "u1", "role", "PROVIDER")]
    [InlineData("role", "QUALITY_TEAM", "name", "No id")]
    public void Claims_that_do_not_describe_one_of_our_users_give_nobody(string type1, string value1, string type2, string value2) =>
        Assert.Null(CallerClaims.ToActor(Principal((type1, value1), (type2, value2))));

    [Fact]
    public void A_provider_id_on_a_commissioner_or_a_malformed_one_gives_nobody()
    {
        Assert.Null(CallerClaims.ToActor(Principal(("sub", "u1"), ("role", "QUALITY_TEAM"), ("provider_id", Guid.NewGuid().ToString()))));
        Assert.Null(CallerClaims.ToActor(Principal(("sub", "u1"), ("role", "PROVIDER"), ("provider_id", "not-a-guid"))));
    }

    [Fact]
    public void An_unauthenticated_principal_is_nobody() =>
        Assert.Null(CallerClaims.ToActor(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "u1"), new Claim("role", "DIRECTOR")]))));
}
