namespace Commissioning.Api.Tests.Conventions;

/// <summary>Input and result coercion of the custom scalars (spec §3.5), as literals and as variables.</summary>
public sealed class ScalarTests : IClassFixture<ConventionsHarness>
{
    private readonly ConventionsHarness _harness;

    public ScalarTests(ConventionsHarness harness) => _harness = harness;

    [Theory]
    [InlineData("DateTime", "\"2025-10-01T09:30:00+01:00\"", "2025-10-01T09:30:00.000+01:00")]
    [InlineData("DateTime", "\"2025-10-01T09:30:00.1234Z\"", "2025-10-01T09:30:00.123+00:00")]
    [InlineData("Date", "\"2025-02-28\"", "2025-02-28")]
    [InlineData("UUID", "\"123e4567-e89b-12d3-a456-426614174000\"", "123e4567-e89b-12d3-a456-426614174000")]
    [InlineData("FinancialQuarter", "\"2025/26-Q3\"", "2025/26-Q3")]
    [InlineData("Long", "\"9007199254740993\"", null)]
    public async Task Valid_literals_round_trip(string scalar, string literal, string? expected)
    {
        var response = await _harness.ExecuteAsync($"{{ echo{scalar}(value: {literal}) }}");
        response.AssertNoErrors();
        var value = response.At("data", "echo" + scalar);
        if (expected is null) Assert.Equal(9007199254740993L, value.GetInt64());
        else Assert.Equal(expected, value.GetString());
    }

    [Fact]
    public async Task Long_accepts_integer_literals_beyond_32_bits_and_Decimal_keeps_exact_digits()
    {
        var response = await _harness.ExecuteAsync("{ echoLong(value: -9223372036854775808) echoDecimal(value: 12345678901234567.891) }");
        response.AssertNoErrors();
        Assert.Equal(long.MinValue, response.At("data", "echoLong").GetInt64());
        Assert.Equal(12345678901234567.891m, response.At("data", "echoDecimal").GetDecimal());
    }

    [Theory]
    [InlineData("DateTime", "\"2025-10-01T09:30:00\"")] // no offset
    [InlineData("DateTime", "\"2025-13-01T09:30:00Z\"")]
    [InlineData("DateTime", "\"01/10/2025\"")]
    [InlineData("DateTime", "20251001")]
    [InlineData("Date", "\"2025-02-30\"")]
    [InlineData("Date", "\"2025-10-01T00:00:00Z\"")]
    [InlineData("Decimal", "\"1.5\"")]
    [InlineData("UUID", "\"not-a-uuid\"")]
    [InlineData("UUID", "\"{123e4567-e89b-12d3-a456-426614174000}\"")]
    [InlineData("Long", "1.5")]
    [InlineData("Long", "\"9223372036854775808\"")]
    [InlineData("FinancialQuarter", "\"2025/27-Q3\"")]
    [InlineData("FinancialQuarter", "\"2025-Q3\"")]
    public async Task Invalid_literals_are_errors(string scalar, string literal)
    {
        var response = await _harness.ExecuteAsync($"{{ echo{scalar}(value: {literal}) }}");
        Assert.True(response.TryGetProperty("errors", out _));
        // A literal the scalar cannot parse fails validation (spec §5.6.1 Values of Correct Type), so nothing executes.
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("DateTime", "2025-10-01 09:30", "DateTime cannot represent an invalid date-time string")]
    [InlineData("Date", "1 Oct 2025", "Date cannot represent an invalid date string")]
    [InlineData("UUID", "123", "UUID cannot represent an invalid UUID string")]
    [InlineData("Long", "12a", "Long cannot represent non-integer value")]
    [InlineData("Long", "99999999999999999999", "Long cannot represent non 64-bit signed integer value")]
    [InlineData("FinancialQuarter", "2025/26-Q5", "expected the form 2025/26-Q3")]
    public async Task Invalid_variables_are_request_errors_with_the_scalars_message(string scalar, string value, string message)
    {
        var response = await _harness.ExecuteAsync($"query($v: {scalar}) {{ echo{scalar}(value: $v) }}",
            new Dictionary<string, object?> { ["v"] = value });
        Assert.False(response.TryGetProperty("data", out _));
        Assert.Contains(message, response.ErrorMessage());
    }

    [Fact]
    public async Task Variables_of_the_wrong_JSON_kind_are_refused()
    {
        var response = await _harness.ExecuteAsync("query($d: Decimal, $q: FinancialQuarter) { echoDecimal(value: $d) echoFinancialQuarter(value: $q) }",
            new Dictionary<string, object?> { ["d"] = "1.5", ["q"] = 202503L });
        var messages = response.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains("Decimal cannot represent a non numeric value"));
        Assert.Contains(messages, m => m!.Contains("FinancialQuarter cannot represent a non string value"));
    }

    [Fact]
    public async Task Valid_variables_are_coerced()
    {
        var response = await _harness.ExecuteAsync(
            "query($l: Long, $d: Decimal, $t: DateTime) { echoLong(value: $l) echoDecimal(value: $d) echoDateTime(value: $t) }",
            new Dictionary<string, object?> { ["l"] = 5_000_000_000L, ["d"] = 2.5, ["t"] = "2025-10-01T09:30:00Z" });
        response.AssertNoErrors();
        Assert.Equal(5_000_000_000L, response.At("data", "echoLong").GetInt64());
        Assert.Equal(2.5m, response.At("data", "echoDecimal").GetDecimal());
        Assert.Equal("2025-10-01T09:30:00.000+00:00", response.At("data", "echoDateTime").GetString());
    }

    [Fact]
    public async Task Each_scalar_names_its_specification()
    {
        var response = await _harness.ExecuteAsync(
            "{ t: __type(name: \"DateTime\") { specifiedByURL } q: __type(name: \"FinancialQuarter\") { specifiedByURL } u: __type(name: \"UUID\") { specifiedByURL } }");
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", response.At("data", "t", "specifiedByURL").GetString());
        Assert.False(string.IsNullOrEmpty(response.At("data", "q", "specifiedByURL").GetString()));
        Assert.Equal("https://tools.ietf.org/html/rfc4122", response.At("data", "u", "specifiedByURL").GetString());
    }

    [Fact]
    public async Task Entity_fields_serialize_through_the_scalars()
    {
        var response = await _harness.ExecuteAsync("{ widgets(first: 1) { nodes { big price updatedAt due quarter reference priority } } }");
        response.AssertNoErrors();
        var node = response.At("data", "widgets", "nodes", 0);
        Assert.Equal(5_000_000_001L, node.GetProperty("big").GetInt64());
        Assert.Equal(1.25m, node.GetProperty("price").GetDecimal());
        Assert.Equal("2025-01-01T01:00:00.000+00:00", node.GetProperty("updatedAt").GetString());
        Assert.Equal("2025-04-02", node.GetProperty("due").GetString());
        Assert.Equal("2024/25-Q2", node.GetProperty("quarter").GetString());
        Assert.Equal("00000001-0000-0000-0000-000000000000", node.GetProperty("reference").GetString());
        Assert.Equal("LOW", node.GetProperty("priority").GetString());
    }
}
