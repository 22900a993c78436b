using Commissioning.Domain.ActionPlans;

namespace Commissioning.Api.Data.Demo;

/// <summary>What plans, actions, updates and scrutinies say: the categories of SM14 14.4.56.</summary>
internal static class PlanWording
{
    private static readonly Dictionary<ActionCategory, (string Description, string Outcome, string Review)[]> Actions = new()
    {
        [ActionCategory.Policy] =
        [
            ("Revise the safeguarding children policy to cover children who are not brought to appointments", "Staff follow one clear pathway when a child misses an appointment", "Policy ratified by the Safeguarding Committee; spot-check of ten cases"),
            ("Update the escalation procedure for professional disagreement", "Concerns about a child are escalated within 48 hours", "Quarterly review of escalations logged"),
            ("Add domestic abuse routine enquiry to the maternity booking guideline", "Every woman is asked about domestic abuse at booking", "Monthly audit of booking records"),
        ],
        [ActionCategory.Training] =
        [
            ("Deliver level 3 safeguarding children training to all paediatric and ED staff", "95% of staff in scope trained to level 3", "Training compliance reported in the quarterly indicator return"),
            ("Provide a learning event on the findings of the review for all practice staff", "Staff can describe the lessons learned", "Attendance records and evaluation forms"),
            ("Train reception staff to recognise and report safeguarding concerns", "Reception staff complete level 1 within 6 months of starting", "Training matrix reviewed monthly by the practice manager"),
        ],
        [ActionCategory.Practice] =
        [
            ("Introduce a Was Not Brought pathway with follow-up by the named health professional", "No child is discharged after missed appointments without review", "Audit of 20 cases six months after implementation"),
            ("Record the voice of the child in every safeguarding assessment", "Assessments show the child's views", "Case-note audit twice a year"),
            ("Share information with children's social care using the agreed referral form", "Referrals contain the information social care needs", "Feedback from the MASH on referral quality"),
        ],
        [ActionCategory.Supervision] =
        [
            ("Ensure all health visitors and school nurses receive quarterly child protection supervision", "Every practitioner with a caseload is supervised each quarter", "Supervision uptake reported to the Safeguarding Committee"),
            ("Introduce group supervision for emergency department staff", "ED staff have a forum to discuss safeguarding cases monthly", "Attendance log and annual survey"),
        ],
        [ActionCategory.AuditGovernance] =
        [
            ("Re-audit child protection record keeping and report to the Board", "Record keeping meets the standard in 90% of cases", "Re-audit results presented to the Board"),
            ("Add safeguarding children to the Board's risk register", "The Board sees safeguarding risks every quarter", "Board minutes"),
            ("Check that sub-contracts bind sub-contractors to the Section 11 duties", "Every sub-contract contains the safeguarding clause", "Contract register review"),
        ],
    };

    public static (string Description, string Outcome, string Review) ActionFor(ActionCategory category, Random random) =>
        DemoNames.Pick(random, Actions[category]);

    public static string Title(ActionPlanSource source, string subject) => source switch
    {
        ActionPlanSource.Sui => $"Serious Untoward Incident {subject}: improvement actions",
        ActionPlanSource.AdverseIncident => $"Adverse incident {subject}: learning and actions",
        ActionPlanSource.Siri => $"Serious Incident Requiring Investigation {subject}: action plan",
        ActionPlanSource.ProviderImr => $"IMR action plan, case {subject}",
        ActionPlanSource.CcgImr => $"CCG primary care IMR action plan, case {subject}",
        ActionPlanSource.HealthOverviewReport => $"Health Overview Report recommendations, case {subject}",
        ActionPlanSource.ScrOverviewReport => $"SCR overview report recommendations, case {subject}",
        ActionPlanSource.SeriousCaseAudit => $"Serious Case Audit action plan, case {subject}",
        ActionPlanSource.OfstedEvaluation => $"Response to Ofsted evaluation, case {subject}",
        _ => $"Audit findings: {subject}",
    };

    public static readonly string[] PlanAdviceAccepted =
    [
        "Actions are SMART and address the findings. Accepted; progress to be monitored at the quarterly Quality and Contract Monitoring Meeting.",
        "Acceptable to the CCG. Please ensure the LSCB receives the plan within the agreed timescale.",
    ];

    public static readonly string[] PlanAdviceRevision =
    [
        "Two actions have no measurable outcome and the training action has no date. Please revise and resubmit.",
        "The plan does not address the finding about information sharing with children's social care. Please add an action.",
        "Please name the accountable owner for each action rather than a team.",
    ];

    public static readonly string[] UpdateAdvice =
    [
        "Progress noted. Evidence of training compliance to be tabled at the next monitoring meeting.",
        "Good progress. Please attach the re-audit results with the next update.",
        "The overdue action needs a revised date and an explanation; raise at the monitoring meeting.",
        "Noted; no concerns for contract monitoring this quarter.",
    ];

    public static string Narrative(ActionStatus status) => status switch
    {
        ActionStatus.Complete => "Completed; evidence held by the safeguarding team.",
        ActionStatus.InProgress => "Under way; on track for the agreed date.",
        _ => "Not yet started; scheduled for next quarter.",
    };

    public static string Overall(int complete, int total) =>
        complete == total
            ? "All actions complete. We ask the CCG to close the plan."
            : $"{complete} of {total} actions complete. Remaining actions are being progressed by their owners.";
}
