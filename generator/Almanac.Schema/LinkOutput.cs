namespace Almanac.Schema;

/// <summary>
/// Writes the generator's side of the schema after parsing: the linked model (<c>Model/Linked.g.cs</c>: every reference
/// resolved to an entity index, no locations, computed fields filled), the resolver that builds it from the specs
/// (<c>Linking/Resolver.g.cs</c>), and the record writer of the compiled format (<c>Encoding/RecordWriter.g.cs</c>), the
/// mirror of the runtime's <c>RecordReader.g.cs</c>.
/// </summary>
public static class LinkOutput
{
    /// <summary>The mappings stored as records of the compiled format: the entity kinds and the structs.</summary>
    internal static IEnumerable<MappingDefinition> Linked(SchemaDefinition schema) => schema.Kinds.Where(k => k.IsEntityKind).Concat(schema.Structs);

    /// <summary>The linked records.</summary>
    public static string LinkedRecords(SchemaDefinition schema)
    {
        StringBuilder b = Code.CSharpFile("Almanac.Generator.Model");
        Code.Separated(b, Linked(schema), mapping =>
        {
            b.Append("/// <summary>").Append(Code.Doc(mapping.Doc)).Append(" Linked: references are entity indexes (<c>DataFormat.None</c> for none).</summary>\n");
            b.Append("internal sealed record ").Append(Name(mapping)).Append('(')
                .Append(Code.Join(mapping.Fields.Select(f => $"{LinkedType(schema, mapping, f)} {f.CSharpName}"), 4)).Append(");\n");
        });
        return b.ToString();
    }

    internal static string Name(MappingDefinition mapping) => "Linked" + mapping.Name;

    private static string LinkedType(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field)
    {
        string item = field.Type switch
        {
            "ref" => "int",
            "date" or "count" or "word" => "int",
            "coordinate" => "double",
            "struct" => Name(schema.Struct(field.Struct!)),
            _ => "string",
        };
        if (field.List)
        {
            return $"EquatableArray<{item}>";
        }
        bool present = field.Type == "ref" || field.IsRequired;
        return present ? item : item + "?";
    }

    /// <summary>The resolver: one method per entity kind and struct, from its spec to its linked record.</summary>
    public static string Resolver(SchemaDefinition schema)
    {
        StringBuilder b = Code.CSharpFile("Almanac.Generator.Linking", "Almanac.Storage");
        b.Append("internal sealed partial class Resolver\n{\n");
        Code.Separated(b, Linked(schema), mapping => LinkMethod(b, schema, mapping));
        return b.Append("}\n").ToString();
    }

    private static void LinkMethod(StringBuilder b, SchemaDefinition schema, MappingDefinition mapping)
    {
        bool entity = mapping.IsEntityKind;
        string spec = ParserOutput.SpecName(mapping);
        b.Append("    /// <summary>Links ").Append(Code.Xml(mapping.Noun)).Append(entity ? " (entity <paramref name=\"owner\"/> of its kind)" : " of entity <paramref name=\"owner\"/>")
            .Append(entity ? ".</summary>\n" : "; null when a required reference does not resolve (reported).</summary>\n");
        b.Append("    ").Append(entity ? "public " : "private ").Append(Name(mapping)).Append(entity ? "" : "?").Append(" Link").Append(mapping.Name)
            .Append('(').Append(spec).Append(" s, int owner)\n    {\n");
        var required = new List<string>();
        foreach (FieldDefinition field in mapping.Fields.Where(f => f.Type == "ref" && !f.List))
        {
            b.Append("        int ").Append(Code.Local(field)).Append(" = Resolve(s.").Append(field.CSharpName).Append(", ").Append(Code.Literal(field.Ref!)).Append(");\n");
            if (field.IsRequired)
            {
                required.Add(Code.Local(field));
            }
        }
        if (required.Count > 0 && !entity)
        {
            b.Append("        if (").Append(string.Join(" || ", required.Select(r => r + " == DataFormat.None"))).Append(")\n        {\n            return null;\n        }\n");
        }
        b.Append("        return new ").Append(Name(mapping)).Append('(').Append(Code.Join(mapping.Fields.Select(f => LinkValue(schema, mapping, f)), 12)).Append(");\n    }\n");
    }

    private static string LinkValue(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field)
    {
        string value = "s." + field.CSharpName;
        if (field.Computed)
        {
            FieldDefinition quote = mapping.Fields.First(f => f.Type == "quote");
            string source = field.In == "owner" ? "owner" : Code.Local(mapping.Fields.First(f => f.Key == field.In));
            // A quote of the mapping's owner (an excluded passage of a source) is searched for in its document; a citation's
            // quote also tells whether its source has a document at all (ALM027).
            return field.In == "owner" ? $"Paragraph({source}, s.{quote.CSharpName})" : $"CitedParagraph({source}, s.{quote.CSharpName})";
        }
        if (field.List)
        {
            return field.Type switch
            {
                "struct" => $"LinkAll({value}, x => Link{schema.Struct(field.Struct!).Name}(x, owner))",
                "text" or "key" => $"Values({value})",
                _ => value,
            };
        }
        return field.Type switch
        {
            "ref" => Code.Local(field),
            "id" => value + ".Value",
            "quote" or "path" => field.IsRequired ? value + ".Value" : value + "?.Value",
            "struct" => $"{value} is null ? null : Link{schema.Struct(field.Struct!).Name}({value}, owner)",
            _ => value,
        };
    }

    /// <summary>The record writer: one method per entity kind and struct, writing each present field with its header.</summary>
    public static string Writer(SchemaDefinition schema)
    {
        StringBuilder b = Code.CSharpFile("Almanac.Generator.DataEncoding", "Almanac.Storage");
        b.Append("/// <summary>Writes linked entities and values as records of the compiled format: a header (field number and wire type)\n");
        b.Append("/// before each present value, absent values left out, and an end mark.</summary>\n");
        b.Append("internal static class RecordWriter\n{\n");
        Code.Separated(b, Linked(schema), mapping =>
        {
            WriteMethod(b, schema, mapping, mapping.Name, mapping.HasDetails ? $" record: the fields queries read (its details go in a record of their own)" : " record",
                mapping.Fields.Where(f => !f.Detail));
            if (mapping.HasIdApart)
            {
                FieldDefinition id = mapping.Fields.Single(f => f.Apart);
                b.Append("\n    /// <summary>Writes the id of ").Append(Code.Xml(mapping.Noun)).Append(" as an entry of a block of ids (format 7, which stores it apart from the record): the string alone.</summary>\n");
                b.Append("    public static void Write").Append(mapping.Name).Append("Id(RecordBuffer b, ").Append(Name(mapping)).Append(" value) => b.Text(value.").Append(id.CSharpName).Append(");\n");
            }
            if (mapping.HasDetails)
            {
                b.Append('\n');
                WriteMethod(b, schema, mapping, mapping.Name + "Details", " detail record: the fields decoded only when one of them is read", mapping.Fields.Where(f => f.Detail));
            }
        });
        return b.Append("}\n").ToString();
    }

    private static void WriteMethod(StringBuilder b, SchemaDefinition schema, MappingDefinition mapping, string name, string what, IEnumerable<FieldDefinition> fields)
    {
        List<FieldDefinition> written = fields.ToList();
        bool apart = written.Any(f => f.Apart);
        b.Append("    /// <summary>Writes ").Append(Code.Xml(mapping.Noun)).Append(what).Append(apart ? "; the id only when <paramref name=\"withId\"/>" : "").Append(".</summary>\n");
        if (apart)
        {
            b.Append("    /// <param name=\"b\">Where the record goes.</param>\n    /// <param name=\"value\">The linked ").Append(mapping.Name.ToLowerInvariant()).Append(".</param>\n");
            b.Append("    /// <param name=\"withId\">Whether the record holds the id (formats 4 to 6); format 7 stores it apart (<see cref=\"Write")
                .Append(mapping.Name).Append("Id\"/>).</param>\n");
        }
        b.Append("    public static void Write").Append(name).Append("(RecordBuffer b, ").Append(Name(mapping)).Append(" value").Append(apart ? ", bool withId" : "").Append(")\n    {\n");
        foreach (FieldDefinition field in written)
        {
            if (field.Apart)
            {
                b.Append("        if (withId)\n        {\n    ");
                WriteField(b, schema, mapping, field);
                b.Append("        }\n");
                continue;
            }
            WriteField(b, schema, mapping, field);
        }
        b.Append("        b.End();\n    }\n");
    }

    private static void WriteField(StringBuilder b, SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field)
    {
        string value = "value." + field.CSharpName;
        string header = Code.Header(field);
        if (field.List)
        {
            if (field.Type == "struct")
            {
                string item = schema.Struct(field.Struct!).Name;
                b.Append("        if (b.List(").Append(header).Append(", ").Append(Code.Wire(field)).Append(", ").Append(value).Append(".Count))\n        {\n");
                b.Append("            foreach (").Append(Name(schema.Struct(field.Struct!))).Append(" item in ").Append(value).Append(")\n            {\n");
                b.Append("                Write").Append(item).Append("(b, item);\n            }\n        }\n");
            }
            else
            {
                b.Append("        b.Strings(").Append(header).Append(", ").Append(value).Append(");\n");
            }
            return;
        }
        if (field.Type == "struct")
        {
            MappingDefinition nested = schema.Struct(field.Struct!);
            b.Append("        if (").Append(value).Append(" is { } ").Append(Code.Local(field)).Append(")\n        {\n");
            b.Append("            b.Header(").Append(header).Append(");\n");
            b.Append("            Write").Append(nested.Name).Append("(b, ").Append(Code.Local(field)).Append(");\n        }\n");
            return;
        }
        string method = field.Type switch
        {
            "word" => "Small",
            "date" or "count" => "Int32",
            "ref" => "Reference",
            "coordinate" => "Double",
            _ => "String",
        };
        b.Append("        b.").Append(method).Append('(').Append(header).Append(", ").Append(value).Append(");\n");
    }
}
