using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Almanac;

/// <summary>
/// The YAML words of the vocabularies: the kebab-case form of each enum member's name
/// (<c>ActorKind.ArmedForces</c> ↔ <c>armed-forces</c>). The one implementation of that rule, used by the generator's
/// parser, the exports and the documentation.
/// </summary>
#if ALMANAC_GENERATOR
internal
#else
public
#endif
static class YamlWords
{
    /// <summary>The YAML word of <paramref name="value"/>, e.g. <c>armed-forces</c> for <c>ActorKind.ArmedForces</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a member of its enum.</exception>
    public static string ToYamlWord<TEnum>(this TEnum value) where TEnum : struct, Enum =>
        Words<TEnum>.ByValue.TryGetValue(value, out string? word)
            ? word
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(TEnum).Name} value.");

    /// <summary>Parses the YAML word <paramref name="word"/> (exactly, case-sensitive) into its enum member.</summary>
    public static bool TryParseYamlWord<TEnum>(string word, out TEnum value) where TEnum : struct, Enum =>
        Words<TEnum>.ByWord.TryGetValue(word, out value);

    /// <summary>Every YAML word of <typeparamref name="TEnum"/>, in the order of the members' values.</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum => Words<TEnum>.Ordered;

    /// <summary>The kebab-case form of a PascalCase name: <c>ArmedForces</c> → <c>armed-forces</c>.</summary>
    public static string FromPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }
            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static class Words<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ByValue = new();
        public static readonly Dictionary<string, TEnum> ByWord = new(StringComparer.Ordinal);
        public static readonly string[] Ordered;

        static Words()
        {
#if NET5_0_OR_GREATER
            TEnum[] values = Enum.GetValues<TEnum>();
#else
            var values = (TEnum[])Enum.GetValues(typeof(TEnum));
#endif
            Ordered = new string[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                string word = FromPascalCase(values[i].ToString());
                ByValue[values[i]] = word;
                ByWord[word] = values[i];
                Ordered[i] = word;
            }
        }
    }
}
