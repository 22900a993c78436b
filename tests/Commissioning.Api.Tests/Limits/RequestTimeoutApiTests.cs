using System.Data.Common;
using System.Net;
using Commissioning.Api.Data;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.Tests.Limits;

/// <summary>GraphQL:RequestTimeout: a request still running is cancelled down to its SQL and answered 503 REQUEST_TIMEOUT.</summary>
public sealed class RequestTimeoutApiTests
{
    [Fact]
    public async Task A_query_still_running_at_the_timeout_is_cancelled_in_the_database_call_and_answered_503()
    {
        var stall = new StallingInterceptor();
        using var api = GraphQLApi.Start(
            db => TestData.AddLscb(db, "North LSCB", "Northshire"),
            new Dictionary<string, string?> { ["GraphQL:RequestTimeout"] = "00:00:00.200" },
            services => services.ConfigureDbContext<CommissioningDbContext>(o => o.AddInterceptors(stall)));

        stall.Armed = true;
        var (status, body) = await api.PostAsync(new { query = "{ lscbs { nodes { name } } }" }, TestData.Quality);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("REQUEST_TIMEOUT", body.ErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.True(await stall.Cancelled.Task, "the SQL command's cancellation token was not cancelled");
    }

    /// <summary>Holds every query until its cancellation token fires, as a slow database would.</summary>
    private sealed class StallingInterceptor : DbCommandInterceptor
    {
        public volatile bool Armed;
        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Armed)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Cancelled.TrySetResult(true);
                    throw;
                }
            }
            return result;
        }
    }
}
