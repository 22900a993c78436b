using Commissioning.Api.Data;
using Commissioning.Domain.Common;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Api.Tests.GraphQL.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// Request contexts come from EF Core's context pool and are restricted to their caller's data scope as they are handed
/// out: a context used by one provider's staff and returned must never show another caller that provider's scope, or
/// its own rows to another provider, however requests interleave.
/// </summary>
public sealed class PooledContextScopeTests
{
    private const string Dashboard = """{ complianceSummary(quarter: "2025/26-Q2", first: 10) { totalCount nodes { providerName } } }""";

    [Fact]
    public async Task Interleaved_callers_each_see_their_own_scope_through_reused_contexts()
    {
        Guid first = Guid.Empty, second = Guid.Empty;
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            first = ReportingSeed.AddProvider(db, lscb, 1).Provider.Id;
            second = ReportingSeed.AddProvider(db, lscb, 2).Provider.Id;
        });
        var callers = new (Actor Caller, string[] Expected)[]
        {
            (ReportingSeed.StaffOf(first), ["Provider 001"]),
            (ReportingSeed.QualityTeam, ["Provider 001", "Provider 002"]),
            (ReportingSeed.StaffOf(second), ["Provider 002"]),
        };

        // Far more requests than run at once, so contexts go back to the pool and out again to other callers.
        for (var round = 0; round < 4; round++)
        {
            var requests = Enumerable.Range(0, 30).Select(i => callers[(i + round) % callers.Length])
                .Select(async c => (c.Expected, Response: await api.PostAsync(Dashboard, caller: c.Caller)));
            foreach (var (expected, response) in await Task.WhenAll(requests))
            {
                response.AssertNoErrors();
                Assert.Equal(expected.Length, response.At("data", "complianceSummary", "totalCount").GetInt32());
                Assert.Equal(expected, response.At("data", "complianceSummary", "nodes").EnumerateArray().Select(n => n.GetProperty("providerName").GetString()));
            }
        }
    }

    [Fact]
    public async Task A_context_returned_to_the_pool_is_restricted_to_nothing_until_it_is_handed_out_again()
    {
        using var api = GraphQLApi.Start(db => ReportingSeed.AddProvider(db, ReportingSeed.AddLscb(db), 1));
        var factory = api.Services.GetRequiredService<IDbContextFactory<CommissioningDbContext>>();

        CommissioningDbContext handedOut;
        await using (var scope = api.Services.CreateAsyncScope())
        {
            handedOut = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
            Assert.Null(handedOut.ScopedProviderId); // no caller: unrestricted, as for hosted services
            Assert.Equal(1, await handedOut.Providers.CountAsync());
        }

        // Straight from the pool, without the scope's restriction: the same instance, and it reads nothing.
        await using var raw = factory.CreateDbContext();
        Assert.Same(handedOut, raw);
        Assert.Equal(0, await raw.Providers.CountAsync());
    }
}
