namespace Commissioning.Domain.Common;

/// <summary>
/// Where the domain gets the ids of records it creates itself (actions, updates, scrutinies,
/// duty assessments...). Normally a time-ordered GUID; a caller that must reproduce the same
/// records twice (demo data, imports replayed from a file) scopes its own source around its calls.
/// </summary>
/// <remarks>
/// The override is an <see cref="AsyncLocal{T}"/>, so one thread's deterministic source never
/// leaks into requests served on others.
/// </remarks>
public static class DomainIds
{
    private static readonly AsyncLocal<Func<Guid>?> Source = new();

    public static Guid New() => Source.Value?.Invoke() ?? Guid.CreateVersion7();

    /// <summary>Makes <see cref="New"/> draw from <paramref name="source"/> until the returned scope is disposed.</summary>
    public static IDisposable Use(Func<Guid> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var previous = Source.Value;
        Source.Value = source;
        return new Scope(previous);
    }

    private sealed class Scope(Func<Guid>? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                Source.Value = previous;
                _disposed = true;
            }
        }
    }
}
