namespace Commissioning.GraphQL.Validation;

/// <summary>
/// Unordered pairs of names, each remembered with whether it was compared under mutually exclusive
/// parents. A pair compared without exclusivity covers the exclusive case too (its check was
/// stricter), but not the reverse: that is what keeps the fragment comparisons of §5.3.2 both
/// memoised and correct.
/// </summary>
internal sealed class PairSet
{
    private readonly Dictionary<string, Dictionary<string, bool>> _data = new(StringComparer.Ordinal);

    public bool Contains(string a, string b, bool areMutuallyExclusive) =>
        Contains1(a, b, areMutuallyExclusive) || Contains1(b, a, areMutuallyExclusive);

    public void Add(string a, string b, bool areMutuallyExclusive)
    {
        if (!_data.TryGetValue(a, out var map)) _data[a] = map = new Dictionary<string, bool>(StringComparer.Ordinal);
        map[b] = areMutuallyExclusive;
    }

    private bool Contains1(string a, string b, bool areMutuallyExclusive)
    {
        if (!_data.TryGetValue(a, out var map) || !map.TryGetValue(b, out var storedExclusive)) return false;
        // An exclusive question is answered by either record; a non-exclusive one only by a non-exclusive record.
        return areMutuallyExclusive || !storedExclusive;
    }
}
