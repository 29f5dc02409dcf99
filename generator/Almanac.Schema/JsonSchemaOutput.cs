using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Almanac.Schema;

/// <summary>Writes <c>docs/schema/almanac.schema.json</c>, the JSON Schema editors use to check a dataset's YAML files.</summary>
public static class JsonSchemaOutput
{
    /// <summary>The pattern of a count, and of text that a count may be written as (an integer is accepted there too).</summary>
    private const string CountPattern = "^[0-9]+$";

    /// <summary>The JSON text of the schema.</summary>
    public static string Write(SchemaDefinition schema)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            w.WriteString("title", $"Almanac dataset file (schema v{schema.Version})");
            w.WriteString("description", "One YAML file of an Almanac dataset (docs/schema.md), generated from generator/Almanac.Schema/schema.yaml. "
                + "Each file is a mapping of any of the sections " + string.Join(", ", schema.Kinds.Select(k => k.Key))
                + "; entities may be spread over files in any way. Checks that need the whole dataset (one dataset section, unique ids, "
                + "references, quotes, aliases, cycles) are made by Almanac.Generator, not by this schema. Plain values are text to the "
                + "generator, so numbers and booleans are accepted where text is expected; an empty optional value counts as absent.");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            foreach (MappingDefinition kind in schema.Kinds)
            {
                w.WriteStartObject(kind.Key);
                if (kind.Single)
                {
                    w.WriteString("$ref", "#/definitions/" + kind.DefinitionName);
                }
                else
                {
                    w.WriteString("description", kind.Doc);
                    Types(w, "array", "null");
                    w.WriteStartObject("items");
                    w.WriteString("$ref", "#/definitions/" + kind.DefinitionName);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartObject("definitions");
            foreach (var (name, mapping, keys) in Definitions(schema))
            {
                Definition(w, schema, name, mapping, keys);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>The definitions: every kind and struct, plus one per struct field that allows only some of the struct's keys.</summary>
    private static IEnumerable<(string Name, MappingDefinition Mapping, IReadOnlyList<string>? Keys)> Definitions(SchemaDefinition schema)
    {
        foreach (MappingDefinition mapping in schema.Mappings)
        {
            yield return (mapping.DefinitionName, mapping, null);
            foreach (FieldDefinition field in mapping.YamlFields.Where(f => f.Keys is not null))
            {
                yield return (SubsetName(mapping, field), schema.Struct(field.Struct!), field.Keys);
            }
        }
    }

    private static string SubsetName(MappingDefinition owner, FieldDefinition field) => owner.DefinitionName + "-" + field.Key;

    private static void Definition(Utf8JsonWriter w, SchemaDefinition schema, string name, MappingDefinition mapping, IReadOnlyList<string>? keys)
    {
        List<FieldDefinition> fields = mapping.YamlFields.Where(f => keys is null || keys.Contains(f.Key)).ToList();
        w.WriteStartObject(name);
        w.WriteString("title", mapping.Name);
        w.WriteString("description", Text.Sentence(mapping.Doc));
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (FieldDefinition field in fields)
        {
            w.WriteStartObject(field.Key);
            Field(w, schema, mapping, field);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        string[] required = fields.Where(f => f.IsRequired).Select(f => f.Key).ToArray();
        if (required.Length > 0)
        {
            w.WriteStartArray("required");
            foreach (string key in required)
            {
                w.WriteStringValue(key);
            }
            w.WriteEndArray();
        }
        if (mapping.OneOf is { } oneOf)
        {
            // Exactly one of the keys (ALM026): each alternative requires its key.
            w.WriteStartArray("oneOf");
            foreach (string key in oneOf)
            {
                w.WriteStartObject();
                w.WriteStartArray("required");
                w.WriteStringValue(key);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        var dependencies = fields.Where(f => f.RequiredWith is not null).ToList();
        if (dependencies.Count > 0)
        {
            w.WriteStartObject("dependencies");
            foreach (FieldDefinition field in dependencies)
            {
                w.WriteStartArray(field.RequiredWith!);
                w.WriteStringValue(field.Key);
                w.WriteEndArray();
                w.WriteStartArray(field.Key);
                w.WriteStringValue(field.RequiredWith!);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter w, SchemaDefinition schema, MappingDefinition owner, FieldDefinition field)
    {
        bool nullable = !field.IsRequired;
        w.WriteString("description", Text.Sentence(field.Doc) + Detail(field));
        if (field.List)
        {
            if (nullable)
            {
                Types(w, "array", "null");
            }
            else
            {
                w.WriteString("type", "array");
                w.WriteNumber("minItems", 1);
            }
            w.WriteStartObject("items");
            Value(w, schema, owner, field, nullable: false);
            w.WriteEndObject();
            return;
        }
        Value(w, schema, owner, field, nullable);
    }

    private static void Value(Utf8JsonWriter w, SchemaDefinition schema, MappingDefinition owner, FieldDefinition field, bool nullable)
    {
        switch (field.Type)
        {
            case "id":
            case "tag":
            case "key":
                Types(w, nullable, "string");
                w.WriteString("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
                break;
            case "ref":
                // An id of the dataset, or of a dataset it references, qualified by that dataset's id when it must be.
                Types(w, nullable, "string");
                w.WriteString("pattern", "^([a-z0-9]+(-[a-z0-9]+)*:)?[a-z0-9]+(-[a-z0-9]+)*$");
                break;
            case "date":
                Types(w, nullable, "string");
                w.WriteString("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
                break;
            case "url":
                Types(w, nullable, "string");
                w.WriteString("pattern", "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+");
                break;
            case "count":
                Types(w, nullable, "integer", "string");
                w.WriteNumber("minimum", 0);
                w.WriteNumber("maximum", int.MaxValue);
                w.WriteString("pattern", CountPattern);
                break;
            case "coordinate":
                Types(w, nullable, "number", "string");
                w.WriteNumber("minimum", -field.Limit!.Value);
                w.WriteNumber("maximum", field.Limit!.Value);
                w.WriteString("pattern", "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$");
                break;
            case "word":
                Types(w, nullable, "string");
                w.WriteStartArray("enum");
                foreach (string word in Vocabularies.Words(field.Vocabulary!))
                {
                    w.WriteStringValue(word);
                }
                if (nullable)
                {
                    w.WriteNullValue();
                }
                w.WriteEndArray();
                if (field.Default is not null)
                {
                    w.WriteString("default", field.Default);
                }
                break;
            case "struct":
                string target = "#/definitions/" + (field.Keys is null ? StructDefinition(field) : SubsetName(owner, field));
                if (nullable && !field.List)
                {
                    w.WriteStartArray("anyOf");
                    w.WriteStartObject();
                    w.WriteString("$ref", target);
                    w.WriteEndObject();
                    w.WriteStartObject();
                    w.WriteString("type", "null");
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                else
                {
                    w.WriteString("$ref", target);
                }
                break;
            default: // text, quote, path
                if (field.Pattern is not null)
                {
                    string pattern = schema.Patterns[field.Pattern];
                    Types(w, nullable, pattern == CountPattern ? new[] { "string", "integer" } : new[] { "string" });
                    w.WriteString("pattern", pattern);
                }
                else
                {
                    Types(w, nullable, "string", "number", "boolean");
                }
                break;
        }
    }

    private static string StructDefinition(FieldDefinition field) => field.Struct!;

    private static string Detail(FieldDefinition field) => field.Type switch
    {
        "id" => " A kebab-case id: lower-case letters and digits in groups joined by single hyphens.",
        "ref" => $" The id of a {field.Ref} (kebab-case); it must exist in the dataset, or in a dataset it references (then qualified by that dataset's id when the id is ambiguous, e.g. libya:gna).",
        "date" => " An ISO 8601 calendar date, YYYY-MM-DD, that exists in the calendar (e.g. 2020-05-21)." + (field.NotBefore is null ? "" : $" Not before '{field.NotBefore}'."),
        "url" => " An absolute http or https URL.",
        "count" => " A whole number, zero or more.",
        "coordinate" => " WGS 84 decimal degrees, without an exponent.",
        "word" => " Allowed: " + string.Join(", ", Vocabularies.Words(field.Vocabulary!)) + ".",
        "tag" => " Each a kebab-case word.",
        "key" => " Each the key of a value of the entity: one of its fields (such as date or location) or of its external ids (such as wikidata).",
        _ => field.Hint is null ? "" : $" Expected: {field.Hint}.",
    };

    private static void Types(Utf8JsonWriter w, bool nullable, params string[] types) =>
        Types(w, nullable ? types.Append("null").ToArray() : types);

    private static void Types(Utf8JsonWriter w, params string[] types)
    {
        if (types.Length == 1)
        {
            w.WriteString("type", types[0]);
            return;
        }
        w.WriteStartArray("type");
        foreach (string type in types)
        {
            w.WriteStringValue(type);
        }
        w.WriteEndArray();
    }
}
