using System.Globalization;
using System.IO;

namespace Almanac.Schema;

/// <summary>Names and literals of the derived C# code, and what each field type becomes in it.</summary>
internal static class Code
{
    /// <summary>The local variable or parameter for a field: its C# name in camelCase.</summary>
    public static string Local(FieldDefinition field)
    {
        string name = char.ToLowerInvariant(field.CSharpName[0]) + field.CSharpName.Substring(1);
        return name is "f" or "mapping" or "parent" or "keys" or "description" or "item" or "store" or "index" or "owner" or "self" or "header" or "r" or "b" or "s" or "event"
            ? name + "Value"
            : name;
    }

    /// <summary>
    /// Starts a derived C# file: the header every derived file has, the <c>using</c> directives of
    /// <paramref name="usings"/>, the file-scoped namespace and a blank line.
    /// </summary>
    public static StringBuilder CSharpFile(string @namespace, params string[] usings)
    {
        var b = new StringBuilder(Generated.CSharpHeader);
        foreach (string name in usings)
        {
            b.Append("using ").Append(name).Append(";\n");
        }
        if (usings.Length > 0)
        {
            b.Append('\n');
        }
        return b.Append("namespace ").Append(@namespace).Append(";\n\n");
    }

    /// <summary>Writes each of <paramref name="items"/> with <paramref name="write"/>, a blank line between two.</summary>
    public static void Separated<T>(StringBuilder b, IEnumerable<T> items, Action<T> write)
    {
        bool first = true;
        foreach (T item in items)
        {
            if (!first)
            {
                b.Append('\n');
            }
            first = false;
            write(item);
        }
    }

    /// <summary>A C# string literal.</summary>
    public static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Text escaped for an XML doc comment.</summary>
    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A doc line as the text of an XML doc comment, with Markdown code marks as <c>&lt;c&gt;</c>.</summary>
    public static string Doc(string doc)
    {
        string sentence = Text.Sentence(doc.Replace("`", "\u0001"));
        var b = new StringBuilder();
        bool open = false;
        foreach (string part in Xml(sentence).Split('\u0001'))
        {
            b.Append(part);
            b.Append(open ? "</c>" : "<c>");
            open = !open;
        }
        string text = b.ToString();
        return text.Substring(0, text.Length - (open ? 3 : 4));
    }

    /// <summary>A number as C# source.</summary>
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The entity collection a reference of <paramref name="kind"/> names (<c>actor</c> → <c>Actors</c>).</summary>
    public static string Collection(SchemaDefinition schema, string kind) =>
        schema.Kinds.First(k => k.Name.ToLowerInvariant() == kind).Key is { } key ? char.ToUpperInvariant(key[0]) + key.Substring(1) : kind;

    /// <summary>The C# type of the entity a reference names (<c>actor</c> → <c>Actor</c>).</summary>
    public static string EntityType(SchemaDefinition schema, string kind) => schema.Kinds.First(k => k.Name.ToLowerInvariant() == kind).Name;

    /// <summary>The wire type of one value of a field in the compiled format (a list's items for a list).</summary>
    public static string Wire(FieldDefinition field) => field.Type switch
    {
        "word" => "DataFormat.WireSmall",
        "date" or "count" or "ref" => "DataFormat.WireInt32",
        "coordinate" => "DataFormat.WireDouble",
        "struct" => "DataFormat.WireNested",
        _ => "DataFormat.WireString",
    };

    /// <summary>The field's header in the compiled format: its number and the wire type of its value.</summary>
    public static string Header(FieldDefinition field) =>
        $"({field.N} << DataFormat.FieldShift) | {(field.List ? "DataFormat.WireList" : Wire(field))}";

    /// <summary>Throws when the schema asks for what the derived code cannot express.</summary>
    public static InvalidDataException Unsupported(MappingDefinition mapping, FieldDefinition field, string what) =>
        new($"schema.yaml: {mapping.Key}.{field.Key}: {what}");

    /// <summary>
    /// Joins parameters or arguments: on one line when short, otherwise one per line, indented by
    /// <paramref name="indent"/> spaces, as a person would wrap a long list.
    /// </summary>
    public static string Join(IEnumerable<string> items, int indent = 8)
    {
        List<string> list = items.ToList();
        string line = string.Join(", ", list);
        if (line.Length <= 100)
        {
            return line;
        }
        string pad = new(' ', indent);
        return "\n" + pad + string.Join(",\n" + pad, list);
    }
}
