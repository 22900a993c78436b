using System.Globalization;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// The specified scalars of spec §3.5 with graphql-js's coercion rules and messages. Internal values:
/// Int → int, Float → double, String → string, Boolean → bool, ID → string.
/// </summary>
public static class Scalars
{
    public static ScalarType Int { get; } = new("Int", SerializeInt, ParseIntValue, ParseIntLiteral)
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
    };

    public static ScalarType Float { get; } = new("Float", SerializeFloat, ParseFloatValue, ParseFloatLiteral)
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
    };

    public static ScalarType String { get; } = new("String", SerializeString, ParseStringValue, ParseStringLiteral)
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
    };

    public static ScalarType Boolean { get; } = new("Boolean", SerializeBoolean, ParseBooleanValue, ParseBooleanLiteral)
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.",
    };

    public static ScalarType ID { get; } = new("ID", SerializeId, ParseIdValue, ParseIdLiteral)
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
    };

    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsSpecified(INamedType type) =>
        ReferenceEquals(type, String) || ReferenceEquals(type, Int) || ReferenceEquals(type, Float) ||
        ReferenceEquals(type, Boolean) || ReferenceEquals(type, ID);

    // ---- Int: 32-bit signed (spec §3.5.1) ----

    private static object? SerializeInt(object? value)
    {
        switch (value)
        {
            case int i: return i;
            case bool b: return b ? 1 : 0;
        }
        double number;
        if (value is string s && s.Length > 0) number = ParseJsNumber(s);
        else if (!JsNumber.TryGetDouble(value, out number)) number = double.NaN;
        if (!IsInteger(number)) throw new GraphQLError($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        if (number > int.MaxValue || number < int.MinValue)
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}");
        return (int)number;
    }

    private static object? ParseIntValue(object? value)
    {
        if (value is int i) return i;
        if (value is string || value is bool || !JsNumber.TryGetDouble(value, out var number) || !IsInteger(number))
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        if (number > int.MaxValue || number < int.MinValue)
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {JsNumber.Format(number)}");
        return (int)number;
    }

    private static object? ParseIntLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not IntValueNode intNode)
            throw new GraphQLError($"Int cannot represent non-integer value: {ValuePrinter.Print(node)}", [node]);
        if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {intNode.Value}", [node]);
        return result;
    }

    // ---- Float: finite double (spec §3.5.2) ----

    private static object? SerializeFloat(object? value)
    {
        double number;
        if (value is bool b) number = b ? 1 : 0;
        else if (value is string s && s.Length > 0) number = ParseJsNumber(s);
        else if (!JsNumber.TryGetDouble(value, out number)) number = double.NaN;
        if (!double.IsFinite(number)) throw new GraphQLError($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        return number;
    }

    private static object? ParseFloatValue(object? value)
    {
        if (value is string || value is bool || !JsNumber.TryGetDouble(value, out var number) || !double.IsFinite(number))
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        return number;
    }

    private static object? ParseFloatLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"Float cannot represent non numeric value: {ValuePrinter.Print(node)}", [node]),
    };

    // ---- String (spec §3.5.3) ----

    private static object? SerializeString(object? value)
    {
        switch (value)
        {
            case string s: return s;
            case bool b: return b ? "true" : "false";
            case char c: return c.ToString();
        }
        if (JsNumber.TryGetDouble(value, out var number) && double.IsFinite(number)) return JsNumber.Format(number);
        throw new GraphQLError($"String cannot represent value: {Inspector.Inspect(value)}");
    }

    private static object? ParseStringValue(object? value) =>
        value as string ?? throw new GraphQLError($"String cannot represent a non string value: {Inspector.Inspect(value)}");

    private static object? ParseStringLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is StringValueNode s ? s.Value
            : throw new GraphQLError($"String cannot represent a non string value: {ValuePrinter.Print(node)}", [node]);

    // ---- Boolean (spec §3.5.4) ----

    private static object? SerializeBoolean(object? value)
    {
        if (value is bool b) return b;
        if (value is not string && JsNumber.TryGetDouble(value, out var number) && double.IsFinite(number)) return number != 0;
        throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");
    }

    private static object? ParseBooleanValue(object? value) =>
        value as bool? ?? throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");

    private static object? ParseBooleanLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is BooleanValueNode b ? b.Value
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {ValuePrinter.Print(node)}", [node]);

    // ---- ID: serialized as a string, accepts strings and integers (spec §3.5.5) ----

    private static object? SerializeId(object? value)
    {
        switch (value)
        {
            case string s: return s;
            case Guid g: return g.ToString();
        }
        if (value is not bool && JsNumber.TryGetDouble(value, out var number) && IsInteger(number)) return IntegerText(value, number);
        throw new GraphQLError($"ID cannot represent value: {Inspector.Inspect(value)}");
    }

    private static object? ParseIdValue(object? value)
    {
        if (value is string s) return s;
        if (value is not bool && JsNumber.TryGetDouble(value, out var number) && IsInteger(number)) return IntegerText(value, number);
        throw new GraphQLError($"ID cannot represent value: {Inspector.Inspect(value)}");
    }

    private static object? ParseIdLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {ValuePrinter.Print(node)}", [node]),
    };

    // ---- helpers ----

    private static bool IsInteger(double d) => double.IsFinite(d) && Math.Floor(d) == d;

    // Exact text for 64-bit integers, which a double would round.
    private static string IntegerText(object? value, double number) => value switch
    {
        long l => l.ToString(CultureInfo.InvariantCulture),
        ulong ul => ul.ToString(CultureInfo.InvariantCulture),
        _ => JsNumber.Format(number),
    };

    // JavaScript's Number(string): surrounding whitespace allowed, anything else unparsable is NaN.
    private static double ParseJsNumber(string s)
    {
        var t = s.Trim();
        if (t.Length == 0) return 0;
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
    }
}
