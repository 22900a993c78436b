using Commissioning.Domain.Common;

namespace Commissioning.Domain.Tests.Common;

public class ResultTests
{
    private static readonly DomainError Broken = DomainError.Validation("Title is required.", "title");

    [Fact]
    public void An_error_converts_to_a_failure()
    {
        Result result = Broken;
        Result<int> typed = Broken;

        Assert.True(result.IsFailure);
        Assert.Equal(ErrorCodes.ValidationFailed, result.Error.Code);
        Assert.Equal("title", typed.Error!.Field);
        Assert.Throws<InvalidOperationException>(() => typed.Value);
    }

    [Fact]
    public void A_value_converts_to_a_success()
    {
        Result<string> result = "ok";

        Assert.True(result.IsSuccess);
        Assert.Equal("ok", result.Value);
        Assert.Equal(2, result.Map(s => s.Length).Value);
        Assert.True(result.AsResult().IsSuccess);
    }

    [Fact]
    public void The_first_failure_wins()
    {
        var second = new DomainError(ErrorCodes.NoActions, "No actions.");

        var result = Result.FirstFailure(Result.Success(), Broken, second);

        Assert.Equal(Broken, result.Error);
        Assert.True(Result.FirstFailure(Result.Success(), Result.Success()).IsSuccess);
        Assert.Equal(Broken, Result.Success().Then(() => Broken).Error);
        Assert.Equal(Broken, Result.Failure(Broken).Then(() => second).Error);
    }

    [Fact]
    public void Bind_stops_at_the_first_failure()
    {
        Result<int> start = 3;

        Assert.Equal(6, start.Bind(x => (Result<int>)(x * 2)).Value);
        Assert.Equal(Broken, start.Bind<int>(_ => Broken).Error);
        Assert.Equal(Broken, ((Result<int>)Broken).Bind(x => (Result<int>)(x * 2)).Error);
    }
}
