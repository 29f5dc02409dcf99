using System.Globalization;

namespace Almanac.Schema;

/// <summary>
/// Writes the generated parts of <c>docs/schema.md</c>: the key table of every section and nested mapping and the
/// vocabularies. Each part stands between <c>&lt;!-- schema: NAME --&gt;</c> and <c>&lt;!-- end schema --&gt;</c>;
/// the prose around them is written by hand.
/// </summary>
public static class MarkdownOutput
{
    private const string End = "<!-- end schema -->";

    /// <summary>Replaces every generated part of <paramref name="markdown"/> (the document at <paramref name="path"/>) with its content derived from <paramref name="schema"/>.</summary>
    /// <exception cref="FormatException">A part is not closed, or names nothing in the schema.</exception>
    public static string Update(string path, string markdown, SchemaDefinition schema, Vocabularies vocabularies) =>
        Replace(path, markdown, Parts(schema, vocabularies));

    /// <summary>
    /// Replaces the content of every part of <paramref name="markdown"/> (the document at <paramref name="path"/>) between
    /// <c>&lt;!-- schema: NAME --&gt;</c> and <c>&lt;!-- end schema --&gt;</c> with <paramref name="parts"/>[NAME].
    /// </summary>
    /// <exception cref="FormatException">A part is not closed, or names no entry of <paramref name="parts"/>.</exception>
    internal static string Replace(string path, string markdown, IReadOnlyDictionary<string, string> parts)
    {
        var output = new StringBuilder();
        string[] lines = markdown.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            output.Append(line);
            if (i < lines.Length - 1)
            {
                output.Append('\n');
            }
            if (!line.StartsWith("<!-- schema: ", StringComparison.Ordinal))
            {
                continue;
            }
            string name = line.Substring("<!-- schema: ".Length).TrimEnd(' ', '-', '>');
            if (!parts.TryGetValue(name, out string? content))
            {
                throw new FormatException($"{path}: '{line}' names no part of the schema; parts: {string.Join(", ", parts.Keys)}.");
            }
            int end = Array.IndexOf(lines, End, i + 1);
            if (end < 0)
            {
                throw new FormatException($"{path}: '{line}' is not closed by '{End}'.");
            }
            output.Append(content).Append(End);
            if (end < lines.Length - 1)
            {
                output.Append('\n');
            }
            i = end;
        }
        return output.ToString();
    }

    private static Dictionary<string, string> Parts(SchemaDefinition schema, Vocabularies vocabularies)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (MappingDefinition mapping in schema.Mappings)
        {
            parts[mapping.Key] = KeyTable(schema, mapping);
        }
        parts["vocabularies"] = VocabularySections(schema, vocabularies);
        parts["structs"] = string.Concat(schema.Structs.Select(s => $"\n### {s.Key}\n\n{s.Doc}\n\n{KeyTable(schema, s)}")) + "\n";
        return parts;
    }

    private static string KeyTable(SchemaDefinition schema, MappingDefinition mapping)
    {
        var b = new StringBuilder();
        b.Append("| key | required | meaning |\n|---|---|---|\n");
        foreach (FieldDefinition field in mapping.YamlFields)
        {
            string required = field.IsRequired ? "yes"
                : field.RequiredWith is { } with ? $"with `{with}`"
                : mapping.OneOf is { } oneOf && oneOf.Contains(field.Key) ? "one of " + string.Join(", ", oneOf.Select(k => $"`{k}`"))
                : "no";
            b.Append(CultureInfo.InvariantCulture, $"| `{field.Key}` | {required} | {Meaning(schema, field)} |\n");
        }
        return b.ToString();
    }

    private static string Meaning(SchemaDefinition schema, FieldDefinition field)
    {
        string doc = field.Doc.Replace("|", "\\|");
        string? kind = field.Type switch
        {
            "ref" => $"the id of {Article(field.Ref!)}",
            "date" => field.NotBefore is null ? "a date" : $"a date, not before `{field.NotBefore}`",
            "url" => "an absolute `http`/`https` URL",
            "count" => "a whole number ≥ 0",
            "coordinate" => "decimal degrees",
            "tag" => field.List ? "kebab-case words" : "a kebab-case word",
            "key" => "keys of the entity's fields or external ids, see [References and provenance](#references-and-provenance)",
            "word" => $"a word of [{Heading(field.Vocabulary!)}](#{Anchor(Heading(field.Vocabulary!))})",
            "struct" => StructText(schema, field),
            "quote" => "checked against the source's document",
            _ => field.Pattern is null ? null : field.Hint,
        };
        string list = field.List && field.Type is not ("struct" or "tag" or "key") ? "a list" : "";
        string detail = string.Join("; ", new[] { list, kind }.Where(s => !string.IsNullOrEmpty(s)));
        return detail.Length == 0 ? doc : $"{doc} ({detail})";
    }

    private static string StructText(SchemaDefinition schema, FieldDefinition field)
    {
        MappingDefinition nested = schema.Struct(field.Struct!);
        IEnumerable<string> keys = field.Keys ?? nested.Keys;
        string shape = "`{ " + string.Join(", ", keys) + " }`";
        return (field.List ? "a list of " : "") + $"{shape}, see [{nested.Key}](#{Anchor(nested.Key)})";
    }

    private static string VocabularySections(SchemaDefinition schema, Vocabularies vocabularies)
    {
        var b = new StringBuilder();
        foreach (string vocabulary in UsedVocabularies(schema))
        {
            b.Append(CultureInfo.InvariantCulture, $"\n### {Heading(vocabulary)}\n\n");
            if (vocabularies.Summary(vocabulary) is { } summary)
            {
                b.Append(summary).Append("\n\n");
            }
            if (vocabulary == nameof(EventKind))
            {
                b.Append("| word | ACLED event type / sub-event type | ACLED codes it | UCDP type of violence | CAMEO |\n|---|---|---|---|---|\n");
                foreach (EventKind kind in Enum.GetValues<EventKind>())
                {
                    EventKindStandards s = kind.Standards();
                    string ucdp = s.UcdpViolence is { } u ? vocabularies.Summary(nameof(UcdpViolenceType), u.ToString())?.TrimEnd('.') ?? u.ToString() : "—";
                    b.Append(CultureInfo.InvariantCulture, $"| `{kind.ToYamlWord()}` | {s.AcledEventType} / {s.AcledSubEventType} | {(s.InAcledScope ? "yes" : "no")} | {ucdp} | {s.CameoCode} |\n");
                }
                continue;
            }
            b.Append("| word | meaning |\n|---|---|\n");
            foreach (var (name, word) in Vocabularies.Members(vocabulary))
            {
                b.Append(CultureInfo.InvariantCulture, $"| `{word}` | {vocabularies.Summary(vocabulary, name) ?? ""} |\n");
            }
        }
        return b.Append('\n').ToString();
    }

    /// <summary>The vocabularies the schema's fields use, in the order of their first use.</summary>
    internal static IEnumerable<string> UsedVocabularies(SchemaDefinition schema) =>
        schema.Mappings.SelectMany(m => m.Fields).Where(f => f.Vocabulary is not null).Select(f => f.Vocabulary!).Distinct();

    /// <summary>The heading of a vocabulary: <c>ActorKind</c> → "Actor kinds", <c>GeoPrecision</c> → "Geo precision", <c>EventClarity</c> → "Event clarity".</summary>
    internal static string Heading(string vocabulary)
    {
        string words = YamlWords.FromPascalCase(vocabulary).Replace('-', ' ');
        words = char.ToUpperInvariant(words[0]) + words.Substring(1);
        return words.EndsWith("precision", StringComparison.Ordinal) || words.EndsWith("clarity", StringComparison.Ordinal) ? words : words + "s";
    }

    internal static string Anchor(string heading) => heading.ToLowerInvariant().Replace(' ', '-');

    internal static string Article(string noun) => ("aeiou".Contains(noun[0]) ? "an " : "a ") + noun;
}
