namespace Commissioning.GraphQL.Language;

/// <summary>A GraphQL document's text and a name for it in error messages.</summary>
public sealed class Source(string body, string name = "GraphQL request")
{
    private int[]? _lineStarts;

    public string Body { get; } = body;
    public string Name { get; } = name;

    /// <summary>
    /// The 1-based line and column of a character offset. Line terminators are those of
    /// spec §2.1.3 (LF, CR, CRLF); columns count UTF-16 code units, like graphql-js.
    /// </summary>
    public SourcePosition GetPosition(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Body);
        var index = Array.BinarySearch(starts, offset);
        if (index < 0) index = ~index - 1;
        return new SourcePosition(index + 1, offset - starts[index] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}

/// <summary>A 1-based line and column, as reported in a GraphQL error's <c>locations</c>.</summary>
public readonly record struct SourcePosition(int Line, int Column);

/// <summary>The span of source text a syntax node was parsed from.</summary>
public sealed class Location(int start, int end, Source source)
{
    public int Start { get; } = start;
    public int End { get; } = end;
    public Source Source { get; } = source;
    public SourcePosition StartPosition => Source.GetPosition(Start);
}
