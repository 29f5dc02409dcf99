namespace Almanac.Export;

/// <summary>
/// The relational form of a dataset: one table each for sources, actors, places and events, and for the lists inside them
/// (alignments, citations, participants, casualties by side, materiel), joined by ids. This is what the CSV tables and
/// Parquet files hold, so that DuckDB, Spark, BigQuery, pandas or R load the dataset as ordinary tables.
/// </summary>
/// <remarks>
/// <para>The columns come from the schema: every field with a <c>column</c>, in schema order (a nested mapping's columns
/// prefixed with the field's, <c>fatalities_low</c>), walked by <see cref="FieldVisitor"/>; a list table belongs to a
/// struct with a <c>table</c>. Columns that are not fields (the place's name and location, counts, the ACLED, UCDP and
/// CAMEO codes) are listed here, each after the column it follows.</para>
/// <para>Rows are in dataset order (sources, actors and places by id; events by date, then id); rows of a list table
/// follow their owner (kinds in schema order), then the curated order of the list (<c>position</c>, from 0). Vocabulary
/// values are the YAML words (<c>air-strike</c>, <c>armed-forces</c>), references are ids, several values in one cell
/// (aliases, tags) are joined with <c>"; "</c>. The column list of every table is in <c>docs/exports.md</c>.</para>
/// </remarks>
public static class DatasetTables
{
    /// <summary>The separator of several values in one text cell (aliases, tags).</summary>
    public const string ListSeparator = "; ";

    /// <summary>The description of the <c>dataset</c> column of the entity tables.</summary>
    private const string DatasetColumn = "id of the dataset the entity belongs to (Entity.Dataset): tables of datasets that extend one another can be stacked";

    /// <summary>
    /// The columns of the entity tables that are not fields of the schema, each placed after the column it names (at the
    /// end for none). Every other column is a field with a <c>column</c> in the schema.
    /// </summary>
    private static readonly Derived[] s_derived =
    {
        new("source", "id", "dataset", ColumnType.Text, false, DatasetColumn, (_, e) => ((Entity)e).Dataset.Id),
        new("actor", "id", "dataset", ColumnType.Text, false, DatasetColumn, (_, e) => ((Entity)e).Dataset.Id),
        new("place", "id", "dataset", ColumnType.Text, false, DatasetColumn, (_, e) => ((Entity)e).Dataset.Id),
        new("event", "id", "dataset", ColumnType.Text, false, DatasetColumn, (_, e) => ((Entity)e).Dataset.Id),
        new("event", "end_date", "last_date", ColumnType.Date, false, "end_date, or date for a single day", (_, e) => ((Event)e).LastDate),
        new("event", "place_id", "place_name", ColumnType.Text, true, "name of the place", (_, e) => ((Event)e).Place?.Name),
        new("event", "place_name", "latitude", ColumnType.Real, true, "WGS 84 latitude of the place", (_, e) => ((Event)e).Place?.Location?.Latitude),
        new("event", "latitude", "longitude", ColumnType.Real, true, "WGS 84 longitude of the place", (_, e) => ((Event)e).Place?.Location?.Longitude),
        new("event", "geo_precision", "country", ColumnType.Text, true, "ISO 3166-1 alpha-2 country of the place", (_, e) => ((Event)e).Place?.Country),
        new("event", "wounded_high", "participant_count", ColumnType.Integer, false, "number of rows in participants for this event", (_, e) => ((Event)e).Participants.Count),
        new("event", "participant_count", "citation_count", ColumnType.Integer, false, "number of citations supporting the event", (_, e) => ((Event)e).Citations.Count),
        new("event", null, "acled_event_type", ColumnType.Text, false, "ACLED event_type of the kind", (_, e) => ((Event)e).Kind.Standards().AcledEventType),
        new("event", null, "acled_sub_event_type", ColumnType.Text, false, "ACLED sub_event_type of the kind", (_, e) => ((Event)e).Kind.Standards().AcledSubEventType),
        new("event", null, "ucdp_type_of_violence", ColumnType.Integer, true, "UCDP type_of_violence of the kind (1, 2, 3), null where UCDP does not code it",
            (_, e) => ((Event)e).Kind.Standards().UcdpViolence is UcdpViolenceType u ? (int)u : null),
        new("event", null, "cameo_code", ColumnType.Text, false, "CAMEO event code of the kind (leading zeros kept)", (_, e) => ((Event)e).Kind.Standards().CameoCode),
        new("event", null, "acled_in_scope", ColumnType.Boolean, false, "whether ACLED codes such events (false for statements and other verbal events)", (_, e) => StandardScope.Acled((Event)e)),
        new("event", null, "ucdp_in_scope", ColumnType.Boolean, false, "whether UCDP GED would record the event: organised violence with at least one death", (_, e) => StandardScope.Ucdp((Event)e)),
        new("event", null, "ucdp_event_clarity", ColumnType.Integer, false, "UCDP event_clarity of the event's clarity: 1 for a clear event, 2 for an aggregate report", (_, e) => (int)((Event)e).Clarity),
        new("actor", "ucdp", "event_count", ColumnType.Integer, false, "events involving the actor or any actor part of it (Events.Involving)", (s, e) => s.QueriesOf((Entity)e).Events.Involving((Actor)e).Count),
        new("place", "icao", "event_count", ColumnType.Integer, false, "events at the place itself (Events.AtExactly)", (s, e) => s.QueriesOf((Entity)e).Events.AtExactly((Place)e).Count),
        new("place", "event_count", "event_count_within", ColumnType.Integer, false, "events at the place or any place within it (Events.At)", (s, e) => s.QueriesOf((Entity)e).Events.At((Place)e).Count),
        new("source", "document", "citation_count", ColumnType.Integer, false, "citations quoting this source", (s, e) => s.CitationCount((Source)e)),
        new("participant", "actor_id", "actor_name", ColumnType.Text, false, "actor name", (_, p) => ((Participant)p).Actor.Name),
        new("citation", "source_id", "kind", ColumnType.Text, false,
            "quote (the exact words of the source, in quote) or reference (what the source says, in the curator's words, in claim)",
            (_, c) => ((Citation)c).Kind.ToYamlWord()),
    };

    /// <summary>
    /// Builds every table of <paramref name="dataset"/>: one per entity kind (sources, actors, places, events), then one per
    /// list of nested mappings with a table in the schema (alignments, citations, participants, casualties, materiel).
    /// </summary>
    /// <remarks>A dataset that extends others (<see cref="Dataset.Extends"/>) has in its tables the entities of those that
    /// its rows name, under their qualified ids (<c>libya:gna</c>), as <see cref="ExportOptions"/> describes.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ExportTable> Build(Dataset dataset) => Build(dataset, ExportOptions.Default);

    /// <summary>
    /// Builds every table of <paramref name="dataset"/> as <see cref="Build(Dataset)"/> does, with what
    /// <paramref name="options"/> adds: the union with the datasets it extends (<see cref="ExportOptions.WithReferenced"/>)
    /// and the <c>changes</c> table (<see cref="ExportOptions.Changes"/>, <see cref="Changes"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ExportTable> Build(Dataset dataset, ExportOptions options) =>
        Build(ExportScope.Of(dataset, options), options.Changes);

    /// <summary>Every table of the entities of <paramref name="scope"/>, then the <c>changes</c> table when <paramref name="changes"/> is given.</summary>
    internal static IReadOnlyList<ExportTable> Build(ExportScope scope, DatasetDiff? changes)
    {
        IReadOnlyList<ExportTable> tables = Build(scope);
        return changes is null ? tables : tables.Append(Changes(changes)).ToList();
    }

    /// <summary>Builds every table of the entities of <paramref name="scope"/>.</summary>
    internal static IReadOnlyList<ExportTable> Build(ExportScope scope)
    {
        var tables = new List<ExportTable>();
        foreach (var (kind, entities) in scope.Sections())
        {
            var t = new Builder(kind.Key, $"One row per {Noun(kind)}, in dataset order.");
            t.Columns(Columns(kind, "", nullable: false, keys: null), kind.Name.ToLowerInvariant());
            t.Key("id");
            int id = t.IndexOf("id");
            foreach (Entity entity in entities)
            {
                object?[] row = t.NewRow();
                FieldVisitor.Visit(entity, new RowSink(scope, t, row, ""));
                row[id] = scope.Key(entity);
                t.Row(row, scope, entity);
            }
            tables.Add(t.Build());
        }
        foreach (var (mapping, owners, measured) in ListTables())
        {
            var t = new Builder(mapping.Table!, $"One row per {Noun(mapping)} of {Alternatives(owners.Select(o => o.Noun).ToList())}.");
            bool several = owners.Count > 1;
            if (several)
            {
                t.Add(new ExportColumn("entity_type", ColumnType.Text, false, string.Join(", ", owners.Select(o => o.Name.ToLowerInvariant()))), key: true);
                t.Add(new ExportColumn("entity_id", ColumnType.Text, false, "id of the entity"), key: true);
            }
            else
            {
                t.Add(new ExportColumn(owners[0].Name.ToLowerInvariant() + "_id", ColumnType.Text, false, owners[0].Name.ToLowerInvariant() + " id") { References = owners[0].Key }, key: true);
            }
            if (measured.Count > 0)
            {
                t.Add(new ExportColumn("measure", ColumnType.Text, false, string.Join(" or ", measured)), key: true);
            }
            t.Add(new ExportColumn("position", ColumnType.Integer, false, "order in the list, from 0"), key: true);
            t.Columns(Columns(mapping, "", nullable: false, keys: null), mapping.Name.ToLowerInvariant());
            foreach (var (kind, entities) in scope.Sections())
            {
                foreach (Entity entity in entities)
                {
                    string key = scope.Key(entity);
                    FieldVisitor.Visit(entity, new ListSink(scope, t, mapping, several ? new object?[] { kind.Name.ToLowerInvariant(), key } : new object?[] { key }, measured.Count > 0 ? "" : null));
                }
            }
            tables.Add(t.Build());
        }
        tables.Add(Retired(scope));
        return tables;
    }

    /// <summary>
    /// The number of tables <see cref="Build(Dataset, DatasetDiff?)"/> builds: one per entity kind, one per list table of
    /// the schema, <c>retired</c>, and <c>changes</c> when <paramref name="withChanges"/>.
    /// </summary>
    public static int Count(bool withChanges) => ExportSchema.EntityKinds.Count + ListTables().Count + 1 + (withChanges ? 1 : 0);

    /// <summary>
    /// Builds every table of <paramref name="dataset"/> (<see cref="Build(Dataset)"/>) and, when <paramref name="changes"/>
    /// is given, the <c>changes</c> table of what differs from the release it was compared with (<see cref="Changes"/>).
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="changes">The dataset's changes since an earlier release (<see cref="DatasetDiff.Compare(Dataset, Dataset)"/>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ExportTable> Build(Dataset dataset, DatasetDiff? changes) =>
        Build(dataset, new ExportOptions { Changes = changes });

    /// <summary>
    /// The changes between two releases as a table, for updating a local copy of the older release row by row: one row per
    /// changed field of an entity (a changed entity, or a renamed one against its successor), and one row with an empty
    /// <c>field</c> for an entity added, renamed, merged, removed or lost without a field change; in the order of
    /// <see cref="DatasetDiff.Changes"/>, then of the fields. The table has no primary key: an entity has a row per field.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is <see langword="null"/>.</exception>
    public static ExportTable Changes(DatasetDiff changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var t = new Builder("changes", "One row per changed field of an entity since the release compared with (one row with no field for an entity added, renamed, merged or removed as a whole), in the order of the changelog.");
        t.Add(new ExportColumn("from_version", ColumnType.Text, true, "the version of the older release"));
        t.Add(new ExportColumn("to_version", ColumnType.Text, true, "the version of this release"));
        t.Add(new ExportColumn("entity_type", ColumnType.Text, false, "dataset, source, actor, place or event"));
        t.Add(new ExportColumn("id", ColumnType.Text, false, "the entity's id (in the older release, for a retired one)"));
        t.Add(new ExportColumn("change", ColumnType.Text, false, "added, renamed, merged, removed, lost (an id missing without being retired) or changed"));
        t.Add(new ExportColumn("successor_id", ColumnType.Text, true, "the id that replaces a renamed or merged one"));
        t.Add(new ExportColumn("field", ColumnType.Text, true, "the changed field's key as in the YAML schema and dataset.json; empty for a change of the entity as a whole"));
        t.Add(new ExportColumn("old_value", ColumnType.Text, true, "the older release's value of the field as compact JSON; empty when it had none"));
        t.Add(new ExportColumn("new_value", ColumnType.Text, true, "this release's value of the field as compact JSON; empty when it has none"));
        t.Add(new ExportColumn("reason", ColumnType.Text, true, "why a retired id was retired, as the curators wrote it"));
        foreach (EntityChange change in changes.Changes)
        {
            IEnumerable<FieldChange?> fields = change.Fields.Count == 0 ? new FieldChange?[] { null } : change.Fields.Cast<FieldChange?>();
            foreach (FieldChange? field in fields)
            {
                object?[] row = t.NewRow();
                row[0] = changes.OldVersion;
                row[1] = changes.NewVersion;
                row[2] = change.Kind;
                row[3] = change.Id;
                row[4] = change.Change.ToYamlWord();
                row[5] = change.Successor;
                row[6] = field?.Field;
                row[7] = field?.Old;
                row[8] = field?.New;
                row[9] = change.Reason;
                t.Row(row);
            }
        }
        return t.Build();
    }

    /// <summary>
    /// The retired ids: what a local copy of an earlier release deletes (removed) or redirects (renamed, merged) when it
    /// updates, as ACLED users apply its deletions; empty for a dataset that never retired an id.
    /// </summary>
    private static ExportTable Retired(ExportScope scope)
    {
        var t = new Builder("retired", "One row per retired id (renamed, merged or removed), ordered by entity type, then id.");
        t.Add(new ExportColumn("entity_type", ColumnType.Text, false, "source, actor, place or event"), key: true);
        t.Add(new ExportColumn("id", ColumnType.Text, false, "the retired id"), key: true);
        t.Add(new ExportColumn("change", ColumnType.Text, false, "renamed, merged or removed"));
        t.Add(new ExportColumn("successor_id", ColumnType.Text, true, "the id of the live entity that replaces it (renamed, merged), empty for removed"));
        t.Add(new ExportColumn("since", ColumnType.Text, false, "the dataset version that retired it"));
        t.Add(new ExportColumn("reason", ColumnType.Text, false, "why it was retired, as the curators wrote it"));
        t.Add(new ExportColumn("name", ColumnType.Text, false, "its name when it was retired"));
        foreach (var (dataset, r) in scope.Retired())
        {
            bool own = ReferenceEquals(dataset, scope.Dataset);
            object?[] row = t.NewRow();
            row[0] = r.Kind;
            row[1] = own ? r.Id : ExportScope.Qualified(dataset.Info.Id, r.Id);
            row[2] = r.How.ToYamlWord();
            row[3] = scope.KeyOf(r.Successor);
            row[4] = r.Since;
            row[5] = r.Reason;
            row[6] = r.Name;
            t.Row(row, scope, r);
        }
        return t.Build();
    }

    /// <summary>The columns of the fields of <paramref name="mapping"/> that have one, struct fields as their struct's columns, prefixed.</summary>
    private static IEnumerable<ExportColumn> Columns(SchemaMapping mapping, string prefix, bool nullable, IReadOnlyList<string>? keys)
    {
        // A struct field that allows only some keys of its struct has their columns in its own order of the keys.
        foreach (SchemaField field in keys is null ? mapping.Fields : keys.Select(k => mapping.Fields.First(f => f.Key == k)))
        {
            if (field.Column is not string column)
            {
                continue;
            }
            bool absent = nullable || (!field.IsRequired && field.Default is null);
            if (field.Nested is SchemaMapping nested)
            {
                foreach (ExportColumn inner in Columns(nested, Prefix(prefix, column), absent, field.Keys))
                {
                    yield return column.Length == 0 ? inner : inner with { Description = field.Doc + ": " + inner.Description };
                }
                continue;
            }
            ColumnType type = field.Kind switch
            {
                FieldKind.Date => ColumnType.Date,
                FieldKind.Count => ColumnType.Integer,
                FieldKind.Coordinate => ColumnType.Real,
                _ => ColumnType.Text,
            };
            yield return new ExportColumn(prefix + column, type, absent, field.Doc + (field.IsList ? ", joined with '" + ListSeparator + "'" : ""))
            {
                References = field.Ref is string kind && !field.IsList ? TableOf(kind) : null,
            };
        }
    }

    /// <summary>The table of the entity kind <paramref name="kind"/> (<c>actor</c> → <c>actors</c>).</summary>
    private static string TableOf(string kind) => ExportSchema.EntityKinds.First(k => string.Equals(k.Name, kind, StringComparison.OrdinalIgnoreCase)).Key;

    private static string Prefix(string prefix, string column) => column.Length == 0 ? prefix : prefix + column + "_";

    /// <summary>
    /// The structs with a table, in the order the entity kinds first reach them: the kinds whose entities own rows, and the
    /// keys of the struct fields of an entity that a list is nested in (<c>fatalities</c>, <c>wounded</c>: the <c>measure</c>).
    /// </summary>
    private static List<(SchemaMapping Mapping, List<SchemaMapping> Owners, List<string> Measured)> ListTables()
    {
        var tables = new List<(SchemaMapping Mapping, List<SchemaMapping> Owners, List<string> Measured)>();
        void Walk(SchemaMapping kind, SchemaMapping mapping, string? via)
        {
            foreach (SchemaField field in mapping.Fields)
            {
                if (field.Nested is not SchemaMapping nested)
                {
                    continue;
                }
                if (field.IsList && nested.Table is not null)
                {
                    int i = tables.FindIndex(t => t.Mapping == nested);
                    if (i < 0)
                    {
                        tables.Add((nested, new List<SchemaMapping>(), new List<string>()));
                        i = tables.Count - 1;
                    }
                    if (!tables[i].Owners.Contains(kind))
                    {
                        tables[i].Owners.Add(kind);
                    }
                    if (via is not null && !tables[i].Measured.Contains(via))
                    {
                        tables[i].Measured.Add(via);
                    }
                }
                Walk(kind, nested, via ?? (field.IsList ? null : field.Key));
            }
        }
        foreach (SchemaMapping kind in ExportSchema.EntityKinds)
        {
            Walk(kind, kind, null);
        }
        return tables;
    }

    private static string Noun(SchemaMapping mapping) => mapping.Noun.Split(' ', 2) is [("a" or "an" or "the"), string rest] ? rest : mapping.Noun;

    /// <summary>"a, b or c".</summary>
    private static string Alternatives(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    internal static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(ListSeparator, values);

    /// <summary>A column that is not a field: the table's kind or struct (<c>event</c>, <c>participant</c>), the column it follows, and its value.</summary>
    private sealed record Derived(string Owner, string? After, string Name, ColumnType Type, bool Nullable, string Description, Func<ExportScope, object, object?> Value);

    /// <summary>Puts the fields that have a column into a row.</summary>
    private sealed class RowSink : IFieldSink
    {
        private readonly ExportScope _scope;
        private readonly Builder _table;
        private readonly object?[] _row;
        private readonly string _prefix;

        public RowSink(ExportScope scope, Builder table, object?[] row, string prefix)
        {
            _scope = scope;
            _table = table;
            _row = row;
            _prefix = prefix;
        }

        public void Value(SchemaField field, object? value) => Set(field, value);

        public void Reference(SchemaField field, Entity? target) => Set(field, _scope.KeyOf(target));

        public void Values(SchemaField field, IReadOnlyList<string> values) => Set(field, Join(values));

        public void Struct(SchemaField field, FieldRecord? value)
        {
            if (field.Column is string column && value is not null)
            {
                value.Accept(new RowSink(_scope, _table, _row, Prefix(_prefix, column)));
            }
        }

        public void Structs(SchemaField field, IReadOnlyList<FieldRecord> items)
        {
        }

        /// <summary>Sets the field's column; a word the walker hands as absent because it is the default is written as its default.</summary>
        private void Set(SchemaField field, object? value)
        {
            if (field.Column is string column && _table.IndexOf(_prefix + column) is int i and >= 0)
            {
                _row[i] = value ?? field.Default;
            }
        }
    }

    /// <summary>Adds a row to a list table for every item of the lists of its struct in an entity.</summary>
    private sealed class ListSink : IFieldSink
    {
        private readonly ExportScope _scope;
        private readonly Builder _table;
        private readonly SchemaMapping _mapping;
        private readonly object?[] _owner;
        private readonly string? _measure;

        public ListSink(ExportScope scope, Builder table, SchemaMapping mapping, object?[] owner, string? measure)
        {
            _scope = scope;
            _table = table;
            _mapping = mapping;
            _owner = owner;
            _measure = measure;
        }

        public void Value(SchemaField field, object? value)
        {
        }

        public void Values(SchemaField field, IReadOnlyList<string> values)
        {
        }

        public void Struct(SchemaField field, FieldRecord? value) =>
            value?.Accept(new ListSink(_scope, _table, _mapping, _owner, _measure is null ? null : field.Key));

        public void Structs(SchemaField field, IReadOnlyList<FieldRecord> items)
        {
            for (int i = 0; i < items.Count; i++)
            {
                if (field.Nested != _mapping)
                {
                    items[i].Accept(this);
                    continue;
                }
                object?[] row = _table.NewRow();
                _owner.CopyTo(row, 0);
                int next = _owner.Length;
                if (_measure is not null)
                {
                    row[next++] = _measure;
                }
                row[next] = i;
                items[i].Accept(new RowSink(_scope, _table, row, ""));
                _table.Row(row, _scope, items[i].Instance);
            }
        }
    }

    private sealed class Builder
    {
        private readonly string _name;
        private readonly string _description;
        private readonly List<ExportColumn> _columns = new();
        private readonly List<Derived> _derived = new();
        private readonly List<object?[]> _rows = new();
        private readonly List<string> _key = new();

        public Builder(string name, string description)
        {
            _name = name;
            _description = description;
        }

        /// <summary>Adds a column; <paramref name="key"/>: it is part of the primary key.</summary>
        public void Add(ExportColumn column, bool key = false)
        {
            _columns.Add(column);
            if (key)
            {
                Key(column.Name);
            }
        }

        /// <summary>Makes the column named <paramref name="column"/> part of the primary key.</summary>
        public void Key(string column)
        {
            if (IndexOf(column) < 0)
            {
                throw new InvalidOperationException($"Table '{_name}': no column '{column}' for the primary key.");
            }
            _key.Add(column);
        }

        /// <summary>Adds the columns of fields, with the derived columns of <paramref name="owner"/> after the columns they follow.</summary>
        public void Columns(IEnumerable<ExportColumn> columns, string owner)
        {
            int start = _columns.Count;
            _columns.AddRange(columns);
            foreach (Derived derived in s_derived.Where(d => d.Owner == owner))
            {
                int at = derived.After is null ? _columns.Count : _columns.FindIndex(start, c => c.Name == derived.After) + 1;
                if (at == 0)
                {
                    throw new InvalidOperationException($"Table '{_name}': no column '{derived.After}' for '{derived.Name}' to follow.");
                }
                _columns.Insert(at, new ExportColumn(derived.Name, derived.Type, derived.Nullable, derived.Description));
                _derived.Add(derived);
            }
        }

        public int IndexOf(string column) => _columns.FindIndex(c => c.Name == column);

        public object?[] NewRow() => new object?[_columns.Count];

        /// <summary>Adds a row, with the values of the derived columns of <paramref name="instance"/>, after checking each value against its column.</summary>
        public void Row(object?[] values, ExportScope scope, object instance)
        {
            foreach (Derived derived in _derived)
            {
                values[IndexOf(derived.Name)] = derived.Value(scope, instance);
            }
            Row(values);
        }

        /// <summary>Adds a row of a table without derived columns, after checking each value against its column.</summary>
        public void Row(object?[] values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                ExportColumn column = _columns[i];
                object? value = values[i];
                bool ok = value is null
                    ? column.Nullable
                    : column.Type switch
                    {
                        ColumnType.Text => value is string,
                        ColumnType.Integer => value is int,
                        ColumnType.Real => value is double,
                        ColumnType.Boolean => value is bool,
                        _ => value is DateOnly,
                    };
                if (!ok)
                {
                    throw new InvalidOperationException($"Table '{_name}', column '{column.Name}': {value?.GetType().Name ?? "null"} does not fit a {(column.Nullable ? "nullable " : "")}{column.Type} column.");
                }
            }
            _rows.Add(values);
        }

        public ExportTable Build() => new()
        {
            Name = _name,
            Description = _description,
            Columns = _columns.AsReadOnly(),
            PrimaryKey = _key.AsReadOnly(),
            Rows = _rows.AsReadOnly(),
        };
    }
}
