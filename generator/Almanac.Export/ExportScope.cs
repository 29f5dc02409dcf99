namespace Almanac.Export;

/// <summary>
/// The entities an export of a dataset holds, and how it writes their keys. A dataset that extends others (see
/// <see cref="Dataset.Extends"/>) is exported with its own entities and every entity of a dataset it extends that one of
/// the exported rows names, transitively (an actor's <c>part-of</c> chain, a place's <c>within</c> chain, the sources its
/// citations cite, …), so that every reference resolves inside the export; with <see cref="ExportOptions.WithReferenced"/>,
/// with every entity of the datasets it extends besides. The dataset's own entities are written with their ids, another
/// dataset's with the id qualified by that dataset's, as YAML qualifies them (<c>libya:gna</c>): keys stay unique across datasets.
/// </summary>
/// <remarks>In every kind, the dataset's own entities come first, in dataset order, then those of each dataset it extends,
/// in the order of <see cref="Dataset.Extends"/> (the datasets those extend after them), each in its dataset's order. A
/// dataset that extends none is exported as it is: its own entities, under their ids.</remarks>
internal sealed class ExportScope
{
    private readonly Dictionary<string, Dataset> _datasets;

    private ExportScope(Dataset dataset, bool withReferenced, List<Dataset> extended, IReadOnlyList<Source> sources, IReadOnlyList<Actor> actors,
        IReadOnlyList<Place> places, IReadOnlyList<Event> events)
    {
        Dataset = dataset;
        WithReferenced = withReferenced;
        Extended = extended;
        _datasets = extended.ToDictionary(d => d.Info.Id, StringComparer.Ordinal);
        Sources = sources;
        Actors = actors;
        Places = places;
        Events = events;
    }

    /// <summary>The dataset exported.</summary>
    public Dataset Dataset { get; }

    /// <summary>Whether the export holds every entity of the datasets <see cref="Dataset"/> extends.</summary>
    public bool WithReferenced { get; }

    /// <summary>The datasets <see cref="Dataset"/> extends, directly or through another, in the order their rows are written.</summary>
    public IReadOnlyList<Dataset> Extended { get; }

    /// <summary>The sources exported.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The actors exported.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>The places exported.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>The events exported.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>The entities of every kind, kind by kind in schema order.</summary>
    public IEnumerable<(SchemaMapping Kind, IReadOnlyList<Entity> Entities)> Sections()
    {
        yield return (ExportSchema.Source, Sources);
        yield return (ExportSchema.Actor, Actors);
        yield return (ExportSchema.Place, Places);
        yield return (ExportSchema.Event, Events);
    }

    /// <summary>Whether <paramref name="entity"/> is one of the exported dataset's own.</summary>
    public bool IsOwn(Entity entity) => string.Equals(entity.Dataset.Id, Dataset.Info.Id, StringComparison.Ordinal);

    /// <summary>The key <paramref name="entity"/> is written with: its id when it is the dataset's own, otherwise <c>dataset:id</c>.</summary>
    public string Key(Entity entity) => KeyIn(Dataset.Info.Id, entity)!;

    /// <summary>
    /// The key of <paramref name="target"/> as a document of the dataset <paramref name="dataset"/> writes it, as its YAML
    /// does: the id of the dataset's own entity, <c>dataset:id</c> of another dataset's; <see langword="null"/> for none.
    /// </summary>
    public static string? KeyIn(string dataset, Entity? target) =>
        target is null ? null : string.Equals(target.Dataset.Id, dataset, StringComparison.Ordinal) ? target.Id : Qualified(target);

    /// <summary><c>dataset:id</c> of <paramref name="entity"/>.</summary>
    public static string Qualified(Entity entity) => Qualified(entity.Dataset.Id, entity.Id);

    /// <summary>The key of a reference, <see langword="null"/> for none.</summary>
    public string? KeyOf(Entity? entity) => entity is null ? null : Key(entity);

    /// <summary><c>dataset:id</c>.</summary>
    public static string Qualified(string dataset, string id) => dataset + ":" + id;

    /// <summary>
    /// The dataset whose event queries answer for <paramref name="entity"/>: the exported one for its own entities and those of
    /// the datasets it extends directly (its queries answer with the events of both), otherwise the entity's own dataset.
    /// </summary>
    public Dataset QueriesOf(Entity entity) =>
        IsOwn(entity) || Dataset.Extends.Any(d => string.Equals(d.Info.Id, entity.Dataset.Id, StringComparison.Ordinal))
            ? Dataset
            : _datasets[entity.Dataset.Id];

    private Dictionary<Source, int>? _citations;

    /// <summary>The number of citations of the exported entities that cite <paramref name="source"/>.</summary>
    public int CitationCount(Source source)
    {
        if (_citations is null)
        {
            var counts = new Dictionary<Source, int>(ReferenceEqualityComparer.Instance);
            foreach (var (_, entities) in Sections())
            {
                foreach (Entity entity in entities)
                {
                    foreach (Citation citation in entity.Citations)
                    {
                        counts[citation.Source] = counts.GetValueOrDefault(citation.Source) + 1;
                    }
                }
            }
            _citations = counts;
        }
        return _citations.GetValueOrDefault(source);
    }

    /// <summary>The retired ids of the export, each with its dataset: the dataset's own, and with <see cref="WithReferenced"/> those of the datasets it extends.</summary>
    public IEnumerable<(Dataset Dataset, Retirement Retirement)> Retired()
    {
        foreach (Retirement r in Dataset.Retired)
        {
            yield return (Dataset, r);
        }
        if (!WithReferenced)
        {
            yield break;
        }
        foreach (Dataset d in Extended)
        {
            foreach (Retirement r in d.Retired)
            {
                yield return (d, r);
            }
        }
    }

    /// <summary>The scope of the export of <paramref name="dataset"/> with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static ExportScope Of(Dataset dataset, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Of(dataset, options.WithReferenced);
    }

    /// <summary>The scope of the export of <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The dataset exported.</param>
    /// <param name="withReferenced">Whether to hold every entity of the datasets it extends, not only those its rows name.</param>
    public static ExportScope Of(Dataset dataset, bool withReferenced)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        List<Dataset> extended = ExtendedBy(dataset);
        if (extended.Count == 0)
        {
            return new ExportScope(dataset, withReferenced, extended, dataset.Sources, dataset.Actors, dataset.Places, dataset.Events);
        }

        // The entities reached: the exported ones, then every entity of another dataset that one of them names.
        var reached = new HashSet<(string Dataset, Type Kind, string Id)>();
        var pending = new Queue<Entity>();
        void Reach(Entity entity)
        {
            if (reached.Add((entity.Dataset.Id, entity.GetType(), entity.Id)))
            {
                pending.Enqueue(entity);
            }
        }
        foreach (Dataset d in withReferenced ? extended.Prepend(dataset) : new[] { dataset })
        {
            foreach (var (_, entities) in FieldVisitor.Sections(d))
            {
                foreach (Entity entity in entities)
                {
                    Reach(entity);
                }
            }
        }
        var names = new ReferenceSink(Reach);
        while (pending.Count > 0)
        {
            FieldVisitor.Visit(pending.Dequeue(), names);
        }

        List<T> Of<T>(Func<Dataset, IReadOnlyList<T>> collection) where T : Entity
        {
            var list = new List<T>(collection(dataset));
            foreach (Dataset d in extended)
            {
                foreach (T entity in collection(d))
                {
                    if (reached.Contains((d.Info.Id, entity.GetType(), entity.Id)))
                    {
                        list.Add(entity);
                    }
                }
            }
            return list;
        }
        return new ExportScope(dataset, withReferenced, extended, Of(d => d.Sources), Of(d => d.Actors), Of(d => d.Places),
            withReferenced ? Of(d => d.Events) : dataset.Events);
    }

    /// <summary>
    /// The datasets <paramref name="dataset"/> extends, directly or through another: those of <see cref="Dataset.Extends"/>
    /// in order, then the ones they extend, each once.
    /// </summary>
    public static List<Dataset> ExtendedBy(Dataset dataset)
    {
        var extended = new List<Dataset>();
        void Add(Dataset d)
        {
            foreach (Dataset e in d.Extends)
            {
                if (!extended.Any(x => string.Equals(x.Info.Id, e.Info.Id, StringComparison.Ordinal)) && !string.Equals(e.Info.Id, dataset.Info.Id, StringComparison.Ordinal))
                {
                    extended.Add(e);
                }
            }
            foreach (Dataset e in d.Extends)
            {
                Add(e);
            }
        }
        Add(dataset);
        return extended;
    }

    /// <summary>Hands every entity that the walked fields name, in nested mappings too, to a callback.</summary>
    private sealed class ReferenceSink : IFieldSink
    {
        private readonly Action<Entity> _reach;

        public ReferenceSink(Action<Entity> reach) => _reach = reach;

        public void Value(SchemaField field, object? value)
        {
        }

        public void Reference(SchemaField field, Entity? target)
        {
            if (target is not null)
            {
                _reach(target);
            }
        }

        public void Values(SchemaField field, IReadOnlyList<string> values)
        {
        }

        public void Struct(SchemaField field, FieldRecord? value) => value?.Accept(this);

        public void Structs(SchemaField field, IReadOnlyList<FieldRecord> items)
        {
            foreach (FieldRecord item in items)
            {
                item.Accept(this);
            }
        }
    }
}
