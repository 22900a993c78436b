using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Commissioning.Domain.Indicators;

namespace Commissioning.Api.Reporting;

/// <summary>What a submitted return reported for one indicator, with the terms it was rated against and its rating.</summary>
public readonly record struct ReportedValue(string IndicatorCode, decimal Target, decimal AmberTolerance, decimal? Value, Rag Rag)
{
    public static ReportedValue Of(IndicatorValue value) => new(value.IndicatorCode, value.Target, value.AmberTolerance, value.Value, value.Rag);
}

/// <summary>
/// Reads a return's <c>Values</c> column (the owned JSON collection EF Core writes for <see cref="IndicatorReturn.Values"/>)
/// straight into <see cref="ReportedValue"/>s, for the dashboard's ratings: one pass of a <see cref="Utf8JsonReader"/> over
/// the column, the members a rating needs and nothing else. Deserializing whole <see cref="IndicatorValue"/>s
/// (<see cref="JsonColumnReader"/>) set each member through a boxed setter, a tenth of a compliance page's allocations.
/// Numbers are read as System.Text.Json reads them for the domain (<see cref="Utf8Parser"/>), from text (SQLite) or
/// numbers (PostgreSQL); enums by member name. ProviderComplianceLoaderTests compare the result with the domain's on both engines.
/// </summary>
internal static class ReportedValues
{
    private static readonly (byte[] Name, IndicatorUnit Value)[] Units = Names<IndicatorUnit>();
    private static readonly (byte[] Name, IndicatorDirection Value)[] Directions = Names<IndicatorDirection>();

    public static IReadOnlyList<ReportedValue> Read(string json)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static List<ReportedValue> Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var values = new List<ReportedValue>();
        Expect(ref reader, JsonTokenType.StartArray);
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject) throw Malformed(reader);
            string? code = null;
            decimal target = 0, tolerance = 0;
            decimal? value = null;
            IndicatorUnit unit = default;
            IndicatorDirection direction = default;
            while (Next(ref reader) != JsonTokenType.EndObject)
            {
                if (reader.TokenType != JsonTokenType.PropertyName) throw Malformed(reader);
                if (reader.ValueTextEquals("IndicatorCode"u8)) code = NextString(ref reader);
                else if (reader.ValueTextEquals("Target"u8)) target = NextDecimal(ref reader) ?? throw Malformed(reader);
                else if (reader.ValueTextEquals("AmberTolerance"u8)) tolerance = NextDecimal(ref reader) ?? throw Malformed(reader);
                else if (reader.ValueTextEquals("Value"u8)) value = NextDecimal(ref reader);
                else if (reader.ValueTextEquals("Unit"u8)) unit = NextEnum(ref reader, Units);
                else if (reader.ValueTextEquals("Direction"u8)) direction = NextEnum(ref reader, Directions);
                else
                {
                    Next(ref reader);
                    reader.Skip();
                }
            }
            values.Add(new ReportedValue(code ?? throw Malformed(reader), target, tolerance, value,
                RagCalculator.Rate(unit, direction, target, tolerance, value)));
        }
        return values;
    }

    private static string NextString(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static decimal? NextDecimal(ref Utf8JsonReader reader)
    {
        switch (Next(ref reader))
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return reader.GetDecimal();
            case JsonTokenType.String when !reader.ValueIsEscaped && !reader.HasValueSequence:
                if (Utf8Parser.TryParse(reader.ValueSpan, out decimal parsed, out var consumed) && consumed == reader.ValueSpan.Length) return parsed;
                throw Malformed(reader);
            case JsonTokenType.String:
                return decimal.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);
            default:
                throw Malformed(reader);
        }
    }

    private static TEnum NextEnum<TEnum>(ref Utf8JsonReader reader, (byte[] Name, TEnum Value)[] members)
    {
        Expect(ref reader, JsonTokenType.String);
        foreach (var (name, value) in members)
            if (reader.ValueTextEquals(name)) return value;
        throw Malformed(reader);
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) => reader.Read() ? reader.TokenType : throw new JsonException("The values column ends early.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (Next(ref reader) != token) throw Malformed(reader);
    }

    private static JsonException Malformed(Utf8JsonReader reader) =>
        new($"The values column is not what EF Core writes for IndicatorValue: unexpected {reader.TokenType} at byte {reader.TokenStartIndex}.");

    private static (byte[] Name, TEnum Value)[] Names<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => (Encoding.UTF8.GetBytes(v.ToString()), v))];
}
