namespace Commissioning.Domain.Common;

/// <summary>How urgently an exception needs the CCG's attention (DOMAIN.md "Exception reporting").</summary>
public enum Severity
{
    Low,
    Medium,
    High,
}
