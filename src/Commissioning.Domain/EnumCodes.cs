using System.Text;

namespace Commissioning.Domain;

/// <summary>
/// The SCREAMING_CASE names users see for the domain's PascalCase enum members
/// (SubmittedToLscb -> SUBMITTED_TO_LSCB), so messages use the same words as the API.
/// </summary>
public static class EnumCodes
{
    public static string ToCode<TEnum>(this TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var code = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                code.Append('_');
            }
            code.Append(char.ToUpperInvariant(name[i]));
        }
        return code.ToString();
    }
}
