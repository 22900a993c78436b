namespace Commissioning.Domain.Reviews;

/// <summary>
/// An agreed move of the target completion date. For an SCR the four months stand "unless an
/// alternative timescale is agreed ... at the outset" (SM14 14.4.33), so the reason is kept.
/// </summary>
public sealed record TimescaleExtension(DateOnly? From, DateOnly To, string Reason, DateTimeOffset AgreedAt, string AgreedByUserId);
