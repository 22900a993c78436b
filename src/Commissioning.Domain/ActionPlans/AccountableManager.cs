namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// The senior manager "appointed to oversee and be accountable for implementation" of a plan
/// (DOR 4.9). A value: replacing the person replaces the whole value.
/// </summary>
public sealed record AccountableManager(string Name, string JobTitle);
