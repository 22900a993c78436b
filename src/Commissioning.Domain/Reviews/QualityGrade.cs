namespace Commissioning.Domain.Reviews;

/// <summary>
/// The quality grade of an external evaluation. The seeds name no scale (DOR 12.1 says only "a
/// report as to the quality of each IMR"); these are the four grades Ofsted used for SCRs.
/// </summary>
public enum QualityGrade
{
    Outstanding,
    Good,
    Adequate,
    Inadequate,
}
