using System.Globalization;
using System.Text.RegularExpressions;
using Commissioning.Domain;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// The custom scalars of the commissioning schema (ENGINEERING.md "Scalars"), named and shaped as
/// HotChocolate names them. Input coercion is strict (spec §3.5): a value of the wrong kind or an
/// unparsable string is an error naming the scalar and the value, never a silent conversion.
/// </summary>
public static partial class ConventionScalars
{
    public static ScalarType DateTime { get; } = new("DateTime", SerializeDateTime, ParseDateTime,
        (node, _) => ParseDateTime(StringLiteral(node, "DateTime")))
    {
        Description = "An instant with its UTC offset, written as RFC 3339 (e.g. `2025-10-01T09:30:00.000+01:00`).",
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time",
    };

    public static ScalarType Date { get; } = new("Date", SerializeDate, ParseDate, (node, _) => ParseDate(StringLiteral(node, "Date")))
    {
        Description = "A calendar date without time or offset, written `yyyy-MM-dd`.",
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/local-date",
    };

    public static ScalarType Decimal { get; } = new("Decimal", SerializeDecimal, ParseDecimalValue, ParseDecimalLiteral)
    {
        Description = "An exact decimal number (money, rates), written as a JSON number.",
        SpecifiedByUrl = "https://learn.microsoft.com/dotnet/api/system.decimal",
    };

    public static ScalarType Uuid { get; } = new("UUID", SerializeUuid, ParseUuid, (node, _) => ParseUuid(StringLiteral(node, "UUID")))
    {
        Description = "A UUID written in its 36-character hyphenated form.",
        SpecifiedByUrl = "https://tools.ietf.org/html/rfc4122",
    };

    public static ScalarType Long { get; } = new("Long", SerializeLong, ParseLongValue, ParseLongLiteral)
    {
        Description = "A 64-bit signed integer; input may be an integer or a string of digits (JSON numbers lose precision past 2^53).",
        SpecifiedByUrl = "https://learn.microsoft.com/dotnet/api/system.int64",
    };

    public static ScalarType FinancialQuarter { get; } = new("FinancialQuarter", SerializeQuarter, ParseQuarter,
        (node, _) => ParseQuarter(StringLiteral(node, "FinancialQuarter")))
    {
        Description = "A quarter of the NHS financial year (April to March), written `2025/26-Q3` (October to December 2025).",
        SpecifiedByUrl = "https://en.wikipedia.org/wiki/Fiscal_year#United_Kingdom",
    };

    /// <summary>Each scalar with the CLR type whose fields and arguments it represents.</summary>
    public static IReadOnlyList<(ScalarType Scalar, Type ClrType)> All { get; } =
    [
        (DateTime, typeof(DateTimeOffset)), (Date, typeof(DateOnly)), (Decimal, typeof(decimal)),
        (Uuid, typeof(Guid)), (Long, typeof(long)), (FinancialQuarter, typeof(Domain.FinancialQuarter)),
    ];

    /// <summary>Registers every scalar so CLR types map to them in code-first fields and arguments.</summary>
    public static SchemaBuilder AddConventionScalars(this SchemaBuilder builder)
    {
        foreach (var (scalar, clr) in All) builder.Scalar(scalar, clr);
        return builder;
    }

    // ---- DateTime: RFC 3339 date-time, offset required ----

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    private static object SerializeDateTime(object? value) => value switch
    {
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        System.DateTime { Kind: DateTimeKind.Utc } d => new DateTimeOffset(d).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"DateTime cannot represent value: {Inspector.Inspect(value)} (expected a DateTimeOffset or a UTC DateTime)."),
    };

    private static object ParseDateTime(object? value)
    {
        if (value is not string s) throw new GraphQLError($"DateTime cannot represent a non string value: {Inspector.Inspect(value)}");
        if (!Rfc3339().IsMatch(s) || !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result))
            throw new GraphQLError($"DateTime cannot represent an invalid date-time string: \"{s}\"; expected RFC 3339 with an offset, e.g. 2025-10-01T09:30:00Z.");
        return result;
    }

    // ---- Date: yyyy-MM-dd ----

    private static object SerializeDate(object? value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"Date cannot represent value: {Inspector.Inspect(value)}"),
    };

    private static object ParseDate(object? value)
    {
        if (value is not string s) throw new GraphQLError($"Date cannot represent a non string value: {Inspector.Inspect(value)}");
        if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var result))
            throw new GraphQLError($"Date cannot represent an invalid date string: \"{s}\"; expected yyyy-MM-dd, e.g. 2025-10-01.");
        return result;
    }

    // ---- Decimal: numbers only, never strings ----

    private static object SerializeDecimal(object? value) => value switch
    {
        decimal m => m,
        int i => (decimal)i,
        long l => (decimal)l,
        _ => throw new GraphQLError($"Decimal cannot represent value: {Inspector.Inspect(value)}"),
    };

    private static object ParseDecimalValue(object? value) => value switch
    {
        decimal m => m,
        int i => (decimal)i,
        long l => (decimal)l,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        _ => throw new GraphQLError($"Decimal cannot represent a non numeric value: {Inspector.Inspect(value)}"),
    };

    private static object ParseDecimalLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        var text = node switch { IntValueNode i => i.Value, FloatValueNode f => f.Value, _ => null };
        if (text is null) throw new GraphQLError($"Decimal cannot represent a non numeric value: {ValuePrinter.Print(node)}", [node]);
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result))
            throw new GraphQLError($"Decimal cannot represent a value outside its range: {text}", [node]);
        return result;
    }

    // ---- UUID ----

    private static object SerializeUuid(object? value) => value switch
    {
        Guid g => g.ToString("D"),
        _ => throw new GraphQLError($"UUID cannot represent value: {Inspector.Inspect(value)}"),
    };

    private static object ParseUuid(object? value)
    {
        if (value is not string s) throw new GraphQLError($"UUID cannot represent a non string value: {Inspector.Inspect(value)}");
        if (!Guid.TryParseExact(s, "D", out var result))
            throw new GraphQLError($"UUID cannot represent an invalid UUID string: \"{s}\"; expected the form 123e4567-e89b-12d3-a456-426614174000.");
        return result;
    }

    // ---- Long: 64-bit, from an integer or a string of digits ----

    private static object SerializeLong(object? value) => value switch
    {
        long l => l,
        int i => (long)i,
        _ => throw new GraphQLError($"Long cannot represent value: {Inspector.Inspect(value)}"),
    };

    private static object ParseLongValue(object? value) => value switch
    {
        long l => l,
        int i => (long)i,
        string s => ParseLongText(s, null),
        _ => throw new GraphQLError($"Long cannot represent non-integer value: {Inspector.Inspect(value)}"),
    };

    private static object ParseLongLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        IntValueNode i => ParseLongText(i.Value, node),
        StringValueNode s => ParseLongText(s.Value, node),
        _ => throw new GraphQLError($"Long cannot represent non-integer value: {ValuePrinter.Print(node)}", [node]),
    };

    private static long ParseLongText(string text, ValueNode? node)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)) return result;
        var reason = text.Length > 0 && text.TrimStart('-').All(char.IsAsciiDigit) ? "non 64-bit signed integer value" : "non-integer value";
        throw new GraphQLError($"Long cannot represent {reason}: \"{text}\"", node is null ? null : [node]);
    }

    // ---- FinancialQuarter: format and parsing belong to the domain ----

    private static object SerializeQuarter(object? value) => value switch
    {
        Domain.FinancialQuarter q => q.ToString(),
        _ => throw new GraphQLError($"FinancialQuarter cannot represent value: {Inspector.Inspect(value)}"),
    };

    private static object ParseQuarter(object? value)
    {
        if (value is not string s) throw new GraphQLError($"FinancialQuarter cannot represent a non string value: {Inspector.Inspect(value)}");
        try
        {
            return Domain.FinancialQuarter.Parse(s);
        }
        catch (FormatException e)
        {
            throw new GraphQLError($"FinancialQuarter cannot represent \"{s}\": {e.Message}");
        }
    }

    private static string StringLiteral(ValueNode node, string scalar) =>
        node is StringValueNode s ? s.Value
            : throw new GraphQLError($"{scalar} cannot represent a non string value: {ValuePrinter.Print(node)}", [node]);
}
