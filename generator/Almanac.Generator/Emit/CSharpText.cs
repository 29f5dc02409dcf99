using System.Globalization;
using System.Text;

namespace Almanac.Generator.Emit;

/// <summary>C# literals and doc-comment text for the emitted code.</summary>
internal static class CSharpText
{
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
