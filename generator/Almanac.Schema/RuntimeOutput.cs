namespace Almanac.Schema;

/// <summary>
/// Writes the runtime's side of the schema: the data-carrying part of every entity and value type
/// (<c>Model/*.g.cs</c>: constructor and properties; behaviour stays in the hand-written part of each partial type) and the
/// decoder of their records in the compiled format (<c>Storage/RecordReader.g.cs</c>), the mirror of the generator's
/// <c>RecordWriter.g.cs</c>, derived from the same field list.
/// </summary>
public static class RuntimeOutput
{
    /// <summary>The folder of the runtime's model, relative to the repository root.</summary>
    private const string ModelFolder = "generator/Almanac/Model/";

    /// <summary>The model files: the entities' base class, one per entity kind and one per struct the runtime does not already define.</summary>
    public static IEnumerable<(string Path, string Content)> Model(SchemaDefinition schema)
    {
        yield return (ModelFolder + "Entity.g.cs", EntityBase(schema));
        foreach (MappingDefinition mapping in schema.Kinds.Where(k => k.IsEntityKind))
        {
            yield return (ModelFolder + mapping.Name + ".g.cs", EntityClass(schema, mapping));
        }
        foreach (MappingDefinition mapping in schema.Structs.Where(s => s.Runtime != "existing"))
        {
            yield return (ModelFolder + mapping.Name + ".g.cs", mapping.Runtime == "record" ? Record(schema, mapping) : StructClass(schema, mapping));
        }
    }

    private static StringBuilder Start(bool usesStore) => usesStore
        ? Code.CSharpFile("Almanac", "System", "System.Collections.Generic", "Almanac.Storage")
        : Code.CSharpFile("Almanac", "System", "System.Collections.Generic");

    /// <summary>
    /// The data-carrying part of the entities' base class: where the entity is stored, its id, and the other fields every
    /// entity kind shares, as abstract properties that each kind implements (with a value it holds, or one decoded with its
    /// details).
    /// </summary>
    private static string EntityBase(SchemaDefinition schema)
    {
        List<FieldDefinition> fields = schema.EntityFields.ToList();
        MappingDefinition kind = schema.Kinds.First(k => k.IsEntityKind);
        bool apart = schema.Kinds.Any(k => k.HasIdApart);
        StringBuilder b = Start(usesStore: true);
        if (apart)
        {
            b.Replace("using Almanac.Storage;\n", "using System.Threading;\nusing Almanac.Storage;\n");
        }
        b.Append("public abstract partial class Entity\n{\n");
        if (apart)
        {
            b.Append("    private string? _id;\n\n");
        }
        b.Append("    private protected Entity(DatasetStore store, int index, string").Append(apart ? "?" : "").Append(" id)\n    {\n");
        b.Append("        Store = store;\n        Index = index;\n        ").Append(apart ? "_id" : "Id").Append(" = id;\n    }\n");
        foreach (var (field, doc) in fields.Zip(schema.Entity, (f, e) => (f, e.Doc)))
        {
            b.Append("\n    /// <summary>").Append(Code.Doc(doc)).Append(field.IsRequired || field.List ? "" : " <see langword=\"null\"/> when none.").Append("</summary>\n");
            b.Append("    public ").Append(field.N == 1 ? "" : "abstract ").Append(PropertyType(schema, kind, field)).Append(' ').Append(field.CSharpName)
                .Append(field.N == 1 && apart ? " => _id ?? LoadId();\n" : " { get; }\n");
        }
        b.Append("\n    internal DatasetStore Store { get; }\n\n    internal int Index { get; }\n");
        if (apart)
        {
            string kinds = string.Join(", ", schema.Kinds.Where(k => k.HasIdApart).Select(k => k.Name.ToLowerInvariant() + "s"));
            b.Append("\n    /// <summary>Reads the id of an entity whose record does not hold it (in data of format 7, the ids of ").Append(kinds)
                .Append(" are stored apart), the first time it is asked for, and keeps it.</summary>\n");
            b.Append("    private string LoadId()\n    {\n        string id = ReadId();\n");
            b.Append("        return Interlocked.CompareExchange(ref _id, id, null) ?? id;\n    }\n");
            b.Append("\n    /// <summary>The id of this entity, read from where the data stores it: only a kind whose ids can be stored apart from its\n");
            b.Append("    /// records (").Append(kinds).Append(") is made without its id; for any other kind a missing id is corrupt data.</summary>\n");
            b.Append("    private protected virtual string ReadId() => throw DataReader.Corrupt();\n");
        }
        return b.Append("}\n").ToString();
    }

    private static string EntityClass(SchemaDefinition schema, MappingDefinition mapping)
    {
        string[] baseFields = schema.Entity.Select(e => e.Name).ToArray();
        FieldDefinition id = mapping.Fields.Single(f => f.N == 1);
        List<FieldDefinition> held = mapping.Fields.Where(f => !f.Detail && f != id).ToList();
        StringBuilder b = Start(usesStore: true);
        if (mapping.HasDetails)
        {
            b.Replace("using Almanac.Storage;\n", "using System.Threading;\nusing Almanac.Storage;\n");
        }
        b.Append("public sealed partial class ").Append(mapping.Name).Append("\n{\n");
        foreach (FieldDefinition field in held.Where(f => f.Type == "ref" || f.Hidden))
        {
            b.Append("    private readonly ").Append(FieldType(schema, mapping, field)).Append(' ').Append(BackingField(field)).Append(";\n");
        }
        if (mapping.HasDetails)
        {
            b.Append("    private ").Append(Details(mapping)).Append("? _details;\n");
        }
        b.Append('\n');
        var parameters = new List<string> { "DatasetStore store", "int index", $"string{(id.Apart ? "?" : "")} {Code.Local(id)}" };
        parameters.AddRange(held.Select(f => $"{FieldType(schema, mapping, f)} {Code.Local(f)}"));
        b.Append("    internal ").Append(mapping.Name).Append('(').Append(Code.Join(parameters)).Append(")\n");
        b.Append("        : base(store, index, ").Append(Code.Local(id)).Append(")\n    {\n");
        foreach (FieldDefinition field in held)
        {
            string target = field.Type == "ref" || field.Hidden ? BackingField(field) : field.CSharpName;
            b.Append("        ").Append(target).Append(" = ").Append(Code.Local(field)).Append(";\n");
        }
        b.Append("    }\n");
        foreach (string name in baseFields.Skip(1))
        {
            b.Append('\n');
            if (mapping.Fields.FirstOrDefault(f => f.CSharpName == name) is not { } field)
            {
                FieldDefinition shared = schema.EntityFields.First(f => f.CSharpName == name);
                if (!shared.List)
                {
                    throw Code.Unsupported(mapping, shared, "an entity kind may leave out only the shared fields that are lists");
                }
                b.Append("    /// <summary>Always empty: ").Append(Code.Xml(mapping.Noun)).Append(" has no ").Append(name.ToLowerInvariant()).Append(".</summary>\n");
                b.Append("    public override ").Append(PropertyType(schema, mapping, shared)).Append(' ').Append(name)
                    .Append(" => Array.Empty<").Append(ItemType(schema, shared)).Append(">();\n");
                continue;
            }
            Summary(b, schema, mapping, field);
            b.Append("    public override ").Append(PropertyType(schema, mapping, field)).Append(' ').Append(name)
                .Append(field.Detail ? $" => Details.{name};\n" : " { get; }\n");
        }
        foreach (FieldDefinition field in mapping.Fields.Where(f => f != id && !f.Hidden && !baseFields.Contains(f.CSharpName)))
        {
            b.Append('\n');
            Summary(b, schema, mapping, field);
            b.Append("    public ").Append(PropertyType(schema, mapping, field)).Append(' ').Append(field.CSharpName);
            if (field.Detail)
            {
                b.Append(" => Details.").Append(field.CSharpName).Append(";\n");
            }
            else if (field.Type == "ref")
            {
                string collection = "Store." + Code.Collection(schema, field.Ref!);
                b.Append(" => ").Append(field.IsRequired ? $"{collection}.At({BackingField(field)})" : $"{BackingField(field)} < 0 ? null : {collection}.At({BackingField(field)})").Append(";\n");
            }
            else
            {
                b.Append(" { get; }\n");
            }
        }
        if (id.Apart)
        {
            b.Append("\n    /// <summary>Reads the id, which data of format 7 stores apart from the record, in the blocks of ")
                .Append(mapping.Name.ToLowerInvariant()).Append(" ids (older formats in the record).</summary>\n");
            b.Append("    private protected override string ReadId() => Store.IdOf(DataFormat.Section.").Append(mapping.Name).Append("Offsets, Index);\n");
        }
        if (mapping.HasDetails)
        {
            string details = Details(mapping);
            b.Append("\n    /// <summary>The fields stored in the detail record, decoded (with the other detail records of its block) the first time one of them is read.</summary>\n");
            b.Append("    private ").Append(details).Append(" Details => Volatile.Read(ref _details) ?? LoadDetails();\n\n");
            b.Append("    private ").Append(details).Append(" LoadDetails()\n    {\n");
            b.Append("        ").Append(details).Append(" details = Store.DetailRecord(DataFormat.Section.").Append(mapping.Name).Append("DetailOffsets, Index, Store.")
                .Append(Code.Collection(schema, mapping.Name.ToLowerInvariant())).Append(".Count, RecordReader.Read").Append(details).Append(");\n");
            b.Append("        return Interlocked.CompareExchange(ref _details, details, null) ?? details;\n    }\n");
        }
        b.Append("}\n");
        if (mapping.HasDetails)
        {
            List<FieldDefinition> detail = mapping.Fields.Where(f => f.Detail).ToList();
            b.Append("\n/// <summary>The detail fields of ").Append(Code.Xml(mapping.Noun)).Append(" (<see cref=\"").Append(mapping.Name)
                .Append("\"/>): stored in a record of their own and decoded together, the first time one of them is read.</summary>\n");
            b.Append("internal sealed class ").Append(Details(mapping)).Append("\n{\n");
            b.Append("    internal ").Append(Details(mapping)).Append('(')
                .Append(Code.Join(detail.Select(f => $"{PropertyType(schema, mapping, f)} {Code.Local(f)}"))).Append(")\n    {\n");
            foreach (FieldDefinition field in detail)
            {
                b.Append("        ").Append(field.CSharpName).Append(" = ").Append(Code.Local(field)).Append(";\n");
            }
            b.Append("    }\n");
            foreach (FieldDefinition field in detail)
            {
                b.Append('\n');
                Summary(b, schema, mapping, field);
                b.Append("    internal ").Append(PropertyType(schema, mapping, field)).Append(' ').Append(field.CSharpName).Append(" { get; }\n");
            }
            b.Append("}\n");
        }
        return b.ToString();
    }

    /// <summary>The runtime type that holds the detail fields of an entity kind.</summary>
    private static string Details(MappingDefinition mapping) => mapping.Name + "Details";

    private static string StructClass(SchemaDefinition schema, MappingDefinition mapping)
    {
        bool lazy = mapping.Fields.Any(f => f.Lazy);
        StringBuilder b = Start(usesStore: lazy);
        b.Append("public sealed partial class ").Append(mapping.Name).Append("\n{\n");
        if (lazy)
        {
            b.Append("    private readonly DatasetStore _store;\n");
        }
        foreach (FieldDefinition field in mapping.Fields.Where(f => f.Lazy || f.Hidden))
        {
            b.Append("    private readonly ").Append(FieldType(schema, mapping, field)).Append(' ').Append(BackingField(field)).Append(";\n");
        }
        if (mapping.Fields.Any(f => f.Lazy || f.Hidden))
        {
            b.Append('\n');
        }
        var parameters = new List<string>();
        if (lazy)
        {
            parameters.Add("DatasetStore store");
        }
        parameters.AddRange(mapping.Fields.Select(f => $"{FieldType(schema, mapping, f)} {Code.Local(f)}"));
        b.Append("    internal ").Append(mapping.Name).Append('(').Append(Code.Join(parameters)).Append(")\n    {\n");
        if (lazy)
        {
            b.Append("        _store = store;\n");
        }
        foreach (FieldDefinition field in mapping.Fields)
        {
            b.Append("        ").Append(field.Lazy || field.Hidden ? BackingField(field) : field.CSharpName).Append(" = ").Append(Code.Local(field)).Append(";\n");
        }
        b.Append("    }\n");
        foreach (FieldDefinition field in mapping.Fields.Where(f => !f.Hidden))
        {
            b.Append('\n');
            Summary(b, schema, mapping, field);
            b.Append("    public ").Append(PropertyType(schema, mapping, field)).Append(' ').Append(field.CSharpName)
                .Append(field.Lazy ? $" => _store.{Code.Collection(schema, field.Ref!)}.At({BackingField(field)});\n" : " { get; }\n");
        }
        return b.Append("}\n").ToString();
    }

    private static string Record(SchemaDefinition schema, MappingDefinition mapping)
    {
        StringBuilder b = Start(usesStore: false);
        b.Append("/// <summary>").Append(Code.Doc(mapping.Doc)).Append("</summary>\n");
        foreach (FieldDefinition field in mapping.Fields)
        {
            b.Append("/// <param name=\"").Append(field.CSharpName).Append("\">").Append(PropertyDoc(schema, mapping, field)).Append("</param>\n");
        }
        b.Append("public sealed partial record ").Append(mapping.Name).Append('(')
            .Append(Code.Join(mapping.Fields.Select(f => $"{PropertyType(schema, mapping, f)} {f.CSharpName}"), 4)).Append(");\n");
        return b.ToString();
    }

    private static void Summary(StringBuilder b, SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field) =>
        b.Append("    /// <summary>").Append(PropertyDoc(schema, mapping, field)).Append("</summary>\n");

    private static string PropertyDoc(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field)
    {
        string doc = Code.Doc(field.Doc);
        if (field.List || field.IsRequired)
        {
            return doc;
        }
        if (field.DefaultMember is { } member)
        {
            return doc + $" <see cref=\"{member}\"/> when not given.";
        }
        return field.Type == "struct" && schema.Struct(field.Struct!).Empty is { } empty
            ? doc + $" <see cref=\"{schema.Struct(field.Struct!).Name}.{empty}\"/> when none is given."
            : doc + " <see langword=\"null\"/> when not given.";
    }

    private static string BackingField(FieldDefinition field) => "_" + Code.Local(field).Replace("Value", "");

    /// <summary>The type of a property (what users see).</summary>
    internal static string PropertyType(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field)
    {
        string item = ItemType(schema, field);
        if (field.List)
        {
            return $"IReadOnlyList<{item}>";
        }
        bool optional = !field.IsRequired && field.Default is null && !(field.Type == "struct" && schema.Struct(field.Struct!).Empty is not null);
        return optional ? item + "?" : item;
    }

    /// <summary>The type of a constructor parameter: an entity reference is the referenced entity's index until read.</summary>
    internal static string FieldType(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field) =>
        ByIndex(mapping, field) ? "int" : PropertyType(schema, mapping, field);

    /// <summary>Whether a reference is kept as the referenced entity's index until read (an entity's own references and
    /// lazy ones), rather than resolved when the record is decoded.</summary>
    internal static bool ByIndex(MappingDefinition mapping, FieldDefinition field) =>
        field.Type == "ref" && !field.List && (mapping.IsEntityKind || field.Lazy);

    private static string ItemType(SchemaDefinition schema, FieldDefinition field) => field.Type switch
    {
        "url" => "Uri",
        "date" => "DateOnly",
        "count" => "int",
        "word" => field.Vocabulary!,
        "coordinate" => "double",
        "ref" => Code.EntityType(schema, field.Ref!),
        "struct" => schema.Struct(field.Struct!).Name,
        _ => "string",
    };

    /// <summary>The record decoder: one method per entity kind and struct, reading the fields in any order and skipping
    /// fields it does not know (a newer writer's), so that an added field leaves older readers working.</summary>
    public static string Reader(SchemaDefinition schema)
    {
        StringBuilder b = Code.CSharpFile("Almanac.Storage", "System", "System.Collections.Generic");
        b.Append("/// <summary>Decodes the records of the compiled format into the runtime's entities and values.</summary>\n");
        b.Append("internal static class RecordReader\n{\n");
        Code.Separated(b, LinkOutput.Linked(schema), mapping => ReaderMethod(b, schema, mapping));
        return b.Append("}\n").ToString();
    }

    private static void ReaderMethod(StringBuilder b, SchemaDefinition schema, MappingDefinition mapping)
    {
        if (!mapping.IsEntityKind)
        {
            ReaderMethod(b, schema, mapping, mapping.Name, "(DatasetStore store, ref DataReader r)", mapping.Fields,
                (mapping.Fields.Any(f => f.Lazy) ? new[] { "store" } : Array.Empty<string>()).Concat(mapping.Fields.Select(f => Argument(schema, mapping, f))));
            return;
        }
        List<FieldDefinition> held = mapping.Fields.Where(f => !f.Detail).ToList();
        ReaderMethod(b, schema, mapping, mapping.Name, "(DatasetStore store, int index, ref DataReader r)", held,
            new[] { "store", "index" }.Concat(held.Select(f => Argument(schema, mapping, f))));
        if (mapping.HasDetails)
        {
            List<FieldDefinition> detail = mapping.Fields.Where(f => f.Detail).ToList();
            b.Append('\n');
            ReaderMethod(b, schema, mapping, Details(mapping), "(DatasetStore store, ref DataReader r)", detail, detail.Select(f => Argument(schema, mapping, f)));
        }
    }

    /// <summary>A method that reads the fields <paramref name="fields"/> of a record, skips the others, and constructs <paramref name="type"/>.</summary>
    private static void ReaderMethod(StringBuilder b, SchemaDefinition schema, MappingDefinition mapping, string type, string parameters,
        List<FieldDefinition> fields, IEnumerable<string> arguments)
    {
        b.Append("    /// <summary>Reads ").Append(Code.Xml(mapping.Noun)).Append(type == mapping.Name ? "" : "'s detail").Append(" record.</summary>\n");
        b.Append("    public static ").Append(type).Append(" Read").Append(type).Append(parameters).Append("\n    {\n");
        foreach (FieldDefinition field in fields)
        {
            b.Append("        ").Append(LocalDeclaration(schema, mapping, field)).Append(";\n");
        }
        b.Append("        for (int header = r.ReadHeader(); header != 0; header = r.ReadHeader())\n        {\n            switch (header)\n            {\n");
        foreach (FieldDefinition field in fields)
        {
            b.Append("                case ").Append(Code.Header(field)).Append(":\n");
            if (field.List)
            {
                string item = ItemType(schema, field);
                b.Append("                {\n");
                b.Append("                    var items = new ").Append(item).Append("[r.ReadListCount(").Append(Code.Wire(field)).Append(")];\n");
                b.Append("                    for (int i = 0; i < items.Length; i++)\n                    {\n");
                b.Append("                        items[i] = ").Append(ReadValue(schema, mapping, field)).Append(";\n");
                b.Append("                    }\n");
                b.Append("                    ").Append(Code.Local(field)).Append(" = items;\n");
                b.Append("                    break;\n                }\n");
            }
            else
            {
                b.Append("                    ").Append(Code.Local(field)).Append(" = ").Append(ReadValue(schema, mapping, field)).Append(";\n");
                b.Append("                    break;\n");
            }
        }
        b.Append("                default:\n                    r.Skip(header);\n                    break;\n            }\n        }\n");
        b.Append("        return new ").Append(type).Append('(').Append(Code.Join(arguments, 12)).Append(");\n    }\n");
    }

    private static string LocalDeclaration(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field)
    {
        string local = Code.Local(field);
        if (field.List)
        {
            return $"IReadOnlyList<{ItemType(schema, field)}> {local} = Array.Empty<{ItemType(schema, field)}>()";
        }
        if (FieldType(schema, mapping, field) == "int" && field.Type == "ref")
        {
            return $"int {local} = DataFormat.None";
        }
        return $"{ItemType(schema, field)}? {local} = null";
    }

    private static string ReadValue(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field) => field.Type switch
    {
        "url" => "new Uri(r.ReadRequiredString(), UriKind.Absolute)",
        "date" => "DateOnly.FromDayNumber(r.ReadInt32())",
        "count" => "r.ReadInt32()",
        "word" => $"({field.Vocabulary})r.ReadUInt16()",
        "coordinate" => "r.ReadDouble()",
        "ref" when FieldType(schema, mapping, field) == "int" => "r.ReadInt32()",
        "ref" => $"store.{Code.Collection(schema, field.Ref!)}.At(r.ReadInt32())",
        "struct" => $"Read{schema.Struct(field.Struct!).Name}(store, ref r)",
        _ => "r.ReadRequiredString()",
    };

    private static string Argument(SchemaDefinition schema, MappingDefinition mapping, FieldDefinition field)
    {
        string local = Code.Local(field);
        if (field.List || (field.Type == "ref" && FieldType(schema, mapping, field) == "int"))
        {
            return local;
        }
        if (field.Type == "struct" && schema.Struct(field.Struct!).Empty is { } empty)
        {
            return $"{local} ?? {schema.Struct(field.Struct!).Name}.{empty}";
        }
        if (field.DefaultMember is { } member)
        {
            return $"{local} ?? {member}";
        }
        if (field.IsRequired && !field.Apart)
        {
            return $"{local} ?? throw DataReader.Corrupt()";
        }
        return local;
    }
}
