using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Almanac.Lookup;

/// <summary>
/// The lookup table of a compiled dataset: for each kind of entity, the generated class that looks it up, every id with
/// its member, name and aliases, and every retired id with its successor. The generator writes it into the dataset
/// assembly as the value of <c>[assembly: AssemblyMetadata("Almanac.LookupTable", …)]</c>; tools that check ids against a
/// referenced dataset (the <c>Almanac.Analyzers</c> diagnostics of string lookups) read it from there, without the YAML
/// and without running the dataset's code. The text format is documented in docs/data-format.md ("Lookup table").
/// </summary>
internal sealed class LookupTable
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; older runtimes ignore it.</summary>
    private const System.Runtime.CompilerServices.MethodImplOptions AggressiveOptimization = (System.Runtime.CompilerServices.MethodImplOptions)512;

    /// <summary>The key of the <c>AssemblyMetadata</c> attribute that carries the table.</summary>
    public const string MetadataKey = "Almanac.LookupTable";

    /// <summary>The first line of every table: the format's name, then its version.</summary>
    public const string Magic = "almanac-lookup-table";

    /// <summary>The newest version of the format, which <see cref="Write"/> writes for a table with extended entities
    /// (<see cref="LookupKind.Extended"/>) and <see cref="Read"/> reads: version 1 with, per kind, the entities of other
    /// datasets that this one gives aliases.</summary>
    public const int Version = 2;

    /// <summary>The version <see cref="Write"/> writes for a table without extended entities, which readers of version 1 read too.</summary>
    public const int VersionWithoutExtensions = 1;

    public LookupTable(string datasetId, string datasetVersion, string @namespace, string className, IReadOnlyList<LookupKind> kinds)
    {
        DatasetId = datasetId;
        DatasetVersion = datasetVersion;
        Namespace = @namespace;
        ClassName = className;
        Kinds = kinds;
    }

    /// <summary>The dataset's id, e.g. <c>libya</c>.</summary>
    public string DatasetId { get; }

    /// <summary>The version of the dataset's data.</summary>
    public string DatasetVersion { get; }

    /// <summary>The namespace of the generated classes.</summary>
    public string Namespace { get; }

    /// <summary>The name of the generated dataset class, e.g. <c>LibyaDataset</c>.</summary>
    public string ClassName { get; }

    /// <summary>One entry per kind of entity, in the order sources, actors, places, events.</summary>
    public IReadOnlyList<LookupKind> Kinds { get; }

    /// <summary>Writes the table in the text format: version <see cref="Version"/> when a kind has extended entities,
    /// else version <see cref="VersionWithoutExtensions"/>.</summary>
    public string Write()
    {
        bool extended = Kinds.Any(k => k.Extended.Count > 0);
        var text = new StringBuilder();
        Line(text, Magic, (extended ? Version : VersionWithoutExtensions).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line(text, "dataset", DatasetId, DatasetVersion, Namespace, ClassName);
        foreach (LookupKind kind in Kinds)
        {
            if (extended)
            {
                Line(text, "kind", kind.Kind, kind.ClassName, Count(kind.Entities.Count), Count(kind.Retired.Count), Count(kind.Extended.Count));
            }
            else
            {
                Line(text, "kind", kind.Kind, kind.ClassName, Count(kind.Entities.Count), Count(kind.Retired.Count));
            }
            foreach (LookupEntity entity in kind.Entities)
            {
                Entity(text, entity);
            }
            foreach (LookupRetired retired in kind.Retired)
            {
                Line(text, retired.Id, retired.How, retired.Successor ?? "", retired.Since);
            }
            foreach (LookupEntity entity in kind.Extended)
            {
                Entity(text, entity);
            }
        }
        return text.ToString();

        static void Entity(StringBuilder text, LookupEntity entity)
        {
            var fields = new List<string>(3 + entity.Aliases.Count) { entity.Id, entity.Member ?? "", entity.Name };
            fields.AddRange(entity.Aliases);
            Line(text, fields.ToArray());
        }

        static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Reads a table that <see cref="Write"/> wrote. Returns <see langword="null"/> when <paramref name="text"/> is a table
    /// of another version of the format (a newer writer's), which this reader does not know.
    /// </summary>
    /// <exception cref="FormatException">The text is not a lookup table, or a version-1 table is malformed.</exception>
    public static LookupTable? Read(string text)
    {
        var lines = new LineReader(text);
        string[] magic = lines.Next();
        if (magic.Length < 2 || magic[0] != Magic)
        {
            throw new FormatException($"Not an Almanac lookup table: the first line is not '{Magic} <version>'.");
        }
        bool extended = magic[1] == Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!extended && magic[1] != VersionWithoutExtensions.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return null;
        }
        string[] dataset = lines.Next("dataset", 5);
        var kinds = new List<LookupKind>();
        while (!lines.AtEnd)
        {
            string[] kind = lines.Next("kind", extended ? 6 : 5);
            int entityCount = lines.Count(kind[3]), retiredCount = lines.Count(kind[4]), extendedCount = extended ? lines.Count(kind[5]) : 0;
            LookupEntity[] entities = Entities(lines, entityCount);
            var retired = new LookupRetired[retiredCount];
            for (int i = 0; i < retiredCount; i++)
            {
                string[] fields = lines.Next(null, 4);
                retired[i] = new LookupRetired(fields[0], fields[1], fields[2].Length == 0 ? null : fields[2], fields[3]);
            }
            kinds.Add(new LookupKind(kind[1], kind[2], entities, retired, Entities(lines, extendedCount)));
        }
        return new LookupTable(dataset[1], dataset[2], dataset[3], dataset[4], kinds);
    }

    /// <summary>Reads <paramref name="count"/> entity lines: id, member, name, aliases.</summary>
    private static LookupEntity[] Entities(LineReader lines, int count)
    {
        var entities = new LookupEntity[count];
        for (int i = 0; i < count; i++)
        {
            string[] fields = lines.Next(null, 3);
            var aliases = new string[fields.Length - 3];
            Array.Copy(fields, 3, aliases, 0, aliases.Length);
            entities[i] = new LookupEntity(fields[0], fields[1].Length == 0 ? null : fields[1], fields[2], aliases);
        }
        return entities;
    }

    /// <summary>Appends one line: the fields, escaped, separated by tabs.</summary>
    private static void Line(StringBuilder text, params string[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append('\t');
            }
            foreach (char c in fields[i])
            {
                switch (c)
                {
                    case '\\': text.Append("\\\\"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    default: text.Append(c); break;
                }
            }
        }
        text.Append('\n');
    }

    /// <summary>Splits the table into lines and lines into unescaped fields.</summary>
    private sealed class LineReader
    {
        private readonly string _text;
        private int _position;
        private int _line;

        public LineReader(string text) => _text = text ?? throw new ArgumentNullException(nameof(text));

        public bool AtEnd => _position >= _text.Length;

        /// <summary>The fields of the next line, which must start with <paramref name="tag"/> (when given) and have at least <paramref name="minimum"/> fields.</summary>
        // Optimised on first call: an analyzer runs briefly inside the compiler, where its hot loops would otherwise stay at tier 0.
        [System.Runtime.CompilerServices.MethodImpl(AggressiveOptimization)]
        public string[] Next(string? tag = null, int minimum = 1)
        {
            if (AtEnd)
            {
                throw Malformed("the table ends early");
            }
            _line++;
            int end = _text.IndexOf('\n', _position);
            if (end < 0)
            {
                end = _text.Length;
            }
            var fields = new List<string>();
            for (int start = _position; ;)
            {
                int tab = _text.IndexOf('\t', start, end - start);
                int stop = tab < 0 ? end : tab;
                fields.Add(Unescape(start, stop));
                if (tab < 0)
                {
                    break;
                }
                start = tab + 1;
            }
            _position = end + 1;
            if (fields.Count < minimum || (tag is not null && fields[0] != tag))
            {
                throw Malformed(tag is null ? $"a line has {fields.Count} fields, fewer than {minimum}" : $"'{tag}' with {minimum - 1} fields expected");
            }
            return fields.ToArray();
        }

        /// <summary>The field between <paramref name="start"/> and <paramref name="stop"/>, unescaped (most fields have nothing to unescape).</summary>
        private string Unescape(int start, int stop)
        {
            int backslash = _text.IndexOf('\\', start, stop - start);
            if (backslash < 0)
            {
                return _text.Substring(start, stop - start);
            }
            var field = new StringBuilder(stop - start);
            field.Append(_text, start, backslash - start);
            for (int i = backslash; i < stop; i++)
            {
                char c = _text[i];
                if (c != '\\')
                {
                    field.Append(c);
                    continue;
                }
                char e = ++i < stop ? _text[i] : throw Malformed("a field ends in '\\'");
                field.Append(e switch { 't' => '\t', 'n' => '\n', 'r' => '\r', '\\' => '\\', _ => throw Malformed($"unknown escape '\\{e}'") });
            }
            return field.ToString();
        }

        public int Count(string field) =>
            int.TryParse(field, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count)
                ? count
                : throw Malformed($"'{field}' is not a count");

        private FormatException Malformed(string what) => new($"Malformed Almanac lookup table at line {_line}: {what}.");
    }
}

/// <summary>The entities of one kind in a <see cref="LookupTable"/>.</summary>
internal sealed class LookupKind
{
    public LookupKind(string kind, string className, IReadOnlyList<LookupEntity> entities, IReadOnlyList<LookupRetired> retired,
        IReadOnlyList<LookupEntity>? extended = null)
    {
        Kind = kind;
        ClassName = className;
        Entities = entities;
        Retired = retired;
        Extended = extended ?? Array.Empty<LookupEntity>();
    }

    /// <summary>
    /// The entities of other datasets (those this one extends) that this dataset gives aliases, which its <c>Find</c>
    /// matches: each with its qualified id (<c>libya:gna</c>) as id and name, no member, and the added aliases only.
    /// They are not this dataset's entities (its <c>Get</c> does not take their ids). Version 2 only.
    /// </summary>
    public IReadOnlyList<LookupEntity> Extended { get; }

    /// <summary>The kind's YAML word: <c>source</c>, <c>actor</c>, <c>place</c> or <c>event</c>.</summary>
    public string Kind { get; }

    /// <summary>The generated class that looks the kind up (with <c>Get</c>, <c>Find</c>, <c>TryGet</c> and <c>Resolve</c>), e.g. <c>Actors</c>, in the table's namespace.</summary>
    public string ClassName { get; }

    /// <summary>The live entities, ordered by id.</summary>
    public IReadOnlyList<LookupEntity> Entities { get; }

    /// <summary>The retired ids, ordered by id.</summary>
    public IReadOnlyList<LookupRetired> Retired { get; }
}

/// <summary>A live entity: its id, the generated member that returns it (none when the kind has too many for members), its name and aliases.</summary>
internal sealed class LookupEntity
{
    public LookupEntity(string id, string? member, string name, IReadOnlyList<string> aliases)
    {
        Id = id;
        Member = member;
        Name = name;
        Aliases = aliases;
    }

    public string Id { get; }

    public string? Member { get; }

    public string Name { get; }

    public IReadOnlyList<string> Aliases { get; }
}

/// <summary>A retired id: how it was retired (<c>renamed</c>, <c>merged</c> or <c>removed</c>), the id of the live entity it
/// now stands for (at the end of the chain; none when removed) and the version that retired it.</summary>
internal sealed class LookupRetired
{
    public LookupRetired(string id, string how, string? successor, string since)
    {
        Id = id;
        How = how;
        Successor = successor;
        Since = since;
    }

    public string Id { get; }

    public string How { get; }

    public string? Successor { get; }

    public string Since { get; }
}
