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
#if ALMANAC_GENERATOR || ALMANAC_ANALYZERS
internal
#else
public
#endif
static class AliasKey
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (which netstandard2.0 does not name) where this code runs inside the
    /// compiler (the analyzers, the generator); nothing in the runtime's own build, whose ReadyToRun code a method marked
    /// so would not get (docs/performance.md).
    /// </summary>
#if NET
    private const System.Runtime.CompilerServices.MethodImplOptions AggressiveOptimization = 0;
#else
    private const System.Runtime.CompilerServices.MethodImplOptions AggressiveOptimization = (System.Runtime.CompilerServices.MethodImplOptions)512;
#endif

    /// <summary>Returns the matching key of <paramref name="text"/>; empty when it holds nothing but ignored characters.</summary>
    public static string Normalize(string text)
    {
        if (text is null)
        {
            throw new System.ArgumentNullException(nameof(text));
        }
        if (text.Length <= MaxStackLength)
        {
            System.Span<char> buffer = stackalloc char[2 * text.Length];
            if (TryNormalizeFast(text, buffer, out int length))
            {
                return length == text.Length && System.MemoryExtensions.SequenceEqual(buffer.Slice(0, length), System.MemoryExtensions.AsSpan(text)) ? text : buffer.Slice(0, length).ToString();
            }
        }
        return NormalizeGeneral(text);
    }

    /// <summary>Longest text whose key <see cref="Normalize"/> builds on the stack.</summary>
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
    /// Writes the key of <paramref name="text"/> into <paramref name="destination"/> when every character of
    /// <paramref name="text"/> is below U+0700 (Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic letters, their marks and
    /// punctuation) and the key fits; returns <see langword="false"/> (and writes nothing useful) otherwise, for the caller to
    /// use <see cref="Normalize"/>. Gives the same key as <see cref="NormalizeGeneral"/>, without allocating: below U+0700
    /// the general rule works character by character (it drops every mark, so recomposition joins nothing), and the key of
    /// each character alone is in a table computed with the general rule.
    /// </summary>
    // Optimised on first call: an analyzer runs briefly inside the compiler, where its hot loops would otherwise stay at tier 0.
    [System.Runtime.CompilerServices.MethodImpl(AggressiveOptimization)]
    internal static bool TryNormalizeFast(System.ReadOnlySpan<char> text, System.Span<char> destination, out int length)
    {
        length = 0;
        string ascii = s_asciiKeys;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                char k = ascii[c];
                if (k != '\0')
                {
                    if (length == destination.Length)
                    {
                        return false;
                    }
                    destination[length++] = k;
                }
                continue;
            }
            if (c >= ScriptKeys.End)
            {
                return false;
            }
            string key = ScriptKeys.Of(c);
            if (length + key.Length > destination.Length)
            {
                return false;
            }
            System.MemoryExtensions.AsSpan(key).CopyTo(destination.Slice(length));
            length += key.Length;
        }
        return true;
    }

    /// <summary>
    /// The key of the character <paramref name="c"/> alone: what it contributes to the key of a text it is in (the empty
    /// string for an ignored character; two characters for some compatibility forms, such as <c>ǆ</c>). Below U+0700 the
    /// key of a text is exactly the keys of its characters in order (see <see cref="TryNormalizeFast"/>); above, it is
    /// too except where Unicode composition joins what is left of two characters. A surrogate is its own key, as in the
    /// key of a text. Linking maps a text to keys character by character with it, keeping each key character's offset.
    /// </summary>
    internal static string KeyOf(char c)
    {
        if (c < 0x80)
        {
            char k = s_asciiKeys[c];
            return k == '\0' ? "" : k.ToString();
        }
        if (c < ScriptKeys.End)
        {
            return ScriptKeys.Of(c);
        }
        return char.IsSurrogate(c) ? c.ToString() : NormalizeGeneral(c.ToString());
    }

    /// <summary>The key of each ASCII character alone ('\0' when it is ignored), computed by <see cref="NormalizeGeneral"/>.</summary>
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

    /// <summary>
    /// The key of each character from U+0080 to U+06FF alone, each computed by <see cref="NormalizeGeneral"/> when first
    /// needed: a text pays for the characters it has, not for the 1,664 of the table (a class of its own, so that ASCII
    /// look-ups never touch it).
    /// </summary>
    private static class ScriptKeys
    {
        /// <summary>The first character the table does not cover.</summary>
        public const char End = '\u0700';

        private static readonly string?[] s_keys = new string?[End - 0x80];

        public static string Of(char c)
        {
            // Two threads may compute the same key at once: both get equal strings, and either may stay in the table.
            string? key = System.Threading.Volatile.Read(ref s_keys[c - 0x80]);
            if (key is null)
            {
                key = NormalizeGeneral(c.ToString());
                System.Threading.Volatile.Write(ref s_keys[c - 0x80], key);
            }
            return key;
        }
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
