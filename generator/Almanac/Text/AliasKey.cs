using System.Globalization;
using System.Text;

namespace Almanac.Text;

/// <summary>
/// The matching key of a name or alias: two spellings match when their keys are equal.
/// The key ignores case, diacritics (Latin and Arabic marks alike), compatibility forms (ligatures, Arabic
/// presentation forms), punctuation (hyphens, apostrophes, quotation marks, dots, commas), the Arabic tatweel and
/// white space, and folds the Arabic letter variants that spellings mix (alef wasla to alef, alef maqsura to yeh,
/// teh marbuta to heh), so <c>"Al-Wefaq"</c>, <c>"al wefaq"</c> and <c>"ALWEFAQ"</c> share the key <c>"alwefaq"</c>.
/// </summary>
/// <remarks>The same function runs in the generator (to build and check the alias tables) and at run time (to look up).</remarks>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
static class AliasKey
{
    /// <summary>Returns the matching key of <paramref name="text"/>; empty when it holds nothing but ignored characters.</summary>
    public static string Normalize(string text)
    {
        if (text is null)
        {
            throw new System.ArgumentNullException(nameof(text));
        }
        if (text.Length <= MaxStackLength)
        {
            System.Span<char> buffer = stackalloc char[text.Length];
            if (TryNormalizeAscii(text, buffer, out int length))
            {
                return length == text.Length && System.MemoryExtensions.SequenceEqual(buffer, System.MemoryExtensions.AsSpan(text)) ? text : buffer.Slice(0, length).ToString();
            }
        }
        return NormalizeGeneral(text);
    }

    /// <summary>Longest text whose key <see cref="Normalize"/> builds on the stack when it is ASCII.</summary>
    private const int MaxStackLength = 256;

    /// <summary>The key of any text, through Unicode normalisation; <see cref="Normalize"/> takes a shorter path for ASCII.</summary>
    internal static string NormalizeGeneral(string text)
    {
        string decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                case UnicodeCategory.SpaceSeparator:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.DashPunctuation:
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.InitialQuotePunctuation:
                case UnicodeCategory.FinalQuotePunctuation:
                case UnicodeCategory.OtherPunctuation:
                    continue;
            }

            if (IsIgnoredSymbol(c))
            {
                continue;
            }

            builder.Append(FoldLetter(char.ToLowerInvariant(c)));
        }

        // Recompose what is left so that keys are in one canonical form.
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Writes the key of <paramref name="text"/> into <paramref name="destination"/> when <paramref name="text"/> is
    /// all ASCII and fits; returns <see langword="false"/> (and writes nothing useful) otherwise, for the caller to use
    /// <see cref="Normalize"/>. Gives the same key as <see cref="Normalize"/>, without allocating.
    /// </summary>
    internal static bool TryNormalizeAscii(string text, System.Span<char> destination, out int length)
    {
        length = 0;
        if (text.Length > destination.Length)
        {
            return false;
        }
        string map = s_asciiKeys;
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return false;
            }
            char k = map[c];
            if (k != '\0')
            {
                destination[length++] = k;
            }
        }
        return true;
    }

    /// <summary>The key of each ASCII character alone ('\0' when it is ignored), computed by <see cref="NormalizeGeneral"/>:
    /// for ASCII text, normalisation works character by character (FormKD and FormC change no ASCII text).</summary>
    private static readonly string s_asciiKeys = BuildAsciiKeys();

    private static string BuildAsciiKeys()
    {
        var keys = new char[0x80];
        for (int c = 0; c < keys.Length; c++)
        {
            string key = NormalizeGeneral(((char)c).ToString());
            keys[c] = key.Length == 1 ? key[0] : '\0';
        }
        return new string(keys);
    }

    private static bool IsIgnoredSymbol(char c) => c switch
    {
        '`' or '\u00B4' or '\u02BB' or '\u02BC' or '\u02BE' or '\u02BF' or '\u0640' or '\u2212' => true,
        _ => false,
    };

    private static char FoldLetter(char c) => c switch
    {
        '\u0671' => '\u0627', // alef wasla → alef
        '\u0649' => '\u064A', // alef maqsura → yeh
        '\u0629' => '\u0647', // teh marbuta → heh
        _ => c,
    };
}
