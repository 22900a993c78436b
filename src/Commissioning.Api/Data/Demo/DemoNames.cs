using System.Globalization;
using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Data.Demo;

/// <summary>
/// Plausible English names and ODS-style codes. Names are composed from places and patterns so
/// that thousands of providers still read like a real commissioner's list; codes are derived
/// from the provider's index, so they are unique without anyone checking.
/// </summary>
internal static class DemoNames
{
    public static readonly (string Name, string Area)[] Lscbs =
    [
        ("Dorset Safeguarding Children Board", "Dorset"),
        ("Bournemouth and Poole Safeguarding Children Board", "Bournemouth and Poole"),
        ("Hertfordshire Safeguarding Children Board", "Hertfordshire"),
        ("Luton Safeguarding Children Board", "Luton"),
        ("Bedfordshire Local Safeguarding Children Board", "Bedford Borough and Central Bedfordshire"),
        ("Wiltshire Local Safeguarding Children Board", "Wiltshire"),
        ("Hampshire Safeguarding Children Board", "Hampshire"),
    ];

    private static readonly string[] Places =
    [
        "Dorchester", "Weymouth", "Bridport", "Sherborne", "Blandford", "Wimborne", "Ferndown", "Poole",
        "Bournemouth", "Christchurch", "Swanage", "Wareham", "Shaftesbury", "Gillingham", "Sturminster",
        "Lyme Regis", "Portland", "Verwood", "Stevenage", "Watford", "Hitchin", "Hertford", "St Albans",
        "Hemel Hempstead", "Luton", "Dunstable", "Leighton Buzzard", "Bedford", "Biggleswade", "Ampthill",
        "Salisbury", "Yeovil", "Taunton", "Southampton", "Winchester", "Andover", "Ringwood", "Lymington",
    ];

    private static readonly string[] Streets =
    [
        "Abbey", "Barnes Lane", "Castle", "Church Street", "Cornwall Road", "Crown", "Denmark Road",
        "Eagle House", "Fairfield", "Grove", "Harbour", "High Street", "Kings Park", "Lighthouse",
        "Market Square", "Mill Lane", "Northbrook", "Orchard", "Park Lane", "Queens Road", "Rosemary",
        "Station Road", "The Adam", "Tollerford", "Vine", "West Moors", "Whitecliff", "Woodlands",
    ];

    private static readonly string[] Surnames =
    [
        "Ahmed", "Baker", "Begum", "Bennett", "Brown", "Campbell", "Chapman", "Clarke", "Davies", "Edwards",
        "Evans", "Fletcher", "Green", "Hall", "Harris", "Hughes", "Jackson", "James", "Johnson", "Jones",
        "Khan", "Lewis", "Martin", "Mistry", "Morgan", "Morris", "O'Brien", "Okafor", "Patel", "Phillips",
        "Price", "Roberts", "Robinson", "Shah", "Singh", "Smith", "Taylor", "Thomas", "Thompson", "Turner",
        "Walker", "Ward", "Watson", "White", "Williams", "Wilson", "Wood", "Wright", "Young", "Nowak",
    ];

    private static readonly string[] FirstNames =
    [
        "Aisha", "Amelia", "Andrew", "Anna", "Ben", "Carol", "Catherine", "Chloe", "Daniel", "David",
        "Deborah", "Emma", "Fatima", "Gareth", "Grace", "Hannah", "Helen", "Ian", "Imran", "Jane",
        "Jo", "Julie", "Karen", "Kate", "Liam", "Louise", "Mark", "Mary", "Michael", "Mohammed",
        "Nadia", "Neil", "Nicola", "Oliver", "Paul", "Priya", "Rachel", "Rebecca", "Richard", "Ruth",
        "Sam", "Sarah", "Simon", "Sophie", "Stephen", "Susan", "Tom", "Vikram", "Wendy", "Zoe",
    ];

    public static readonly string[] SeniorJobTitles =
    [
        "Director of Nursing and Quality", "Chief Nurse", "Medical Director", "Deputy Chief Nurse",
        "Head of Safeguarding", "Practice Manager", "Registered Manager", "Chief Executive",
        "Director of Operations", "Clinical Director for Children's Services",
    ];

    public static readonly string[] Owners =
    [
        "Named Nurse for Safeguarding Children", "Named Doctor for Safeguarding Children", "Head of Workforce Development",
        "Safeguarding Training Lead", "Head of HR", "Practice Manager", "Lead GP for Safeguarding", "Ward Manager, Paediatrics",
        "Head of Midwifery", "Emergency Department Matron", "Clinical Governance Lead", "Registered Manager",
    ];

    public static string Person(Random random) => $"{Pick(random, FirstNames)} {Pick(random, Surnames)}";

    /// <summary>A stable key for a person, as a staff e-mail would be.</summary>
    public static string PersonKey(string name, string organisation) =>
        $"{name.Replace(' ', '.').Replace("'", "", StringComparison.Ordinal).ToLowerInvariant()}@{organisation}.nhs.uk";

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static string ProviderName(ProviderType type, int index, Random random)
    {
        var place = Places[index % Places.Length];
        // Past the first lap round the places, a second word keeps names apart.
        var qualifier = index / Places.Length;
        var area = qualifier == 0 ? place : $"{place} {Pick(random, ["North", "South", "East", "West", "Central", "Rural", "Town"])}";
        return type switch
        {
            ProviderType.NhsTrust => $"{area} {Pick(random, ["Hospitals", "Community Health Services", "Mental Health", "Teaching Hospitals"])} NHS Trust",
            ProviderType.FoundationTrust => $"{area} {Pick(random, ["Healthcare University", "County Hospital", "Hospital", "Partnership"])} NHS Foundation Trust",
            ProviderType.GpPractice => $"{Pick(random, Streets)} {Pick(random, ["Surgery", "Medical Centre", "Health Centre", "Medical Practice"])}, {area}",
            ProviderType.Independent => $"{area} {Pick(random, ["Independent Hospital", "Clinic", "Children's Therapy Services", "Diagnostics"])} Ltd",
            ProviderType.Voluntary => $"{area} {Pick(random, ["Young Carers", "Family Support Trust", "Youth Counselling Service", "Parents' Network", "Home-Start"])}",
            _ => $"{area} {Pick(random, ["Hospice", "Community Interest Company", "Dental Access Centre", "Pharmacy Services"])}",
        };
    }

    /// <summary>
    /// An ODS-style code (3 to 6 letters and digits): R-codes for trusts, letter and five digits
    /// for GP practices, N-, NX- and Y-codes for the rest; the index makes each unique.
    /// </summary>
    public static string OdsCode(ProviderType type, int index) => type switch
    {
        ProviderType.NhsTrust or ProviderType.FoundationTrust => "R" + Base36(index, index < 1296 ? 2 : 3),
        ProviderType.GpPractice => string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + index % 25)}{10000 + index / 25 % 90000:D5}"),
        ProviderType.Independent => "N" + Base36(index, 4),
        ProviderType.Voluntary => "NX" + Base36(index, 4),
        _ => "Y" + Base36(index, 4),
    };

    private static string Base36(int value, int width)
    {
        const string digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var chars = new char[width];
        for (var i = width - 1; i >= 0; i--)
        {
            chars[i] = digits[value % 36];
            value /= 36;
        }
        return new string(chars);
    }
}
