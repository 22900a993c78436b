using Commissioning.Domain.Common;

namespace Commissioning.Domain.Reviews;

/// <summary>One step of the sign-off chain: who moved it, in which role, and when.</summary>
public sealed record SignOffStep(SignOffStatus To, DateTimeOffset At, string ByUserId, string ByName, Role ByRole);
