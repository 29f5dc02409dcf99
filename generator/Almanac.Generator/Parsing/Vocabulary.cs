using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Almanac.Generator.Parsing;

/// <summary>The YAML words of the runtime's enums: the kebab-case form of each member name.</summary>
internal static class Vocabulary<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<string, int> s_words = Build();

    public static readonly string AllowedWords = string.Join(", ", s_words.OrderBy(w => w.Value).Select(w => w.Key));

    public static bool TryParse(string word, out int value) => s_words.TryGetValue(word, out value);

    private static Dictionary<string, int> Build()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (TEnum value in Enum.GetValues(typeof(TEnum)))
        {
            words.Add(Kebab(value.ToString()), Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));
        }
        return words;
    }

    public static string Kebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
