using System.Diagnostics.CodeAnalysis;

namespace Commissioning.Domain.Common;

/// <summary>
/// The outcome of a rule that returns nothing on success. Rules return this instead of
/// throwing, so a caller cannot forget that a rule can say no.
/// </summary>
public readonly struct Result
{
    private readonly DomainError? _error;

    private Result(DomainError? error) => _error = error;

    public static Result Success() => default;

    public static Result Failure(DomainError error) =>
        new(error ?? throw new ArgumentNullException(nameof(error)));

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => _error is null;

    [MemberNotNullWhen(true, nameof(Error))]
    public bool IsFailure => _error is not null;

    public DomainError? Error => _error;

    public static implicit operator Result(DomainError error) => Failure(error);

    /// <summary>Runs <paramref name="next"/> only when this succeeded; the first failure wins.</summary>
    public Result Then(Func<Result> next) => IsSuccess ? next() : this;

    public Result<T> Map<T>(Func<T> value) => IsSuccess ? Result<T>.Success(value()) : Result<T>.Failure(_error!);

    /// <summary>The first failure among <paramref name="results"/>, or success.</summary>
    public static Result FirstFailure(params ReadOnlySpan<Result> results)
    {
        foreach (var r in results)
        {
            if (r.IsFailure)
            {
                return r;
            }
        }
        return Success();
    }

    public override string ToString() => IsSuccess ? "Success" : $"Failure({_error})";
}

/// <summary>The outcome of a rule that produces a <typeparamref name="T"/> on success.</summary>
public readonly struct Result<T>
{
    private readonly T? _value;
    private readonly DomainError? _error;

    private Result(T? value, DomainError? error)
    {
        _value = value;
        _error = error;
    }

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(DomainError error) =>
        new(default, error ?? throw new ArgumentNullException(nameof(error)));

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => _error is null;

    [MemberNotNullWhen(true, nameof(Error))]
    public bool IsFailure => _error is not null;

    public DomainError? Error => _error;

    /// <summary>The value; reading it from a failure is a programming error, so it throws.</summary>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"No value: the result is a failure ({_error}).");

    public static implicit operator Result<T>(DomainError error) => Failure(error);

    public static implicit operator Result<T>(T value) => Success(value);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) =>
        IsSuccess ? Result<TOut>.Success(map(_value!)) : Result<TOut>.Failure(_error!);

    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> bind) =>
        IsSuccess ? bind(_value!) : Result<TOut>.Failure(_error!);

    /// <summary>Drops the value, keeping success or the error.</summary>
    public Result AsResult() => IsSuccess ? Result.Success() : Result.Failure(_error!);

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value!;
        return IsSuccess;
    }

    public override string ToString() => IsSuccess ? $"Success({_value})" : $"Failure({_error})";
}
