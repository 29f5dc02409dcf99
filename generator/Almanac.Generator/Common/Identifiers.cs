using System.Text;

namespace Almanac.Generator.Common;

/// <summary>The C# names of the generated code: identifiers made from ids, and the rules a name must follow.</summary>
internal static class Identifiers
{
    private static readonly string[] s_reservedMembers =
    {
        "All", "Find", "Get", "TryGet", "Resolve", "Involving", "At", "Between", "Near", "Count",
        "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    /// <summary>The longest member or type name the generator writes. Metadata holds names of at most 1,023 bytes
    /// (a property's getter adds "get_": CS7013); 512 is the C# language's own traditional limit.</summary>
    public const int MaxIdentifierLength = 512;

    /// <summary>The member name of a kebab-case id: PascalCase parts, '_' between two digit groups and before a leading digit.</summary>
    public static string Member(string id)
    {
        var builder = new StringBuilder(id.Length + 1);
        string[] parts = id.Split('-');
        foreach (string part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }
            if (builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]) && char.IsDigit(part[0]))
            {
                builder.Append('_');
            }
            builder.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }
        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="name"/> is a C# identifier (ASCII letters, digits and '_', not starting with a digit, not a keyword, at most <see cref="MaxIdentifierLength"/> characters).</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || name.Length > MaxIdentifierLength || char.IsDigit(name[0]) || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
        {
            return false;
        }
        foreach (char c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="name"/> is a dotted C# namespace name.</summary>
    public static bool IsNamespace(string name) => Array.TrueForAll(name.Split('.'), IsIdentifier);

    /// <summary>Whether <paramref name="member"/> would clash with a member of the generated class.</summary>
    public static bool IsReserved(string member, string className) =>
        member == className || Array.IndexOf(s_reservedMembers, member) >= 0;
}
