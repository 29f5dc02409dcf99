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
        b.Append("}\n");
        return b.ToString();
    }

    private static void Array(StringBuilder b, string summary, string name, System.Collections.Generic.IEnumerable<string> keys)
    {
        b.Append("    /// <summary>").Append(summary).Append("</summary>\n");
        b.Append("    public static readonly string[] ").Append(name).Append(" = { ")
            .Append(string.Join(", ", keys.Select(k => "\"" + k + "\""))).Append(" };\n");
    }
}
