using System.Globalization;
using System.IO;
using System.Reflection;

namespace Almanac.Schema;

/// <summary>
/// Writes the generated parts of <c>docs/data-format.md</c>, between the same marks as <see cref="MarkdownOutput"/>: the
/// wire types, the field table of every record (entity kinds and structs: number, header, YAML key, wire type, value), the
/// numeric values of the vocabularies and which references are resolved when a record is decoded.
/// </summary>
public static class FormatDocOutput
{
    private const string WirePrefix = "Wire";

    private static readonly Type s_format = typeof(ActorKind).Assembly.GetType("Almanac.Storage.DataFormat")
        ?? throw new InvalidDataException("The runtime has no Almanac.Storage.DataFormat.");

    /// <summary>Replaces every generated part of <paramref name="markdown"/> (the document at <paramref name="path"/>) with its content derived from <paramref name="schema"/>.</summary>
    /// <exception cref="FormatException">A part is not closed, or names nothing in the schema.</exception>
    public static string Update(string path, string markdown, SchemaDefinition schema, Vocabularies vocabularies) =>
        MarkdownOutput.Replace(path, markdown, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["wire types"] = WireTypes(vocabularies),
            ["records"] = Records(schema),
            ["vocabulary values"] = VocabularyValues(schema),
            ["references"] = References(schema),
        });

    private static int Constant(string name) =>
        s_format.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is int value
            ? value
            : throw new InvalidDataException($"The runtime has no constant DataFormat.{name}.");

    private static string WireTypes(Vocabularies vocabularies)
    {
        var b = new StringBuilder("| value | wire type | holds |\n|---|---|---|\n");
        IEnumerable<FieldInfo> wires = s_format.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.StartsWith(WirePrefix, StringComparison.Ordinal))
            .OrderBy(f => (int)f.GetRawConstantValue()!);
        foreach (FieldInfo wire in wires)
        {
            string holds = vocabularies.SummaryOf($"F:{s_format.FullName}.{wire.Name}") ?? "";
            holds = holds.StartsWith("Wire type: ", StringComparison.Ordinal) ? holds.Substring("Wire type: ".Length) : holds;
            b.Append(CultureInfo.InvariantCulture, $"| {wire.GetRawConstantValue()} | {WireName(wire.Name)} (`DataFormat.{wire.Name}`) | {Capital(holds)} |\n");
        }
        return b.ToString();
    }

    /// <summary>The constant of a field's wire type: <c>WireSmall</c>.</summary>
    private static string WireConstant(FieldDefinition field) => Code.Wire(field).Substring("DataFormat.".Length);

    private static string WireName(string constant) => constant.Substring(WirePrefix.Length).ToLowerInvariant();

    private static string Records(SchemaDefinition schema)
    {
        var b = new StringBuilder();
        foreach (MappingDefinition mapping in LinkOutput.Linked(schema))
        {
            b.Append("\n### ").Append(Heading(mapping)).Append("\n\n");
            string[] uses = schema.Mappings.SelectMany(m => m.Fields.Where(f => f.Struct == mapping.Key).Select(f => $"`{m.Key}.{f.Key}`")).ToArray();
            b.Append(mapping.IsEntityKind ? $"The record of {MarkdownOutput.Article(mapping.Name.ToLowerInvariant())} (section `{mapping.Key}` of the YAML)." : $"A nested record: the value of {string.Join(", ", uses)}.");
            b.Append(' ').Append(Text.Sentence(mapping.Doc));
            if (mapping.HasDetails)
            {
                b.Append(" It holds the fields that queries read; the others are in the ").Append(DetailLink(mapping)).Append(".");
            }
            if (mapping.HasIdApart)
            {
                b.Append(" In version 7 it does not hold the id, which is in the [blocks of ").Append(mapping.Name.ToLowerInvariant())
                    .Append(" ids](#").Append(MarkdownOutput.Anchor(IdBlocksHeading(mapping).ToLowerInvariant())).Append(").");
            }
            b.Append("\n\n");
            Table(b, schema, mapping.Fields.Where(f => !f.Detail));
            if (mapping.HasIdApart)
            {
                string noun = mapping.Name.ToLowerInvariant();
                b.Append("\n### ").Append(IdBlocksHeading(mapping)).Append("\n\n");
                b.Append("In version 7 the id of ").Append(MarkdownOutput.Article(noun)).Append(" is stored apart from its record: the id of entity *i* is entry `i mod ")
                    .Append(Constant(mapping.Name + "IdsPerBlock").ToString(CultureInfo.InvariantCulture)).Append("` of the id blocks (section `").Append(mapping.Name)
                    .Append("IdOffsets`), an entry being the id alone, a string without a header (its length, then its characters), read the first time the id is asked for, ")
                    .Append("so that reading the fields of the [").Append(Heading(mapping).ToLowerInvariant()).Append("](#").Append(MarkdownOutput.Anchor(Heading(mapping).ToLowerInvariant()))
                    .Append(") of many entities reads no id. In versions 4 to 6 the record holds it, as field 1.\n");
            }
            if (mapping.HasDetails)
            {
                string noun = mapping.Name.ToLowerInvariant();
                b.Append("\n### ").Append(Capital(noun)).Append(" detail record\n\n");
                b.Append("The fields of ").Append(MarkdownOutput.Article(noun)).Append(" that are decoded only when one of them is read, in a record of their own: ")
                    .Append("the detail record of entity *i* is record `i mod 512` of the detail blocks (section `").Append(mapping.Name).Append("DetailOffsets`), ")
                    .Append("so that reading the fields of the [").Append(Heading(mapping).ToLowerInvariant()).Append("](#").Append(MarkdownOutput.Anchor(Heading(mapping).ToLowerInvariant()))
                    .Append(") of many entities inflates none of this text.\n\n");
                Table(b, schema, mapping.Fields.Where(f => f.Detail));
            }
        }
        return b.Append('\n').ToString();
    }

    private static void Table(StringBuilder b, SchemaDefinition schema, IEnumerable<FieldDefinition> fields)
    {
        b.Append("| n | header | key | wire type | value | present |\n|---|---|---|---|---|---|\n");
        foreach (FieldDefinition field in fields)
        {
            int wire = Constant(field.List ? "WireList" : WireConstant(field));
            int header = (field.N << Constant("FieldShift")) | wire;
            string type = field.List ? $"list of {WireName(WireConstant(field))}" : WireName(WireConstant(field));
            b.Append(CultureInfo.InvariantCulture, $"| {field.N} | `\\u{header:x4}` | `{field.Key}` | {type} | {Value(schema, field)} | {Present(field)} |\n");
        }
    }

    /// <summary>"Event id blocks": the heading of the blocks that hold the ids of a kind stored apart from its records.</summary>
    private static string IdBlocksHeading(MappingDefinition mapping) => Capital(mapping.Name.ToLowerInvariant()) + " id blocks";

    /// <summary>"[event detail record](#event-detail-record)".</summary>
    private static string DetailLink(MappingDefinition mapping)
    {
        string text = mapping.Name.ToLowerInvariant() + " detail record";
        return $"[{text}](#{MarkdownOutput.Anchor(text)})";
    }

    private static string Heading(MappingDefinition mapping) => Capital(YamlWords.FromPascalCase(mapping.Name).Replace('-', ' ')) + " record";

    /// <summary>"a [citation record](#citation-record)".</summary>
    private static string Link(MappingDefinition mapping)
    {
        string text = Heading(mapping).ToLowerInvariant();
        string article = MarkdownOutput.Article(text).Substring(0, MarkdownOutput.Article(text).Length - text.Length);
        return $"{article}[{text}](#{MarkdownOutput.Anchor(text)})";
    }

    private static string Value(SchemaDefinition schema, FieldDefinition field)
    {
        string value = field.Type switch
        {
            "id" => "the id",
            "quote" => "the quote, as written",
            "path" => "the path, as written",
            "url" => "the URL, as written",
            "tag" => "a tag",
            "key" => "a key",
            "date" => "the day number",
            "count" => "the number",
            "coordinate" => "the degrees",
            "word" => $"a value of `{field.Vocabulary}`",
            "ref" => $"the index of {MarkdownOutput.Article(field.Ref!)}",
            "struct" => Link(schema.Struct(field.Struct!)),
            _ => "the text",
        };
        if (field.List)
        {
            value = "each item: " + value;
        }
        return field.Computed ? $"{value}, computed: {field.Doc.Replace("|", "\\|")}" : value;
    }

    private static string Present(FieldDefinition field)
    {
        if (field.Apart)
        {
            return "always in versions 4 to 6; never in version 7";
        }
        if (field.List)
        {
            return field.IsRequired ? "always (never empty)" : "when not empty";
        }
        if (field.IsRequired)
        {
            return "always";
        }
        return field.RequiredWith is { } with ? $"with `{with}`" : field.Computed ? "when known" : "when given";
    }

    private static string VocabularyValues(SchemaDefinition schema)
    {
        var b = new StringBuilder("| enum | values |\n|---|---|\n");
        foreach (string vocabulary in MarkdownOutput.UsedVocabularies(schema))
        {
            IEnumerable<string> values = Enum.GetValues(Vocabularies.Enum(vocabulary)).Cast<object>()
                .Select(v => $"{Convert.ToInt64(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)} `{YamlWords.FromPascalCase(v.ToString()!)}`");
            b.Append(CultureInfo.InvariantCulture, $"| `{vocabulary}` | {string.Join(", ", values)} |\n");
        }
        return b.ToString();
    }

    private static string References(SchemaDefinition schema)
    {
        var resolved = new List<string>();
        var kept = new List<string>();
        foreach (MappingDefinition mapping in LinkOutput.Linked(schema))
        {
            foreach (FieldDefinition field in mapping.Fields.Where(f => f.Type == "ref"))
            {
                (RuntimeOutput.ByIndex(mapping, field) ? kept : resolved).Add($"`{mapping.Key}.{field.Key}`");
            }
        }
        return "| resolved when the record is decoded | kept as an index until asked for |\n|---|---|\n"
            + $"| {string.Join(", ", resolved)} | {string.Join(", ", kept)} |\n";
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
