using Almanac.Generator.Referencing;

namespace Almanac.Generator.Linking;

/// <summary>
/// The ids of the datasets a project references, as its YAML may name them: bare (<c>gna</c>) when one referenced dataset
/// has the id, or qualified with the dataset's id (<c>libya:gna</c>). Finds a reference's entity, its retirement or the
/// datasets among which a bare id is ambiguous, and records each referenced entity the YAML names as an import: the
/// consumer's data refers to the <c>i</c>-th import of a kind with the index <c>own count + i</c>.
/// </summary>
internal sealed class ReferencedIds
{
    /// <summary>Separates a dataset's id from an entity's id in a qualified reference.</summary>
    public const char Qualifier = ':';

    private readonly string _ownId;
    private readonly EquatableArray<ReferencedDataset> _datasets;
    private readonly Dictionary<(string Kind, string Id), List<int>> _live = new();
    private readonly Dictionary<(string Kind, string Id), List<(int Dataset, ReferencedRetirement Retirement)>> _retired = new();
    private readonly Dictionary<(string Kind, int Dataset, string Id), int> _importIndex = new();
    private readonly Dictionary<string, List<LinkedImport>> _imports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _candidates = new(StringComparer.Ordinal);

    /// <param name="ownId">The id of the dataset being linked.</param>
    /// <param name="datasets">The referenced datasets, ordered by id; one with the dataset's own id (an earlier build of
    /// it) is left out.</param>
    public ReferencedIds(string ownId, EquatableArray<ReferencedDataset> datasets)
    {
        _ownId = ownId;
        _datasets = datasets.Any(d => d.Id == ownId) ? datasets.Where(d => d.Id != ownId).ToEquatableArray() : datasets;
        datasets = _datasets;
        for (int d = 0; d < datasets.Count; d++)
        {
            foreach (ReferencedKind kind in datasets[d].Kinds)
            {
                foreach (ReferencedEntity entity in kind.Entities)
                {
                    Add(_live, (kind.Kind, entity.Id), d);
                }
                foreach (ReferencedRetirement retirement in kind.Retired)
                {
                    Add(_retired, (kind.Kind, retirement.Id), (d, retirement));
                }
            }
        }
    }

    /// <summary>The referenced datasets, ordered by id.</summary>
    public EquatableArray<ReferencedDataset> Datasets => _datasets;

    /// <summary>The referenced entities of <paramref name="kind"/> named so far, in the order they were first named.</summary>
    public IReadOnlyList<LinkedImport> Imports(string kind) => _imports.TryGetValue(kind, out List<LinkedImport>? imports) ? imports : Array.Empty<LinkedImport>();

    /// <summary>Splits a reference into its dataset qualifier (null when bare) and its id.</summary>
    public static (string? Dataset, string Id) Split(string reference)
    {
        int colon = reference.IndexOf(Qualifier);
        return colon < 0 ? (null, reference) : (reference.Substring(0, colon), reference.Substring(colon + 1));
    }

    /// <summary>Whether <paramref name="dataset"/> (a qualifier) names the project's own dataset.</summary>
    public bool IsOwn(string? dataset) => dataset is null || dataset == _ownId;

    /// <summary>The referenced dataset whose id is <paramref name="id"/>, or -1.</summary>
    public int DatasetIndex(string id)
    {
        for (int d = 0; d < _datasets.Count; d++)
        {
            if (_datasets[d].Id == id)
            {
                return d;
            }
        }
        return -1;
    }

    /// <summary>The referenced datasets (by index) that have a live <paramref name="kind"/> with the id <paramref name="id"/>.</summary>
    public IReadOnlyList<int> LiveIn(string kind, string id) => _live.TryGetValue((kind, id), out List<int>? d) ? d : Array.Empty<int>();

    /// <summary>The retirements of <paramref name="id"/> among the <paramref name="kind"/> ids of the referenced datasets.</summary>
    public IReadOnlyList<(int Dataset, ReferencedRetirement Retirement)> RetiredIn(string kind, string id) =>
        _retired.TryGetValue((kind, id), out var r) ? r : Array.Empty<(int, ReferencedRetirement)>();

    /// <summary>
    /// The index by which the consumer's data refers to the <paramref name="kind"/> <paramref name="id"/> of referenced
    /// dataset <paramref name="dataset"/>: <paramref name="ownCount"/> plus its position among the imports of the kind.
    /// </summary>
    public int Import(string kind, int dataset, string id, int ownCount)
    {
        if (!_importIndex.TryGetValue((kind, dataset, id), out int ordinal))
        {
            if (!_imports.TryGetValue(kind, out List<LinkedImport>? imports))
            {
                _imports.Add(kind, imports = new List<LinkedImport>());
            }
            ordinal = imports.Count;
            imports.Add(new LinkedImport(dataset, id));
            _importIndex.Add((kind, dataset, id), ordinal);
        }
        return ownCount + ordinal;
    }

    /// <summary>Gives the <paramref name="ordinal"/>-th import of <paramref name="kind"/> the aliases and notes of an entry of <c>extends</c>.</summary>
    public void Extend(string kind, int ordinal, EquatableArray<string> aliases, string? notes)
    {
        List<LinkedImport> imports = _imports[kind];
        imports[ordinal] = imports[ordinal] with { Aliases = aliases, Notes = notes };
    }

    /// <summary>
    /// The referenced datasets whose entities the YAML names, ordered by id, and the imports of each kind (in the order of
    /// <see cref="LinkedDataset.ImportedKinds"/>) with their dataset's position in that list.
    /// </summary>
    public (EquatableArray<LinkedReference> References, EquatableArray<EquatableArray<LinkedImport>> Imports) Used()
    {
        var used = LinkedDataset.ImportedKinds.SelectMany(Imports).Select(i => i.Dataset).Distinct().OrderBy(d => d).ToList();
        var references = used.Select(d => _datasets[d]).Select(d => new LinkedReference(d.Id, d.Version, d.Namespace, d.ClassName)).ToEquatableArray();
        var imports = LinkedDataset.ImportedKinds
            .Select(kind => Imports(kind).Select(i => i with { Dataset = used.IndexOf(i.Dataset) }).ToEquatableArray())
            .ToEquatableArray();
        return (references, imports);
    }

    /// <summary>A referenced entity as a reference in the YAML names it: bare when only one referenced dataset has the id
    /// and the project's own dataset does not, qualified otherwise.</summary>
    public string Written(string kind, int dataset, string id, Func<string, bool> isOwn) =>
        LiveIn(kind, id).Count == 1 && !isOwn(id) ? id : _datasets[dataset].Id + Qualifier + id;

    /// <summary>Every referenced id of <paramref name="kind"/> as <see cref="Written"/> gives it, for "did you mean" (computed once per kind).</summary>
    public IReadOnlyList<string> Candidates(string kind, Func<string, bool> isOwn)
    {
        if (!_candidates.TryGetValue(kind, out List<string>? candidates))
        {
            candidates = new List<string>();
            for (int d = 0; d < _datasets.Count; d++)
            {
                if (_datasets[d].Kind(kind) is { } entities)
                {
                    candidates.AddRange(entities.Entities.Select(e => Written(kind, d, e.Id, isOwn)));
                }
            }
            _candidates.Add(kind, candidates);
        }
        return candidates;
    }

    /// <summary>A candidate id compared without its qualifier, so that a typo of a bare id finds the qualified id.</summary>
    public static string Unqualified(string candidate) => Split(candidate).Id;

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value) where TKey : notnull
    {
        if (!index.TryGetValue(key, out List<TValue>? values))
        {
            index.Add(key, values = new List<TValue>(1));
        }
        values.Add(value);
    }
}
