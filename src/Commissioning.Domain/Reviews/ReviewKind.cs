namespace Commissioning.Domain.Reviews;

/// <summary>The review products of a serious case (DOR 4.2-4.5, 4.10; SM14 14.4).</summary>
public enum ReviewKind
{
    SeriousCaseReview,

    /// <summary>Ordered by the LSCB panel when a case falls short of an SCR; not scrutinised by Ofsted (DOR 4.4).</summary>
    SeriousCaseAudit,

    /// <summary>An Individual Management Review written by a commissioned provider (DOR 4.3).</summary>
    ProviderImr,

    /// <summary>The CCG's own IMR, usually because a GP practice was involved (DOR 4.10).</summary>
    CcgPrimaryCareImr,

    /// <summary>The CCG's analysis of the health IMRs: "the commissioning IMR" (DOR 4.3, 4.10).</summary>
    HealthOverviewReport,

    /// <summary>The LSCB's independent overview report that collates IMRs and the HOR (DOR 4.3).</summary>
    ScrOverviewReport,
}
