namespace Commissioning.Api.Hosting;

/// <summary>
/// The <c>--name value</c> options of a command, checked against the names it takes: an unknown name or a name
/// without its value is a mistake to report (exit code 2), never something to guess around.
/// </summary>
internal sealed class CommandLineArguments
{
    private readonly Dictionary<string, string> _values;

    private CommandLineArguments(Dictionary<string, string> values, List<string> positional)
    {
        _values = values;
        Positional = positional;
    }

    /// <summary>Words before the first option, such as the export's name.</summary>
    public IReadOnlyList<string> Positional { get; }

    public static bool TryParse(IReadOnlyList<string> args, IReadOnlyCollection<string> names, out CommandLineArguments parsed, out string problem)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        parsed = new CommandLineArguments(values, positional);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (values.Count > 0)
                {
                    problem = $"Unexpected '{arg}': options take one value each (quote a value holding spaces).";
                    return false;
                }
                positional.Add(arg);
                continue;
            }
            // --name=value as well as --name value.
            var split = arg.IndexOf('=', StringComparison.Ordinal);
            var name = split > 0 ? arg[..split] : arg;
            if (!names.Contains(name))
            {
                problem = $"Unknown option '{name}'.";
                return false;
            }
            string value;
            if (split > 0) value = arg[(split + 1)..];
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) value = args[++i];
            else
            {
                problem = $"{name} needs a value.";
                return false;
            }
            if (values.ContainsKey(name))
            {
                problem = $"{name} is given twice.";
                return false;
            }
            values[name] = value;
        }
        problem = "";
        return true;
    }

    public string? this[string name] => _values.GetValueOrDefault(name);

    public IEnumerable<KeyValuePair<string, string>> Values => _values;

    /// <summary>A whole number within bounds, or the problem with it; absent gives <paramref name="fallback"/>.</summary>
    public bool TryInt(string name, int min, int max, int? fallback, out int? value, out string problem)
    {
        value = fallback;
        problem = "";
        if (this[name] is not { } text) return true;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            && parsed >= min && parsed <= max)
        {
            value = parsed;
            return true;
        }
        problem = $"{name} '{text}' is not a whole number from {min:N0} to {max:N0}.";
        return false;
    }
}
