using System;
using System.Globalization;
using System.Text;

namespace Almanac.Generator.Emit;

/// <summary>C# names and literals for the emitted code.</summary>
internal static class CSharpNames
{
    private static readonly string[] s_reservedMembers =
    {
        "All", "Find", "Get", "TryGet", "Involving", "At", "Between", "Near", "Count",
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

    /// <summary>A regular C# string literal. Only printable ASCII and the CJK ideographs that carry compressed data
    /// (U+4E00–U+8DFF) stay as they are; everything else is a \u escape, so no character of the data (quotes, new lines,
    /// bidirectional controls, lone surrogates) can change the meaning of the code.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            if ((c >= 0x20 && c < 0x7F && c != '"' && c != '\\') || (c >= 0x4E00 && c <= 0x8DFF))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Text for an XML doc comment: XML-escaped, on one line (line breaks and other control or format characters become spaces).</summary>
    public static string Doc(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                    bool unsafeChar = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned;
                    builder.Append(unsafeChar ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }
}
