namespace Almanac.Schema;

/// <summary>Writes the generator's list of the keys of every mapping, which its parser reads against.</summary>
public static class KeysOutput
{
    /// <summary>The C# text of the file.</summary>
    public static string Write(SchemaDefinition schema)
    {
        StringBuilder b = Code.CSharpFile("Almanac.Generator.Parsing");
        b.Append("/// <summary>The keys of every mapping of the schema, in the order curators write them.</summary>\n");
        b.Append("internal static class SchemaKeys\n{\n");
        Array(b, "The top-level sections of a dataset file.", "Sections", schema.Kinds.Select(k => k.Key));
        foreach (MappingDefinition mapping in schema.Mappings)
        {
            b.Append('\n');
            Array(b, $"The keys of {mapping.Noun.Trim('\'')}.", mapping.Name, mapping.Keys);
            foreach (FieldDefinition field in mapping.Fields.Where(f => f.Keys is not null))
            {
                b.Append('\n');
                Array(b, $"The keys of '{field.Key}' of {mapping.Noun}.", mapping.Name + field.CSharpName, field.Keys!);
            }
        }
        b.Append("}\n\n");
        b.Append("/// <summary>The values of each entity kind that citations support ('supports') and entities list as uncertain, and those that need provenance.</summary>\n");
        b.Append("internal static class SchemaValues\n{\n");
        List<MappingDefinition> kinds = schema.Kinds.Where(k => k.IsEntityKind).ToList();
        foreach (MappingDefinition kind in kinds)
        {
            if (kind != kinds[0])
            {
                b.Append('\n');
            }
            Array(b, $"The keys of the values of {kind.Noun} that citations support and 'uncertain' lists.", kind.Name, schema.ValueKeys(kind));
            if (schema.ProvenancePaths(kind).Any())
            {
                b.Append('\n');
                Array(b, $"The values of {kind.Noun} that need provenance when the build asks for it, as paths of keys ('external-ids/wikidata').",
                    kind.Name + "Provenance", schema.ProvenancePaths(kind));
            }
        }
        b.Append('\n');
        Lookup(b, "The keys of the values of the entity kind <paramref name=\"noun\"/> (<c>actor</c>); none for any other noun.", "Of", "", kinds);
        b.Append("}\n");
        return b.ToString();
    }

    private static void Lookup(StringBuilder b, string summary, string method, string suffix, List<MappingDefinition> kinds)
    {
        b.Append("    /// <summary>").Append(summary).Append("</summary>\n");
        b.Append("    public static string[] ").Append(method).Append("(string noun) => noun switch\n    {\n");
        foreach (MappingDefinition kind in kinds)
        {
            b.Append("        \"").Append(kind.Name.ToLowerInvariant()).Append("\" => ").Append(kind.Name).Append(suffix).Append(",\n");
        }
        b.Append("        _ => System.Array.Empty<string>(),\n    };\n");
    }

    private static void Array(StringBuilder b, string summary, string name, System.Collections.Generic.IEnumerable<string> keys)
    {
        b.Append("    /// <summary>").Append(summary).Append("</summary>\n");
        b.Append("    public static readonly string[] ").Append(name).Append(" = { ")
            .Append(string.Join(", ", keys.Select(k => "\"" + k + "\""))).Append(" };\n");
    }
}
