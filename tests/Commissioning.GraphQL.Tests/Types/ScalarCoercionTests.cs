using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Types;

/// <summary>Spec §3.5: result and input coercion of the built-in scalars, with graphql-js's messages.</summary>
public class ScalarCoercionTests
{
    public static TheoryData<string, object?, object?> SerializeOk => new()
    {
        { "Int", 1, 1 }, { "Int", 123L, 123 }, { "Int", 1e5, 100000 }, { "Int", -1.0, -1 }, { "Int", "123", 123 },
        { "Int", true, 1 }, { "Int", false, 0 }, { "Int", int.MaxValue, int.MaxValue }, { "Int", (short)7, 7 },
        { "Float", 1, 1.0 }, { "Float", -1.5, -1.5 }, { "Float", "-1.1", -1.1 }, { "Float", true, 1.0 }, { "Float", 0.1f, (double)0.1f },
        { "String", "str", "str" }, { "String", 1, "1" }, { "String", -1.1, "-1.1" }, { "String", true, "true" }, { "String", false, "false" },
        { "Boolean", true, true }, { "Boolean", 1, true }, { "Boolean", 0, false }, { "Boolean", 0.5, true },
        { "ID", "string", "string" }, { "ID", 123, "123" }, { "ID", 0L, "0" }, { "ID", -1, "-1" }, { "ID", 9007199254740993L, "9007199254740993" },
    };

    [Theory]
    [MemberData(nameof(SerializeOk))]
    public void Serializes_representable_values(string scalar, object? input, object? expected) =>
        Assert.Equal(expected, Scalar(scalar).Serialize(input));

    public static TheoryData<string, object?, string> SerializeFails => new()
    {
        { "Int", 0.1, "Int cannot represent non-integer value: 0.1" },
        { "Int", 1.1, "Int cannot represent non-integer value: 1.1" },
        { "Int", 9876504321L, "Int cannot represent non 32-bit signed integer value: 9876504321" },
        { "Int", -9876504321L, "Int cannot represent non 32-bit signed integer value: -9876504321" },
        { "Int", 1e100, "Int cannot represent non 32-bit signed integer value: 1e+100" },
        { "Int", double.NaN, "Int cannot represent non-integer value: NaN" },
        { "Int", double.PositiveInfinity, "Int cannot represent non-integer value: Infinity" },
        { "Int", "-1.1", "Int cannot represent non-integer value: \"-1.1\"" },
        { "Int", "one", "Int cannot represent non-integer value: \"one\"" },
        { "Int", "", "Int cannot represent non-integer value: \"\"" },
        { "Int", new object?[] { 5 }, "Int cannot represent non-integer value: [5]" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "Float", "one", "Float cannot represent non numeric value: \"one\"" },
        { "Float", "", "Float cannot represent non numeric value: \"\"" },
        { "Float", double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity" },
        { "String", double.NaN, "String cannot represent value: NaN" },
        { "String", new object?[] { 1 }, "String cannot represent value: [1]" },
        { "Boolean", double.NaN, "Boolean cannot represent a non boolean value: NaN" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", 1.1, "ID cannot represent value: 1.1" },
        { "ID", true, "ID cannot represent value: true" },
        { "ID", null, "ID cannot represent value: null" },
    };

    [Theory]
    [MemberData(nameof(SerializeFails))]
    public void Serialize_rejects_unrepresentable_values(string scalar, object? input, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Scalar(scalar).Serialize(input)).Message);

    public static TheoryData<string, object?, object?> ParseValueOk => new()
    {
        { "Int", 1L, 1 }, { "Int", 0L, 0 }, { "Int", -1L, -1 }, { "Int", 2147483647L, int.MaxValue }, { "Int", -2147483648L, int.MinValue },
        { "Int", 4.0, 4 },
        { "Float", 1L, 1.0 }, { "Float", 1.5, 1.5 }, { "Float", -0.5, -0.5 },
        { "String", "foo", "foo" }, { "Boolean", true, true }, { "Boolean", false, false },
        { "ID", "123", "123" }, { "ID", 123L, "123" }, { "ID", "abc", "abc" },
    };

    [Theory]
    [MemberData(nameof(ParseValueOk))]
    public void Parses_valid_runtime_input(string scalar, object? input, object? expected) =>
        Assert.Equal(expected, Scalar(scalar).ParseValue(input));

    public static TheoryData<string, object?, string> ParseValueFails => new()
    {
        { "Int", null, "Int cannot represent non-integer value: null" },
        { "Int", "", "Int cannot represent non-integer value: \"\"" },
        { "Int", "123", "Int cannot represent non-integer value: \"123\"" },
        { "Int", false, "Int cannot represent non-integer value: false" },
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", -2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649" },
        { "Float", "123", "Float cannot represent non numeric value: \"123\"" },
        { "Float", true, "Float cannot represent non numeric value: true" },
        { "Float", null, "Float cannot represent non numeric value: null" },
        { "String", 1L, "String cannot represent a non string value: 1" },
        { "String", true, "String cannot represent a non string value: true" },
        { "String", new Dictionary<string, object?> { ["value"] = "foo" }, "String cannot represent a non string value: { value: \"foo\" }" },
        { "Boolean", 0L, "Boolean cannot represent a non boolean value: 0" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", true, "ID cannot represent value: true" },
        { "ID", new object?[] { "1" }, "ID cannot represent value: [\"1\"]" },
    };

    [Theory]
    [MemberData(nameof(ParseValueFails))]
    public void ParseValue_rejects_invalid_runtime_input(string scalar, object? input, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Scalar(scalar).ParseValue(input)).Message);

    [Theory]
    [InlineData("Int", "1", 1)]
    [InlineData("Int", "-2147483648", int.MinValue)]
    [InlineData("Float", "1", 1.0)]
    [InlineData("Float", "1.5e3", 1500.0)]
    [InlineData("String", "\"abc\"", "abc")]
    [InlineData("Boolean", "true", true)]
    [InlineData("ID", "\"a1\"", "a1")]
    [InlineData("ID", "42", "42")]
    public void Parses_valid_literals(string scalar, string literal, object expected) =>
        Assert.Equal(expected, Scalar(scalar).ParseLiteral(Literal(literal)));

    [Theory]
    [InlineData("Int", "1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "12345678901234567890", "Int cannot represent non 32-bit signed integer value: 12345678901234567890")]
    [InlineData("Int", "[1]", "Int cannot represent non-integer value: [1]")]
    [InlineData("Float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("Float", "FOO", "Float cannot represent non numeric value: FOO")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("String", "{a: 1}", "String cannot represent a non string value: {a: 1}")]
    [InlineData("Boolean", "null", "Boolean cannot represent a non boolean value: null")]
    [InlineData("ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("ID", "true", "ID cannot represent a non-string and non-integer value: true")]
    public void ParseLiteral_rejects_invalid_literals(string scalar, string literal, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => Scalar(scalar).ParseLiteral(Literal(literal))).Message);

    private static ScalarType Scalar(string name) => Scalars.Specified.Single(s => s.Name == name);

    /// <summary>A tiny literal reader for the cases above, so these tests do not depend on the parser.</summary>
    internal static ValueNode Literal(string text) => text switch
    {
        "true" or "false" => new BooleanValueNode { Value = text == "true" },
        "null" => new NullValueNode(),
        "[1]" => new ListValueNode { Values = [new IntValueNode { Value = "1" }] },
        "{a: 1}" => new ObjectValueNode { Fields = [new ObjectFieldNode { Name = new NameNode("a"), Value = new IntValueNode { Value = "1" } }] },
        _ when text.StartsWith('"') => new StringValueNode { Value = text[1..^1] },
        _ when char.IsLetter(text[0]) => new EnumValueNode { Value = text },
        _ when text.Contains('.') || text.Contains('e') => new FloatValueNode { Value = text },
        _ => new IntValueNode { Value = text },
    };
}
