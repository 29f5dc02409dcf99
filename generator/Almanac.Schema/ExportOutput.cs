using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Almanac.Schema;

/// <summary>
/// Writes the exports' side of the schema (<c>Almanac.Export/FieldVisitor.g.cs</c>): every mapping as the exports see it
/// (<c>ExportSchema</c>: keys, value kinds, columns, tables) and one walker per mapping (<c>FieldVisitor</c>) that hands
/// each field of a runtime instance to a sink, in schema order. The canonical text, the JSON export and the tables are
/// such sinks, so a field added to the schema reaches all of them.
/// </summary>
public static class ExportOutput
{
    /// <summary>Where the file lives, relative to the repository root.</summary>
    public const string Path = "generator/Almanac.Export/FieldVisitor.g.cs";

    /// <summary>The C# text of the file.</summary>
    public static string Write(SchemaDefinition schema)
    {
        var b = new StringBuilder(Generated.CSharpHeader);
        b.Append("using System;\nusing System.Collections.Generic;\n\nnamespace Almanac.Export;\n\n");
        b.Append("/// <summary>Every mapping of the schema as the exports see it: fields in schema order with their keys, kinds of value and columns.</summary>\n");
        b.Append("internal static class ExportSchema\n{\n");
        foreach (MappingDefinition mapping in Ordered(schema))
        {
            b.Append("    /// <summary>").Append(Code.Doc(mapping.Doc)).Append("</summary>\n");
            b.Append("    public static readonly SchemaMapping ").Append(mapping.Name).Append(" = new(").Append(Code.Literal(mapping.Key)).Append(", ")
                .Append(Code.Literal(mapping.Name)).Append(", ").Append(Code.Literal(mapping.Noun.Trim('\''))).Append(", ").Append(Optional(mapping.Table))
                .Append(", new SchemaField[]\n    {\n");
            foreach (FieldDefinition field in mapping.Fields)
            {
                b.Append("        new(").Append(Code.Literal(field.Key)).Append(", ").Append(Code.Literal(field.Type)).Append(", FieldKind.").Append(Kind(field))
                    .Append(", IsList: ").Append(Bool(field.List)).Append(", IsRequired: ").Append(Bool(field.IsRequired))
                    .Append(", IsComputed: ").Append(Bool(field.Computed)).Append(", IsHidden: ").Append(Bool(field.Hidden))
                    .Append(", Column: ").Append(Optional(field.Column)).Append(", Ref: ").Append(Optional(field.Ref))
                    .Append(", Nested: ").Append(field.Struct is null ? "null" : schema.Struct(field.Struct).Name)
                    .Append(", Keys: ").Append(field.Keys is null ? "null" : "new[] { " + string.Join(", ", field.Keys.Select(Code.Literal)) + " }")
                    .Append(", Default: ").Append(Optional(field.Default))
                    .Append(",\n            Doc: ").Append(Code.Literal(field.Doc.Replace("`", ""))).Append("),\n");
            }
            b.Append("    });\n\n");
        }
        b.Append("    /// <summary>The entity kinds, in schema order.</summary>\n");
        b.Append("    public static readonly IReadOnlyList<SchemaMapping> EntityKinds = new[] { ")
            .Append(string.Join(", ", Entities(schema).Select(k => k.Name))).Append(" };\n}\n\n");

        b.Append("/// <summary>Walks runtime instances field by field, in schema order, handing each field and its value to a sink.</summary>\n");
        b.Append("internal static class FieldVisitor\n{\n");
        foreach (MappingDefinition mapping in schema.Structs)
        {
            b.Append("    private static readonly Action<object, IFieldSink> ").Append(Walk(mapping))
                .Append(" = (o, sink) => Visit").Append(mapping.Name).Append("((").Append(mapping.Name).Append(")o, sink);\n");
        }
        b.Append("\n    /// <summary>The entities of every kind of <paramref name=\"dataset\"/>, kind by kind in schema order, each in dataset order.</summary>\n");
        b.Append("    public static IEnumerable<(SchemaMapping Kind, IReadOnlyList<Entity> Entities)> Sections(Dataset dataset)\n    {\n");
        foreach (MappingDefinition kind in Entities(schema))
        {
            b.Append("        yield return (ExportSchema.").Append(kind.Name).Append(", dataset.").Append(Code.Collection(schema, kind.Name.ToLowerInvariant())).Append(");\n");
        }
        b.Append("    }\n\n");
        b.Append("    /// <summary>Walks <paramref name=\"entity\"/> with the walker of its kind.</summary>\n");
        b.Append("    public static void Visit(Entity entity, IFieldSink sink)\n    {\n        switch (entity)\n        {\n");
        foreach (MappingDefinition kind in Entities(schema))
        {
            b.Append("            case ").Append(kind.Name).Append(" x:\n                Visit").Append(kind.Name).Append("(x, sink);\n                break;\n");
        }
        b.Append("            default:\n                throw new ArgumentException(\"Not an entity of the schema: \" + entity.GetType().Name, nameof(entity));\n        }\n    }\n");
        foreach (MappingDefinition mapping in schema.Mappings.Except(schema.Registers))
        {
            b.Append('\n');
            Walker(b, schema, mapping);
        }
        b.Append("\n    private static string Word<T>(T value) where T : struct, Enum => value.ToYamlWord();\n\n");
        b.Append("    private static string? Word<T>(T? value) where T : struct, Enum => value?.ToYamlWord();\n\n");
        b.Append("    /// <summary>A word with a default, as the YAML gives it: absent when it is the default.</summary>\n");
        b.Append("    private static string? Word<T>(T value, T absent) where T : struct, Enum => value.Equals(absent) ? null : value.ToYamlWord();\n\n");
        b.Append("    private static string? Url(Uri? value) => value?.OriginalString;\n\n");
        b.Append("    private static string? Url(string? value) => value;\n\n");
        b.Append("    /// <summary>An optional text that a hand-written property presents as empty when absent, as absent.</summary>\n");
        b.Append("    private static string? Absent(string value) => value.Length == 0 ? null : value;\n");
        return b.Append("}\n").ToString();
    }

    private static void Walker(StringBuilder b, SchemaDefinition schema, MappingDefinition mapping)
    {
        string type = RuntimeType(mapping);
        b.Append("    /// <summary>Walks the fields of ").Append(Code.Xml(mapping.Noun)).Append(".</summary>\n");
        b.Append("    public static void Visit").Append(mapping.Name).Append('(').Append(type).Append(" value, IFieldSink sink)\n    {\n");
        b.Append("        IReadOnlyList<SchemaField> f = ExportSchema.").Append(mapping.Name).Append(".Fields;\n");
        for (int i = 0; i < mapping.Fields.Count; i++)
        {
            FieldDefinition field = mapping.Fields[i];
            string target = $"f[{i}]";
            string property = "value." + field.CSharpName;
            if (field.Type == "struct")
            {
                MappingDefinition nested = schema.Struct(field.Struct!);
                string record = $"ExportSchema.{nested.Name}, {{0}}, {Walk(nested)}";
                if (field.List)
                {
                    b.Append("        sink.Structs(").Append(target).Append(", FieldRecord.List(").Append(string.Format(record, property)).Append("));\n");
                    continue;
                }
                string local = Code.Local(field);
                string present = nested.Empty is { } empty ? $"{property} is {{ }} {local} && {local} != {nested.Name}.{empty}" : $"{property} is {{ }} {local}";
                b.Append("        sink.Struct(").Append(target).Append(", ").Append(present).Append(" ? new FieldRecord(").Append(string.Format(record, local)).Append(") : null);\n");
                continue;
            }
            if (field.List)
            {
                b.Append("        sink.Values(").Append(target).Append(", ").Append(property).Append(");\n");
                continue;
            }
            if (field.Type == "ref")
            {
                b.Append("        sink.Reference(").Append(target).Append(", ").Append(property).Append(");\n");
                continue;
            }
            string value = field.Type switch
            {
                "word" when field.DefaultMember is { } member => $"Word({property}, {member})",
                "word" => $"Word({property})",
                "url" => $"Url({property})",
                "quote" or "text" when field.Hidden && !field.IsRequired => $"Absent({property})",
                _ => property,
            };
            b.Append("        sink.Value(").Append(target).Append(", ").Append(value).Append(");\n");
        }
        b.Append("    }\n");
    }

    /// <summary>The structs before the mappings that nest them, then the kinds: the order in which the mappings can be initialised.</summary>
    private static IEnumerable<MappingDefinition> Ordered(SchemaDefinition schema)
    {
        var done = new List<MappingDefinition>();
        void Add(MappingDefinition mapping)
        {
            if (done.Contains(mapping))
            {
                return;
            }
            foreach (FieldDefinition field in mapping.Fields.Where(f => f.Struct is not null))
            {
                Add(schema.Struct(field.Struct!));
            }
            done.Add(mapping);
        }
        foreach (MappingDefinition mapping in schema.Structs.Concat(schema.Kinds.Except(schema.Registers)))
        {
            Add(mapping);
        }
        return done;
    }

    private static IEnumerable<MappingDefinition> Entities(SchemaDefinition schema) => schema.Kinds.Where(k => k.IsEntityKind);

    /// <summary>The runtime type of a mapping: the dataset section is presented by <c>DatasetInfo</c>, every other mapping by the type of its name.</summary>
    private static string RuntimeType(MappingDefinition mapping) => mapping.Single ? "DatasetInfo" : mapping.Name;

    private static string Kind(FieldDefinition field) => field.Type switch
    {
        "date" => "Date",
        "count" => "Count",
        "coordinate" => "Coordinate",
        "word" => "Word",
        "ref" => "Reference",
        "struct" => "Struct",
        _ => "Text",
    };

    /// <summary>The field holding the walker of a struct as a delegate over <c>object</c>.</summary>
    private static string Walk(MappingDefinition mapping) => "s_" + char.ToLowerInvariant(mapping.Name[0]) + mapping.Name.Substring(1);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Optional(string? text) => text is null ? "null" : Code.Literal(text);
}
