namespace Almanac.Schema;

/// <summary>
/// Writes the generator's parse model and readers: one equatable <c>…Spec</c> record per section and nested mapping
/// (<c>Parsing/Specs.g.cs</c>) and one reader method per mapping (<c>Parsing/Readers.g.cs</c>), which read every field with
/// the checks its type asks for and report each mistake at its line and column.
/// </summary>
public static class ParserOutput
{
    /// <summary>The C# text of the spec records.</summary>
    public static string Specs(SchemaDefinition schema)
    {
        StringBuilder b = Code.CSharpFile("Almanac.Generator.Parsing");
        Code.Separated(b, schema.Mappings, mapping =>
        {
            b.Append("/// <summary>").Append(Code.Xml(Text.Sentence(mapping.Doc))).Append("</summary>\n");
            foreach (FieldDefinition field in mapping.YamlFields)
            {
                b.Append("/// <param name=\"").Append(field.CSharpName).Append("\">").Append(Code.Xml(Text.Sentence(field.Doc))).Append(" (<c>").Append(field.Key).Append("</c>)</param>\n");
            }
            var parameters = new List<string>();
            if (mapping.Single)
            {
                parameters.Add("LocationInfo Location");
            }
            parameters.AddRange(mapping.YamlFields.Select(f => $"{SpecType(schema, mapping, f)} {f.CSharpName}"));
            b.Append("internal sealed record ").Append(SpecName(mapping)).Append('(').Append(Code.Join(parameters, 4)).Append(");\n");
        });
        return b.ToString();
    }

    /// <summary>The C# text of the readers.</summary>
    public static string Readers(SchemaDefinition schema)
    {
        StringBuilder b = Code.CSharpFile("Almanac.Generator.Parsing", "System.Text.RegularExpressions");
        b.Append("internal sealed partial class FileParser\n{\n");
        foreach (var (name, regex) in schema.Patterns)
        {
            b.Append("    private static readonly Regex ").Append(PatternField(name)).Append(" = new(").Append(Code.Literal(regex)).Append(", RegexOptions.CultureInvariant);\n");
        }
        HashSet<string> subsetStructs = schema.Mappings.SelectMany(m => m.Fields).Where(f => f.Keys is not null).Select(f => f.Struct!).ToHashSet();
        foreach (MappingDefinition mapping in schema.Mappings)
        {
            b.Append('\n');
            Reader(b, schema, mapping, subsetStructs.Contains(mapping.Key));
        }
        b.Append("}\n");
        return b.ToString();
    }

    private static void Reader(StringBuilder b, SchemaDefinition schema, MappingDefinition mapping, bool takesKeys)
    {
        bool isStruct = schema.Structs.Contains(mapping);
        string spec = SpecName(mapping);
        string keys = takesKeys ? "keys" : "SchemaKeys." + mapping.Name;
        b.Append("    /// <summary>Reads ").Append(Code.Xml(mapping.Noun.Length > 0 ? mapping.Noun : mapping.Key)).Append(mapping.IsEntityKind
            ? "; null when it has no valid id.</summary>\n"
            : "; null when a required value is missing or invalid.</summary>\n");
        var parameters = new List<string> { "YamlMapping mapping" };
        if (isStruct)
        {
            parameters.Add("string description");
            parameters.Add("Fields parent");
        }
        if (takesKeys)
        {
            parameters.Add("string[] keys");
        }
        b.Append("    private ").Append(spec).Append("? Read").Append(mapping.Name).Append('(').Append(string.Join(", ", parameters)).Append(")\n    {\n");
        string description = isStruct ? "description" : Code.Literal(mapping.Noun);
        string parent = isStruct ? "parent" : "null";
        string noun = mapping.IsEntityKind ? Code.Literal(mapping.Name.ToLowerInvariant()) : "null";
        b.Append("        var f = new Fields(this, mapping, ").Append(description).Append(", ").Append(parent).Append(", ").Append(noun).Append(", ").Append(keys).Append(");\n");
        foreach (FieldDefinition field in mapping.YamlFields)
        {
            string read = ReadExpression(schema, mapping, field);
            if (takesKeys)
            {
                read = $"System.Array.IndexOf(keys, {Code.Literal(field.Key)}) >= 0 ? {read} : {Empty(schema, mapping, field)}";
            }
            b.Append("        ").Append(LocalType(schema, mapping, field)).Append(' ').Append(Code.Local(field)).Append(" = ").Append(read).Append(";\n");
            if (field.NotBefore is { } first)
            {
                FieldDefinition before = mapping.YamlFields.First(f => f.Key == first);
                b.Append("        CheckOrder(mapping, ").Append(Code.Local(before)).Append(", ").Append(Code.Local(field)).Append(", ").Append(Code.Literal(field.Key)).Append(", ").Append(Code.Literal(first)).Append(");\n");
            }
            if (mapping.Ordered is { } ordered && field.Key == ordered[ordered.Count - 1])
            {
                b.Append("        CheckRange(mapping, ").Append(string.Join(", ", ordered.Select(k => Code.Local(mapping.YamlFields.First(f => f.Key == k))))).Append(");\n");
            }
        }
        foreach (FieldDefinition field in mapping.YamlFields.Where(f => f.RequiredWith is not null))
        {
            b.Append("        f.RequireTogether(").Append(Code.Literal(field.RequiredWith!)).Append(", ").Append(Code.Literal(field.Key)).Append(");\n");
        }
        if (mapping.OneOf is { } oneOf)
        {
            b.Append("        if (!f.ExactlyOne(").Append(Code.Literal(mapping.OneOfHint!)).Append(", ").Append(string.Join(", ", oneOf.Select(Code.Literal))).Append("))\n        {\n            return null;\n        }\n");
        }
        List<FieldDefinition> missing = mapping.IsEntityKind
            ? mapping.YamlFields.Where(f => f.Type == "id").ToList()
            : mapping.YamlFields.Where(f => f.IsRequired && !f.List).ToList();
        if (missing.Count > 0)
        {
            b.Append("        if (").Append(string.Join(" || ", missing.Select(f => Code.Local(f) + " is null"))).Append(")\n        {\n            return null;\n        }\n");
        }
        if (mapping.IsEntityKind && schema.ProvenancePaths(mapping).Any())
        {
            FieldDefinition citations = mapping.YamlFields.Single(f => f.Struct is { } nested && schema.Struct(nested).Fields.Any(n => n.Type == "key"));
            FieldDefinition uncertain = mapping.YamlFields.Single(f => f.Type == "key");
            b.Append("        RecordProvenance(f, SchemaValues.").Append(mapping.Name).Append("Provenance, ").Append(Code.Local(citations)).Append(", ").Append(Code.Local(uncertain)).Append(");\n");
        }
        var arguments = new List<string>();
        if (mapping.Single)
        {
            arguments.Add("mapping.Location");
        }
        foreach (FieldDefinition field in mapping.YamlFields)
        {
            arguments.Add(Argument(mapping, field));
        }
        b.Append("        return new ").Append(spec).Append('(').Append(Code.Join(arguments, 12)).Append(");\n    }\n");
    }

    /// <summary>The value passed to the spec's constructor: placeholders stand in for missing required values of an entity
    /// (after the error is reported), so that its id still resolves and one mistake is reported once.</summary>
    private static string Argument(MappingDefinition mapping, FieldDefinition field)
    {
        string local = Code.Local(field);
        if (!field.IsRequired || field.List || field.Type == "id")
        {
            return local;
        }
        if (!mapping.IsEntityKind)
        {
            return field.Type is "date" or "count" or "word" or "coordinate" ? local + ".Value" : local;
        }
        return field.Type switch
        {
            "text" => $"{local} ?? id.Value",
            "word" => $"{local} ?? (int){Vocabularies.Enum(field.Vocabulary!).Name}.{Vocabularies.Members(field.Vocabulary!)[0].Name}",
            "date" => $"{local} ?? 0",
            _ => local,
        };
    }

    private static string ReadExpression(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field)
    {
        string key = Code.Literal(field.Key);
        string required = field.IsRequired ? ", required: true" : "";
        if (field.Type == "struct")
        {
            MappingDefinition nested = schema.Struct(field.Struct!);
            string keys = field.Keys is null ? "" : ", SchemaKeys." + mapping.Name + field.CSharpName;
            bool nestedTakesKeys = schema.Mappings.SelectMany(m => m.Fields).Any(f => f.Struct == nested.Key && f.Keys is not null);
            if (nestedTakesKeys && field.Keys is null)
            {
                keys = ", SchemaKeys." + nested.Name;
            }
            string shape = "{ " + string.Join(", ", field.Keys ?? nested.Keys.ToList()) + " }";
            return field.List
                ? $"f.List({key}, {Code.Literal("a list of " + shape + " entries")}, item => Read{nested.Name}(item, {Code.Literal(nested.Noun)}, f{keys}){required})"
                : $"f.Struct({key}, {Code.Literal("a mapping " + shape)}, item => Read{nested.Name}(item, {Code.Literal("'" + field.Key + "'")}, f{keys}))";
        }
        if (field.List)
        {
            return field.Type switch
            {
                "tag" => $"f.Tags({key})",
                "key" => $"f.ValueKeys({key})",
                _ => $"f.Aliases({key})",
            };
        }
        return field.Type switch
        {
            "id" => field.IsRequired ? $"f.Id({key})" : $"f.Id({key}, required: false)",
            "text" when field.Pattern is not null => $"f.Matching({key}, {PatternField(field.Pattern)}, {Code.Literal(field.Hint!)})",
            "text" => $"f.Text({key}{required})",
            "quote" or "path" => $"f.LocatedText({key}{required})",
            "date" => $"f.Date({key}{required})",
            "url" => $"f.Url({key})",
            "tag" => $"f.Tag({key})",
            "count" => $"f.Count({key})",
            "coordinate" => $"f.Coordinate({key}, {field.Limit!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {Code.Literal(field.CSharpName.ToLowerInvariant())})",
            "word" => $"f.Word<{field.Vocabulary}>({key}{required})",
            "ref" => $"f.Reference({key}{required})",
            _ => throw new System.IO.InvalidDataException($"schema.yaml: {mapping.Key}.{field.Key}: type {field.Type} cannot be read"),
        };
    }

    private static string Empty(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field) =>
        field.List ? $"EquatableArray<{ItemType(schema, mapping, field)}>.Empty" : "null";

    /// <summary>The type of the local a reader reads a field into (nullable until checked).</summary>
    private static string LocalType(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field) =>
        field.List ? $"EquatableArray<{ItemType(schema, mapping, field)}>" : ItemType(schema, mapping, field) + "?";

    /// <summary>The type of a field in its spec record.</summary>
    internal static string SpecType(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field)
    {
        if (field.List)
        {
            return $"EquatableArray<{ItemType(schema, mapping, field)}>";
        }
        bool present = field.IsRequired && (mapping.IsEntityKind || schema.Structs.Contains(mapping) || mapping.Single);
        return ItemType(schema, mapping, field) + (present ? "" : "?");
    }

    private static string ItemType(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field) => field.Type switch
    {
        "id" or "ref" or "quote" or "path" or "key" => "Located",
        "text" when field.List => "Located",
        "text" or "url" or "tag" => "string",
        "date" or "count" or "word" => "int",
        "coordinate" => "double",
        "struct" => SpecName(schema.Struct(field.Struct!)),
        _ => throw new System.IO.InvalidDataException($"schema.yaml: {mapping.Key}.{field.Key}: unknown type {field.Type}"),
    };

    internal static string SpecName(MappingDefinition mapping) => mapping.Name + "Spec";

    private static string PatternField(string name) => "s_" + char.ToLowerInvariant(name[0]) + name.Substring(1).Replace("-", "") + "Pattern";
}
