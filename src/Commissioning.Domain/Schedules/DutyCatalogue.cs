namespace Commissioning.Domain.Schedules;

/// <summary>
/// The duties a schedule's part 1 covers. Texts are quoted from DOR Appendix 1 and LUT-VS
/// Part Two as extracted in domain-reference.md §1J and §1K; the S11 ids are that extract's.
/// </summary>
public static class DutyCatalogue
{
    public static IReadOnlyList<Duty> Section11 { get; } =
    [
        S11("S11-01", "Responsibilities under the Children Act 1989",
            "The contractor must demonstrate that they are meeting their responsibilities in accordance with the Children Act 1989 and as set out in Working Together to Safeguard Children and the Framework for the Assessment of Children in Need and their Families. This should include conducting and acting upon the Commission for Health Improvement (CHI) self assessment tool for child protection for clinical teams.", "L297"),
        S11("S11-02", "Statement of responsibilities towards children",
            "The contractor must produce a clear statement of their organisation's responsibilities towards children and make this available for all staff. The statement should include a senior management commitment.", "L299"),
        S11("S11-03", "Line of accountability",
            "The contractor must have a clear line of accountability within their organisation for work on safeguarding and promoting the welfare of children.", "L301"),
        S11("S11-04", "Service development",
            "All service development by the contractor must take account of the need to safeguard and promote the welfare of children. This should be informed, where appropriate, by the views of children and families.", "L303"),
        S11("S11-05", "Inter-agency working and information sharing",
            "The contractor must facilitate effective inter-agency working and information sharing.", "L305"),
        S11("S11-06", "Overall responsibility and lines of accountability",
            "It should be clear who has overall responsibility for the contractor's contribution and what the lines of accountability are from each staff member up through the organisation to the person with ultimate accountability for children's welfare.", "L307"),
        S11("S11-07", "Children of parents and carers with problems",
            "Staff working with adults who are parents or carers who are experiencing personal problems ensure the needs of their children are considered, assessed and appropriate referrals are made. All staff must be made aware of What To Do If You're Worried A Child Is Being Abused.", "L309"),
        S11("S11-08", "Whom to report concerns to",
            "It must be made clear by the contractor, with whom each staff member should discuss and to whom they should report, any concerns about a child's welfare.", "L311"),
        S11("S11-09", "Assessment of need and early intervention (NSF Standard 1)",
            "The contractor must ensure the assessment of need and early intervention where children are at greater risk.", "L313"),
        S11("S11-10", "Supporting parents (NSF Standard 2)",
            "Services for mothers, fathers and care givers must: focus on the relationship between the parent and the infant; are offered at an early stage; provide support to parents; address the wider environmental circumstances of the family including their socio-economic needs.", "L315-322"),
        S11("S11-11", "Children contribute to discussions about their needs (NSF Standard 3)",
            "Adopt a systematic approach which enables children and young people to contribute to discussions about their needs. This includes children with communication needs or who have non-verbal communication.", "L324"),
        S11("S11-12", "Growing up into adulthood (NSF Standard 4)",
            "All transition processes are planned and focussed around preparation of the young person. Young people and their families should be actively involved in transition planning.", "L326"),
        S11("S11-13", "The ill child (NSF Standard 6)",
            "There must be timely communication between health, education and social services, especially if the child is the subject of a child protection plan and/or is looked after by the local authority.", "L328"),
        S11("S11-14", "Medicines (NSF Standard 10)",
            "If a child may be deliberately harmed through inappropriate use of prescribed medicines, the guidance Safeguarding Children in Whom Illness is Fabricated or Induced must be followed.", "L330"),
        S11("S11-15", "Maternity services (NSF Standard 11)",
            "Professionals caring for women pre- and post-natally must distinguish normal emotional and psychological changes from significant mental health problems, and refer women to support their needs.", "L332"),
        S11("S11-16", "Training",
            "The contractor must ensure that all staff working with or who are in contact with children and families receive training on safeguarding, in line with the Bournemouth Dorset and Poole Inter-Agency Safeguarding Procedures. All relevant staff should undertake child protection training, including refresher training, supported by a funded training strategy.", "L334"),
    ];

    public static IReadOnlyList<Duty> LutonNineStandards { get; } =
    [
        L9(1, "Strategic Lead", "All partner organisations have a nominated strategic lead person appointed to ensure that their organisation has a safeguarding children policy and the other arrangements of Standard 1 in place."),
        L9(2, "Staff Responsibilities and Competencies", "Statements within the staff job descriptions and person specifications that recognise responsibilities around child protection."),
        L9(3, "Staff Recruitment and Selection", "All staff with access to children are properly selected and vetted."),
        L9(4, "Staff Induction, Training and Appraisal", "Adequate numbers of sufficiently trained, experienced people."),
        L9(5, "Staff Accountability", "A clear structure to ensure that all personnel understand their place."),
        L9(6, "Equality of Opportunity", "An inclusion policy."),
        L9(7, "Safe Working Practices", "Staff have knowledge, understanding and training to establish and maintain safe working relationships."),
        L9(8, "Complaints and Allegations against Staff", "Written procedures for handling complaints and allegations against staff."),
        L9(9, "Service User Confidentiality and Information Sharing", "Confidentiality under the Data Protection Act 1998, plus a clear understanding of what information can be shared."),
    ];

    public static IReadOnlyList<Duty> For(DutyFramework framework) => framework switch
    {
        DutyFramework.Section11 => Section11,
        DutyFramework.LutonNineStandards => LutonNineStandards,
        _ => throw new ArgumentOutOfRangeException(nameof(framework), framework, null),
    };

    public static Duty? Find(string dutyId) =>
        Section11.FirstOrDefault(d => d.Id == dutyId) ?? LutonNineStandards.FirstOrDefault(d => d.Id == dutyId);

    private static Duty S11(string id, string title, string text, string line) =>
        new(id, DutyFramework.Section11, title, text, $"DOR App.1 {line}");

    private static Duty L9(int number, string title, string text) =>
        new($"L9-{number:D2}", DutyFramework.LutonNineStandards, title, text, $"LUT-VS Standard {number}");
}
