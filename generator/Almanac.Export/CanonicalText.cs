using System.Text;

namespace Almanac.Export;

/// <summary>
/// Renders a whole dataset as canonical, human-readable text for review: a curator reads it next to the sources,
/// and a snapshot test compares it with the approved version so that every change of the data shows as a line diff.
/// </summary>
/// <remarks>
/// <para>The text is deterministic: entities are sorted (sources, actors and places by id; events by date, then id,
/// ordinally), lists inside an entity keep their curated order (aliases, citations, participants, materiel, tags,
/// excluded passages), numbers and dates are formatted with the invariant culture, and lines end with <c>'\n'</c>.</para>
/// <para>Each entity is one block: a heading line <c>{kind} {id}</c> followed by its fields, indented by two spaces,
/// labelled with the YAML keys of the schema and in the schema's order: the fields come from the one walker derived from
/// the schema (<see cref="FieldVisitor"/>), so a field added to the schema shows here without an edit. An entity's
/// <c>sources</c> are labelled <c>citations</c>. A field that is absent (<see langword="null"/>, an empty list, no
/// external ids) is left out; an event's <c>geo-precision</c> is shown only where it differs from its place's (the runtime
/// exposes the effective value, so a stated precision equal to the place's cannot be told apart). Vocabulary values are
/// the YAML words (<c>armed-forces</c>), references to other entities are their ids, dates are ISO 8601
/// (<c>2020-05-21</c>), coordinates are the shortest decimal form that reads back exactly, quotes are in quotation marks.
/// A nested mapping is one line where it can be (<c>gna: attacker</c>, <c>{source id} ¶{paragraph}: "{quote}"</c>,
/// <c>32.4346, 13.6351</c>, <c>low 1, best 2</c>), with its free text, lists and nested mappings on the lines below.
/// Control and invisible formatting characters in one-line text are shown as <c>\n</c>, <c>\t</c> or <c>\u{XXXX}</c> so
/// that no difference is hidden (a backslash typed in the data is shown as it is); free text with line breaks (notes,
/// summaries, reasons) is shown as an indented block.</para>
/// <para>The text ends with an index of the cited and excluded paragraphs of every source that has a document, so
/// that a reader can walk through the document paragraph by paragraph; a paragraph number below the highest one that
/// is neither cited nor excluded is listed as uncovered.</para>
/// </remarks>
public static class CanonicalText
{
    private const string Indent = "  ";

    /// <summary>Renders every source, actor, place and event of <paramref name="dataset"/>, and its retired ids.</summary>
    /// <param name="dataset">The compiled dataset, e.g. the generated <c>LibyaDataset.Dataset</c>.</param>
    /// <param name="withInfo">Whether the heading names the dataset (the id, title and version of its <see cref="Dataset.Info"/>);
    /// without them, a new version of unchanged data renders the same text.</param>
    /// <returns>The canonical text, with <c>'\n'</c> line ends and a final line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public static string Render(Dataset dataset, bool withInfo = false)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        string? id = withInfo ? dataset.Info.Id : null, title = withInfo ? dataset.Info.Title : null, version = withInfo ? dataset.Info.Version : null;

        var sections = FieldVisitor.Sections(dataset)
            .Select(s => (s.Kind, Entities: s.Entities.OrderBy(e => e is Event ev ? ev.Date : default).ThenBy(e => e.Id, StringComparer.Ordinal).ToList()))
            .ToList();

        var w = new Writer(dataset.Info.Id);
        w.Line(0, "# Almanac dataset" + (id is null ? "" : " " + Inline(id)) + (version is null ? "" : " " + Inline(version)));
        w.Field(0, "title", title);
        w.Line(0, "contents: " + string.Join(", ", sections.Select(s => s.Entities.Count.ToString(CultureInfo.InvariantCulture) + " " + s.Kind.Key)));
        foreach (var (kind, entities) in sections)
        {
            w.Section(kind.Key, entities.Count);
            foreach (Entity entity in entities)
            {
                w.Heading(Noun(kind), entity);
                FieldVisitor.Visit(entity, new EntitySink(w, entity));
            }
        }
        if (dataset.Retired.Count > 0)
        {
            WriteRetired(w, dataset.Retired);
        }
        if (dataset.Extensions.Count > 0)
        {
            WriteExtensions(w, dataset.Extensions);
        }
        WriteParagraphIndex(w, sections);
        return w.ToString();
    }

    /// <summary>The retired ids, when there are any: per id its kind, what became of it, since when and why.</summary>
    private static void WriteRetired(Writer w, IReadOnlyList<Retirement> retired)
    {
        w.Section("retired", retired.Count);
        foreach (Retirement r in retired)
        {
            w.Line(0, "");
            w.Line(0, "retired " + r.Kind + " " + Inline(r.Id));
            w.Field(1, r.How == RetirementKind.Merged ? "merged-into" : "replaced-by", r.SuccessorId);
            w.Field(1, "since", r.Since);
            w.Text(1, "reason", r.Reason);
            w.Field(1, "name", r.Name);
        }
    }

    /// <summary>What the dataset adds to entities of the datasets it extends: per entity its kind and qualified id, the added aliases and the notes.</summary>
    private static void WriteExtensions(Writer w, IReadOnlyList<Extension> extensions)
    {
        w.Section("extends", extensions.Count);
        foreach (Extension x in extensions)
        {
            w.Line(0, "");
            w.Line(0, "extends " + x.Kind + " " + Inline(ExportScope.Qualified(x.Entity)));
            foreach (string alias in x.Aliases)
            {
                w.Field(1, "aliases", alias);
            }
            w.Text(1, "notes", x.Notes);
        }
    }

    /// <summary>Renders one entity as <see cref="Render(Dataset, bool)"/> does: a line naming its kind and id, then every field
    /// of the schema it has, one per line.</summary>
    /// <param name="entity">A source, actor, place or event.</param>
    /// <returns>The text, starting with a blank line, with <c>'\n'</c> line ends and a final line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is <see langword="null"/>.</exception>
    public static string Render(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        SchemaMapping kind = ExportSchema.EntityKinds.First(k => k.Name == entity.GetType().Name);
        var w = new Writer(entity.Dataset.Id);
        w.Heading(Noun(kind), entity);
        FieldVisitor.Visit(entity, new EntitySink(w, entity));
        return w.ToString();
    }

    /// <summary>The word that heads an entity's block: the kind's C# name in lower case (<c>event</c>).</summary>
    private static string Noun(SchemaMapping kind) => kind.Name.ToLowerInvariant();

    /// <summary>
    /// The label of a field: its YAML key, except an entity's <c>sources</c>, which are labelled <c>citations</c> (each is a
    /// citation of a source, and <c>sources</c> heads the section of the sources themselves).
    /// </summary>
    private static string Label(SchemaField field) => field.Nested == ExportSchema.Citation ? "citations" : field.Key;

    /// <summary>A one-line value: text as it is (quotes in quotation marks), dates ISO 8601, numbers invariant.</summary>
    private static string Format(SchemaField field, object value) => value switch
    {
        string text when field.Type == "quote" => Quoted(text),
        string text => Inline(text),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => Number(number),
        _ => throw new ArgumentException($"'{field.Key}': no text form for {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>Writes the fields of an entity, one per line (nested mappings on one line where they fit, see <see cref="Nested"/>).</summary>
    private sealed class EntitySink : IFieldSink
    {
        private readonly Writer _w;
        private readonly Entity _entity;

        public EntitySink(Writer w, Entity entity)
        {
            _w = w;
            _entity = entity;
        }

        public void Value(SchemaField field, object? value)
        {
            // The id heads the block. The runtime presents an event's effective geo-precision (its own, else its
            // place's); the place's is shown with the place, so only a precision that differs from it is the event's own.
            if (value is null || field.Type == "id" || (field.IsHidden && _entity is Event { Place.GeoPrecision: GeoPrecision inherited } && Equals(inherited.ToYamlWord(), value)))
            {
                return;
            }
            Nested.Write(_w, 1, field, value);
        }

        public void Reference(SchemaField field, Entity? target) => Value(field, _w.Reference(target));

        public void Values(SchemaField field, IReadOnlyList<string> values) => Nested.Write(_w, 1, field, values);

        public void Struct(SchemaField field, FieldRecord? value)
        {
            if (value is not null)
            {
                Nested.Write(_w, 1, field, value);
            }
        }

        public void Structs(SchemaField field, IReadOnlyList<FieldRecord> items) => Nested.Write(_w, 1, field, items);
    }

    /// <summary>
    /// Collects the fields of a nested mapping, then writes it: a first field that is a required reference or text heads the
    /// line (with the paragraph of a quote, <c>¶n</c>), followed after a colon by the other one-line values (required ones
    /// and quotes bare, optional ones after their key) joined with commas; free text, lists and nested mappings follow on
    /// lines below. So a participant reads <c>gna: attacker</c>, a citation <c>source ¶3: "quote"</c> (a reference: its
    /// source, with <c>claim:</c> below), a location <c>32.4, 13.6</c>.
    /// </summary>
    private sealed class Nested : IFieldSink
    {
        private readonly List<(SchemaField Field, object Value)> _present = new();
        private readonly Writer _w;

        private Nested(Writer w) => _w = w;

        public void Value(SchemaField field, object? value) => Add(field, value);

        public void Reference(SchemaField field, Entity? target) => Add(field, _w.Reference(target));

        public void Values(SchemaField field, IReadOnlyList<string> values) => Add(field, values.Count > 0 ? values : null);

        public void Struct(SchemaField field, FieldRecord? value) => Add(field, value);

        public void Structs(SchemaField field, IReadOnlyList<FieldRecord> items) => Add(field, items.Count > 0 ? items : null);

        /// <summary>Keeps a field that is present (an empty list is absent).</summary>
        private void Add(SchemaField field, object? value)
        {
            if (value is not null)
            {
                _present.Add((field, value));
            }
        }

        /// <summary>Writes one field of an entity or nested mapping at <paramref name="depth"/>.</summary>
        public static void Write(Writer w, int depth, SchemaField field, object value)
        {
            string label = Label(field);
            switch (value)
            {
                case IReadOnlyList<string> { Count: 0 }:
                case IReadOnlyList<FieldRecord> { Count: 0 }:
                    return;
                case IReadOnlyList<string> tags when field.Type == "tag":
                    w.Field(depth, label, string.Join(", ", tags));
                    return;
                case IReadOnlyList<string> texts:
                    w.List(depth, label, texts, Inline);
                    return;
                case FieldRecord record:
                    var (line, below) = Collect(w, record);
                    w.Line(depth, label + ":" + (line.Length == 0 ? "" : " " + line));
                    WriteAll(w, depth + 1, below);
                    return;
                case IReadOnlyList<FieldRecord> items:
                    w.Line(depth, label + ":");
                    foreach (FieldRecord item in items)
                    {
                        var (itemLine, itemBelow) = Collect(w, item);
                        w.Line(depth + 1, itemLine.Length == 0 ? "-" : "- " + itemLine);
                        WriteAll(w, depth + 2, itemBelow);
                    }
                    return;
                case string text when field.Type == "text":
                    w.Text(depth, label, text);
                    return;
                default:
                    w.Field(depth, label, Format(field, value));
                    return;
            }
        }

        private static void WriteAll(Writer w, int depth, List<(SchemaField Field, object Value)> fields)
        {
            foreach (var (field, value) in fields)
            {
                Write(w, depth, field, value);
            }
        }

        /// <summary>The one-line part of a nested mapping and the fields written below it.</summary>
        private static (string Line, List<(SchemaField Field, object Value)> Below) Collect(Writer w, FieldRecord record)
        {
            var sink = new Nested(w);
            record.Accept(sink);
            var head = new List<string>();
            var inline = new List<string>();
            var below = new List<(SchemaField, object)>();
            SchemaField first = record.Mapping.Fields[0];
            foreach (var (field, value) in sink._present)
            {
                if (field == first && field.IsRequired && (field.Kind == FieldKind.Reference || field.Type == "text"))
                {
                    head.Add(value is string text && field.Type == "text" ? Quoted(text) : Format(field, value));
                }
                else if (field.IsComputed && value is int paragraph)
                {
                    head.Add(Pilcrow(paragraph));
                }
                else if (field.IsList || field.Kind == FieldKind.Struct || field.Type == "text")
                {
                    below.Add((field, value));
                }
                else
                {
                    // A quote, in quotation marks, needs no key: a citation reads `source ¶3: "quote"`.
                    inline.Add(field.IsRequired || field.Type == "quote" ? Format(field, value) : field.Key + " " + Format(field, value));
                }
            }
            string line = string.Join(" ", head);
            if (inline.Count > 0)
            {
                line += (line.Length == 0 ? "" : ": ") + string.Join(", ", inline);
            }
            return (line, below);
        }
    }

    /// <summary>Per source with paragraph numbers: which entities cite each paragraph, which paragraphs are excluded.</summary>
    private static void WriteParagraphIndex(Writer w, List<(SchemaMapping Kind, List<Entity> Entities)> sections)
    {
        var cited = sections.SelectMany(s => s.Entities.SelectMany(e => e.Citations.Select(c => (Citation: c, Entity: Noun(s.Kind) + " " + e.Id)))).ToList();
        var indexed = sections.SelectMany(s => s.Entities).OfType<Source>()
            .Where(s => s.Excluded.Any(x => x.Paragraph is not null) || cited.Any(c => ReferenceEquals(c.Citation.Source, s) && c.Citation.Paragraph is not null))
            .ToList();
        w.Section("paragraphs of source documents", indexed.Count);
        foreach (Source source in indexed)
        {
            var byParagraph = new SortedDictionary<int, List<string>>();
            void Add(int paragraph, string what)
            {
                if (!byParagraph.TryGetValue(paragraph, out List<string>? list))
                {
                    byParagraph.Add(paragraph, list = new List<string>());
                }
                if (!list.Contains(what))
                {
                    list.Add(what);
                }
            }
            foreach (ExcludedPassage passage in source.Excluded)
            {
                if (passage.Paragraph is int p)
                {
                    Add(p, "excluded: " + Inline(passage.Reason));
                }
            }
            foreach (var (citation, entity) in cited)
            {
                if (ReferenceEquals(citation.Source, source) && citation.Paragraph is int p)
                {
                    Add(p, entity);
                }
            }

            w.Heading("source", source);
            int last = byParagraph.Keys.Max();
            for (int p = 1; p <= last; p++)
            {
                string number = Pilcrow(p);
                if (!byParagraph.TryGetValue(p, out List<string>? entries))
                {
                    w.Line(1, number + ": (neither cited nor excluded)");
                    continue;
                }
                w.Line(1, number + ":");
                foreach (string entry in entries)
                {
                    w.Line(2, "- " + entry);
                }
            }
            int unknown = cited.Count(c => ReferenceEquals(c.Citation.Source, source) && c.Citation.Paragraph is null)
                + source.Excluded.Count(x => x.Paragraph is null);
            if (unknown > 0)
            {
                w.Line(1, "without paragraph: " + unknown.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static string Pilcrow(int paragraph) => "¶" + paragraph.ToString(CultureInfo.InvariantCulture);

    private static string Quoted(string text) => "\"" + Inline(text) + "\"";

    /// <summary>The shortest text that reads back as the same number, with at least one decimal (<c>25.0</c>, <c>32.4346</c>).</summary>
    internal static string Number(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            text = value.ToString("0.0###################", CultureInfo.InvariantCulture);
        }
        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>The YAML word of a vocabulary value (<c>ArmedForces</c> → <c>armed-forces</c>).</summary>
    internal static string Word<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToYamlWord();

    /// <summary>Text on one line: line breaks, tabs, other control characters and invisible format characters are escaped.</summary>
    internal static string Inline(string text)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? escape = c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsHidden(c) => "\\u{" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "}",
                _ => null,
            };
            if (escape is null)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text, 0, i, text.Length + 8);
            builder.Append(escape);
        }
        return builder?.ToString() ?? text;
    }

    private static bool IsHidden(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        UnicodeCategory.SpaceSeparator => c != ' ',
        _ => false,
    };

    /// <summary>Accumulates lines with '\n' ends.</summary>
    internal sealed class Writer
    {
        private readonly StringBuilder _builder = new();

        /// <param name="dataset">The id of the dataset rendered: a reference to an entity of another is written qualified.</param>
        public Writer(string dataset) => Dataset = dataset;

        /// <summary>The id of the dataset rendered.</summary>
        public string Dataset { get; }

        /// <summary>A reference as the YAML writes it: the id of an entity of <see cref="Dataset"/>, <c>dataset:id</c> of another's.</summary>
        public string? Reference(Entity? target) => ExportScope.KeyIn(Dataset, target);

        public void Line(int depth, string text)
        {
            for (int i = 0; i < depth; i++)
            {
                _builder.Append(Indent);
            }
            _builder.Append(text).Append('\n');
        }

        public void Section(string title, int count)
        {
            _builder.Append('\n');
            Line(0, "## " + title + " (" + count.ToString(CultureInfo.InvariantCulture) + ")");
        }

        public void Heading(string kind, Entity entity)
        {
            _builder.Append('\n');
            Line(0, kind + " " + Inline(entity.Id));
        }

        /// <summary>A one-line field; nothing when <paramref name="value"/> is null.</summary>
        public void Field(int depth, string label, string? value)
        {
            if (value is not null)
            {
                Line(depth, label + ": " + Inline(value));
            }
        }

        /// <summary>A free-text field: on one line, or as an indented block when the text has line breaks.</summary>
        public void Text(int depth, string label, string? value)
        {
            if (value is null)
            {
                return;
            }
            string text = value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
            if (!text.Contains('\n', StringComparison.Ordinal))
            {
                Field(depth, label, text);
                return;
            }
            Line(depth, label + ": |");
            foreach (string line in text.Split('\n'))
            {
                if (line.Length == 0)
                {
                    _builder.Append('\n');
                }
                else
                {
                    Line(depth + 1, Inline(line));
                }
            }
        }

        /// <summary>A list field, one item per line; nothing when the list is empty.</summary>
        public void List<T>(int depth, string label, IReadOnlyList<T> items, Func<T, string> render)
        {
            if (items.Count == 0)
            {
                return;
            }
            Line(depth, label + ":");
            foreach (T item in items)
            {
                Line(depth + 1, "- " + render(item));
            }
        }

        public override string ToString() => _builder.ToString();
    }
}
