using System.IO;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Almanac.Schema;

/// <summary>The schema of Almanac's YAML, as read from <c>schema.yaml</c>: sections (kinds) and nested mappings (structs).</summary>
public sealed class SchemaDefinition
{
    /// <summary>The schema version, as named in the documentation.</summary>
    public int Version { get; set; }

    /// <summary>Regular expressions that text fields must match, by name.</summary>
    public Dictionary<string, string> Patterns { get; set; } = new();

    /// <summary>The fields every entity kind shares, held by the runtime's <c>Entity</c> base class, in its constructor's order.</summary>
    public List<BaseFieldDefinition> Entity { get; set; } = new();

    /// <summary>The fields of the entity kinds that <see cref="Entity"/> names, the first kind's that has each.</summary>
    public IEnumerable<FieldDefinition> EntityFields =>
        Entity.Select(e => Kinds.Where(k => k.IsEntityKind).SelectMany(k => k.Fields).First(f => f.CSharpName == e.Name));

    /// <summary>The top-level sections: the dataset section, then the entity kinds.</summary>
    public List<MappingDefinition> Kinds { get; set; } = new();

    /// <summary>
    /// The top-level lists of entries that are no entities (the retired ids): parsed and linked, stored in a section of
    /// their own, and neither exported nor walked as entities.
    /// </summary>
    public IEnumerable<MappingDefinition> Registers => Kinds.Where(k => !k.Single && !k.IsEntityKind);

    /// <summary>The mappings nested inside entities.</summary>
    public List<MappingDefinition> Structs { get; set; } = new();

    /// <summary>Every kind and struct.</summary>
    public IEnumerable<MappingDefinition> Mappings => Kinds.Concat(Structs);

    /// <summary>The struct with the key <paramref name="key"/>.</summary>
    public MappingDefinition Struct(string key) =>
        Structs.FirstOrDefault(s => s.Key == key) ?? throw new InvalidDataException($"schema.yaml: no struct '{key}'.");

    /// <summary>
    /// The keys of the values of entity kind <paramref name="kind"/> that a citation's <c>supports</c> and the entity's
    /// <c>uncertain</c> may name: every field but the id, the citations and the key lists themselves, with a struct of
    /// chosen keys (the external ids) standing for its keys.
    /// </summary>
    public IEnumerable<string> ValueKeys(MappingDefinition kind) => kind.YamlFields
        .Where(f => f.Type is not ("id" or "key") && f.Struct != CitationStruct)
        .SelectMany(f => f.Keys ?? new List<string> { f.Key });

    /// <summary>
    /// The values of entity kind <paramref name="kind"/> that must have provenance: the fields marked <c>provenance</c>,
    /// each a path of keys (<c>date</c>, or <c>external-ids/wikidata</c> for each key of a struct of chosen keys) whose
    /// last key is the one <c>supports</c> and <c>uncertain</c> name.
    /// </summary>
    public IEnumerable<string> ProvenancePaths(MappingDefinition kind) => kind.YamlFields
        .Where(f => f.Provenance)
        .SelectMany(f => f.Keys is { } keys ? keys.Select(k => f.Key + "/" + k) : new[] { f.Key });

    /// <summary>The struct that names values of its entity (the citation, through <c>supports</c>): a list of it is no value.</summary>
    private string? CitationStruct => Structs.FirstOrDefault(s => s.Fields.Any(f => f.Type == "key"))?.Key;

    /// <summary>The path of <c>schema.yaml</c> in a checkout.</summary>
    public static string PathIn(string repositoryRoot) => System.IO.Path.Combine(repositoryRoot, "generator", "Almanac.Schema", "schema.yaml");

    /// <summary>Reads and checks <c>schema.yaml</c>.</summary>
    public static SchemaDefinition Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses and checks the text of <c>schema.yaml</c>.</summary>
    public static SchemaDefinition Parse(string yaml)
    {
        IDeserializer deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        SchemaDefinition schema = deserializer.Deserialize<SchemaDefinition>(yaml);
        schema.Check();
        return schema;
    }

    private void Check()
    {
        var types = new HashSet<string>(StringComparer.Ordinal) { "id", "text", "quote", "path", "date", "url", "count", "coordinate", "tag", "key", "word", "ref", "struct" };
        var entityNouns = Kinds.Where(k => !k.Single).Select(k => k.Name.ToLowerInvariant()).ToHashSet();
        foreach (BaseFieldDefinition field in Entity)
        {
            if (!Kinds.Where(k => k.IsEntityKind).SelectMany(k => k.Fields).Any(f => f.CSharpName == field.Name) || string.IsNullOrWhiteSpace(field.Doc))
            {
                throw new InvalidDataException($"schema.yaml: entity.{field.Name} is no field of an entity kind, or has no doc line.");
            }
        }
        foreach (MappingDefinition mapping in Mappings)
        {
            if (mapping.OneOf is { } oneOf && (oneOf.Count < 2 || oneOf.Any(k => mapping.Fields.All(f => f.Key != k)) || mapping.OneOfHint is null))
            {
                throw new InvalidDataException($"schema.yaml: {mapping.Key}: one-of names two or more of its keys, with a one-of-hint.");
            }
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var numbers = new HashSet<int>();
            foreach (FieldDefinition field in mapping.Fields)
            {
                string where = $"schema.yaml: {mapping.Key}.{field.Key}";
                if (!keys.Add(field.Key))
                {
                    throw new InvalidDataException($"{where} is defined twice.");
                }
                if (field.Type == "id" && mapping.IsEntityKind && field.N != 1)
                {
                    throw new InvalidDataException($"{where}: an entity's id is field 1, the first of its record (the runtime reads ids from there).");
                }
                if (field.N <= 0 || !numbers.Add(field.N))
                {
                    throw new InvalidDataException($"{where}: n must be a number above 0 that no other field of '{mapping.Key}' has.");
                }
                if (!types.Contains(field.Type))
                {
                    throw new InvalidDataException($"{where}: unknown type '{field.Type}'.");
                }
                if ((field.Type == "word") != (field.Vocabulary is not null)
                    || (field.Type == "ref") != (field.Ref is not null)
                    || (field.Type == "struct") != (field.Struct is not null))
                {
                    throw new InvalidDataException($"{where}: 'vocabulary', 'ref' and 'struct' go with the types word, ref and struct.");
                }
                if (field.Pattern is not null && (!Patterns.ContainsKey(field.Pattern) || field.Hint is null))
                {
                    throw new InvalidDataException($"{where}: pattern names no entry of 'patterns', or has no hint.");
                }
                if (field.Ref is not null && !entityNouns.Contains(field.Ref))
                {
                    throw new InvalidDataException($"{where}: unknown entity kind '{field.Ref}'.");
                }
                if (field.Struct is not null)
                {
                    MappingDefinition nested = Struct(field.Struct);
                    foreach (string key in field.Keys ?? new List<string>())
                    {
                        if (nested.Fields.All(f => f.Key != key))
                        {
                            throw new InvalidDataException($"{where}: '{key}' is not a key of '{field.Struct}'.");
                        }
                    }
                }
                if (field.NotBefore is not null && mapping.Fields.All(f => f.Key != field.NotBefore))
                {
                    throw new InvalidDataException($"{where}: not-before names no field of '{mapping.Key}'.");
                }
                if (field.Required is not null and not "true" && mapping.Fields.All(f => f.Key != field.Required))
                {
                    throw new InvalidDataException($"{where}: required names no field of '{mapping.Key}'.");
                }
                if (string.IsNullOrWhiteSpace(field.Doc))
                {
                    throw new InvalidDataException($"{where} has no doc line.");
                }
                if (mapping.OneOf is { } choice && choice.Contains(field.Key) && field.Required is not null)
                {
                    throw new InvalidDataException($"{where}: a key of one-of cannot be required.");
                }
                if (field.Default is not null && (field.Type != "word" || field.List || field.Required is not null
                    || !Vocabularies.Words(field.Vocabulary!).Contains(field.Default)))
                {
                    throw new InvalidDataException($"{where}: a default goes with an optional single word, and is a word of its vocabulary.");
                }
                if (field.Type == "key" && !field.List)
                {
                    throw new InvalidDataException($"{where}: a key field is a list of keys.");
                }
                if (field.Provenance && (!mapping.IsEntityKind || field.List || field.Type == "struct" && Struct(field.Struct!).Fields.Any(f => f.Type == "struct")))
                {
                    throw new InvalidDataException($"{where}: provenance goes with single values of an entity kind (or a struct of single values).");
                }
                if (field.Detail && (!mapping.IsEntityKind || field.N == 1 || (field.Type == "ref" && !field.List) || field.Hidden))
                {
                    throw new InvalidDataException($"{where}: only an entity's fields other than its id, single references and hidden fields can be detail fields.");
                }
                if (field.Apart && (!mapping.IsEntityKind || field.N != 1))
                {
                    throw new InvalidDataException($"{where}: only an entity's id can be stored apart.");
                }
            }
        }
    }
}

/// <summary>A mapping of the YAML: a top-level section or a nested struct.</summary>
public sealed class MappingDefinition
{
    /// <summary>The YAML key of the section, or the struct's own key in this schema.</summary>
    public string Key { get; set; } = "";

    /// <summary>The C# type name (singular for entity kinds).</summary>
    public string Name { get; set; } = "";

    /// <summary>How messages name one entry, e.g. "an actor".</summary>
    public string Noun { get; set; } = "";

    /// <summary>Whether the section is one mapping (the dataset section) rather than a list of entries.</summary>
    public bool Single { get; set; }

    /// <summary>The count fields that must satisfy <c>a ≤ b ≤ c</c> in this order, if any.</summary>
    public List<string>? Ordered { get; set; }

    /// <summary>One line of documentation.</summary>
    public string Doc { get; set; } = "";

    /// <summary>For a struct: <c>record</c>, <c>class</c> or <c>existing</c> (see schema.yaml's header).</summary>
    public string? Runtime { get; set; }

    /// <summary>For a struct: the static instance that stands for an absent value, if any.</summary>
    public string? Empty { get; set; }

    /// <summary>For a struct: the export table with one row per item of a list of it, if any.</summary>
    public string? Table { get; set; }

    /// <summary>Keys of which exactly one must be given, if any.</summary>
    public List<string>? OneOf { get; set; }

    /// <summary>Which of <see cref="OneOf"/> to choose, for the message when none or several are given.</summary>
    public string? OneOfHint { get; set; }

    /// <summary>The fields, in the order curators write them.</summary>
    public List<FieldDefinition> Fields { get; set; } = new();

    /// <summary>Whether this is a list of entities (sources, actors, places, events).</summary>
    public bool IsEntityKind => !Single && Fields.Any(f => f.Key == "id");

    /// <summary>The name of the definition in the JSON Schema and the anchor in the documentation.</summary>
    public string DefinitionName => IsEntityKind || Single ? Name.ToLowerInvariant() : Key;

    /// <summary>The fields written in YAML (every field but the computed ones), in order.</summary>
    public IEnumerable<FieldDefinition> YamlFields => Fields.Where(f => !f.Computed);

    /// <summary>Whether the id of this entity kind is stored apart from its records (<see cref="FieldDefinition.Apart"/>).</summary>
    public bool HasIdApart => Fields.Any(f => f.Apart);

    /// <summary>Whether some fields of this entity kind are stored in a detail record of their own.</summary>
    public bool HasDetails => Fields.Any(f => f.Detail);

    /// <summary>The YAML keys, in order.</summary>
    public IEnumerable<string> Keys => YamlFields.Select(f => f.Key);
}

/// <summary>One field of a mapping.</summary>
public sealed class FieldDefinition
{
    /// <summary>The YAML key.</summary>
    public string Key { get; set; } = "";

    /// <summary>The C# name, when it is not the key in PascalCase.</summary>
    public string? Name { get; set; }

    /// <summary>The value type (see schema.yaml's header).</summary>
    public string Type { get; set; } = "text";

    /// <summary>Whether the value is a YAML list of values of <see cref="Type"/>.</summary>
    public bool List { get; set; }

    /// <summary><c>true</c>, or the key of the field whose presence makes this one required (both ways).</summary>
    public string? Required { get; set; }

    /// <summary>The C# enum whose members, in kebab-case, are the allowed words.</summary>
    public string? Vocabulary { get; set; }

    /// <summary>The kind of entity a reference names (<c>actor</c>, <c>place</c>, <c>source</c>).</summary>
    public string? Ref { get; set; }

    /// <summary>The key of the nested struct.</summary>
    public string? Struct { get; set; }

    /// <summary>For a struct field: the subset of the struct's keys allowed here (all when absent).</summary>
    public List<string>? Keys { get; set; }

    /// <summary>The name of the regular expression (in <see cref="SchemaDefinition.Patterns"/>) the text must match.</summary>
    public string? Pattern { get; set; }

    /// <summary>What a value matching <see cref="Pattern"/> looks like, for messages.</summary>
    public string? Hint { get; set; }

    /// <summary>For coordinates: the largest absolute value.</summary>
    public double? Limit { get; set; }

    /// <summary>The key of a date field of the same mapping that this date may not precede.</summary>
    public string? NotBefore { get; set; }

    /// <summary>For an optional word: the word the field has when the key is absent.</summary>
    public string? Default { get; set; }

    /// <summary>The C# value of <see cref="Default"/> (<c>EventClarity.Clear</c>), or <see langword="null"/>.</summary>
    public string? DefaultMember => Default is null ? null : Vocabulary + "." + Vocabularies.Members(Vocabulary!).First(m => m.Word == Default).Name;

    /// <summary>The export column holding the value.</summary>
    public string? Column { get; set; }

    /// <summary>One line of documentation.</summary>
    public string Doc { get; set; } = "";

    /// <summary>The field's number in the compiled format: unique in its mapping, never reused.</summary>
    public int N { get; set; }

    /// <summary>
    /// Whether a value of this field of an entity (each value of a struct of chosen keys) must be supported by a citation
    /// or listed as uncertain when the build asks for provenance.
    /// </summary>
    public bool Provenance { get; set; }

    /// <summary>Whether the linker computes the value (it is not a YAML key).</summary>
    public bool Computed { get; set; }

    /// <summary>For a computed paragraph: the reference field naming the source, or <c>owner</c>.</summary>
    public string? In { get; set; }

    /// <summary>Whether the runtime keeps the value in a private field for a hand-written property.</summary>
    public bool Hidden { get; set; }

    /// <summary>Whether a reference in a struct of kind <c>class</c> is resolved when first read.</summary>
    public bool Lazy { get; set; }

    /// <summary>
    /// Whether an entity's field is stored apart from the fields queries read (in the kind's detail record) and decoded
    /// the first time one of the entity's detail fields is read.
    /// </summary>
    public bool Detail { get; set; }

    /// <summary>
    /// Whether an entity's id is stored apart from its record, in blocks of ids of its own (format 7), and read the first
    /// time it is asked for; the records of data written for a runtime that reads only older formats hold it.
    /// </summary>
    public bool Apart { get; set; }

    /// <summary>Whether the field must always be present.</summary>
    public bool IsRequired => Required == "true";

    /// <summary>The key of the field that makes this one required, if any.</summary>
    public string? RequiredWith => Required is null or "true" ? null : Required;

    /// <summary>The C# name: <see cref="Name"/> or the key in PascalCase.</summary>
    public string CSharpName => Name ?? string.Concat(Key.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
}

/// <summary>A field every entity kind shares, held by the runtime's <c>Entity</c> base class.</summary>
public sealed class BaseFieldDefinition
{
    /// <summary>The C# name: the property of <c>Entity</c>, and the field of each kind.</summary>
    public string Name { get; set; } = "";

    /// <summary>One line of documentation of the base class's property.</summary>
    public string Doc { get; set; } = "";
}
