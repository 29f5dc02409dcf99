using System;
using System.Collections.Generic;
using System.Threading;

namespace Almanac.Storage;

/// <summary>
/// The entities of referenced datasets that a dataset's data refers to (<see cref="DataFormat.Section.Imports"/>, format
/// 6), read on first use: the <c>i</c>-th import of a kind is the entity at index <c>n + i</c> of the kind's references,
/// <c>n</c> being the number of the dataset's own entities of the kind. Each import is that dataset's own object, found
/// by its id when first used (a retired id, in a later release of that dataset, reaches its successor).
/// </summary>
internal sealed class ImportedEntities
{
    /// <summary>The kinds of imported entities, in the order of the section.</summary>
    private static readonly string[] s_kinds = { DataFormat.Kind.Source, DataFormat.Kind.Actor, DataFormat.Kind.Place };

    private readonly Dataset[] _datasets;
    private readonly Import[][] _imports;
    private readonly Entity?[][] _cache;
    private IReadOnlyList<Extension>? _extensions;

    /// <summary>One imported entity: its dataset (a position in <see cref="Datasets"/>), its id there, and the aliases and
    /// notes an entry of <c>extends</c> gives it.</summary>
    private sealed record Import(int Dataset, string Id, string[] Aliases, string? Notes)
    {
        private string[]? _keys;

        /// <summary>The alias keys of <see cref="Aliases"/>, computed when first needed.</summary>
        public string[] Keys => _keys ??= Array.ConvertAll(Aliases, Text.AliasKey.Normalize);
    }

    private ImportedEntities(Dataset[] datasets, Import[][] imports)
    {
        _datasets = datasets;
        _imports = imports;
        _cache = Array.ConvertAll(imports, kind => new Entity?[kind.Length]);
    }

    /// <summary>No imports: the data refers to no other dataset.</summary>
    public static ImportedEntities None { get; } = new(Array.Empty<Dataset>(), new[] { Array.Empty<Import>(), Array.Empty<Import>(), Array.Empty<Import>() });

    /// <summary>The referenced datasets whose entities the data names, in the data's order.</summary>
    public IReadOnlyList<Dataset> Datasets => _datasets;

    /// <summary>
    /// Reads the section of <paramref name="store"/> and matches each dataset it names with the one of
    /// <paramref name="referenced"/> that has that id.
    /// </summary>
    /// <exception cref="InvalidOperationException">The data names a dataset that <paramref name="referenced"/> does not hold.</exception>
    public static ImportedEntities Read(DatasetStore store, IReadOnlyList<Dataset> referenced)
    {
        string section = store.Section(DataFormat.Section.Imports);
        if (section.Length == 0)
        {
            return None;
        }
        var r = new DataReader(section, 0);
        int datasetCount = Count(r.ReadInt32(), section);
        var datasets = new Dataset[datasetCount];
        for (int d = 0; d < datasetCount; d++)
        {
            string id = r.ReadRequiredString();
            datasets[d] = FindDataset(referenced, id)
                ?? throw new InvalidOperationException($"The compiled dataset refers to entities of the dataset '{id}', which was not given to it; rebuild it with Almanac.Generator, which passes every dataset it refers to.");
        }
        var imports = new Import[s_kinds.Length][];
        for (int k = 0; k < s_kinds.Length; k++)
        {
            imports[k] = new Import[Count(r.ReadInt32(), section)];
            for (int i = 0; i < imports[k].Length; i++)
            {
                int dataset = r.ReadInt32();
                if ((uint)dataset >= (uint)datasetCount)
                {
                    throw DataReader.Corrupt();
                }
                string id = r.ReadRequiredString();
                var aliases = new string[Count(r.ReadInt32(), section)];
                for (int a = 0; a < aliases.Length; a++)
                {
                    aliases[a] = r.ReadRequiredString();
                }
                string notes = r.ReadRequiredString();
                imports[k][i] = new Import(dataset, id, aliases, notes.Length == 0 ? null : notes);
            }
        }
        return new ImportedEntities(datasets, imports);
    }

    private static int Count(int count, string section) => count < 0 || count > section.Length ? throw DataReader.Corrupt() : count;

    private static Dataset? FindDataset(IReadOnlyList<Dataset> referenced, string id)
    {
        foreach (Dataset dataset in referenced)
        {
            if (dataset.Info.Id == id)
            {
                return dataset;
            }
        }
        return null;
    }

    /// <summary>The number of imported entities of <paramref name="kind"/>.</summary>
    public int Count(string kind) => _imports[Array.IndexOf(s_kinds, kind)].Length;

    /// <summary>The <paramref name="ordinal"/>-th imported entity of <paramref name="kind"/>: the referenced dataset's own object.</summary>
    /// <exception cref="InvalidOperationException">The referenced dataset has no such id (it is an earlier release than the one the data was built against).</exception>
    public T Get<T>(string kind, int ordinal) where T : Entity
    {
        int k = Array.IndexOf(s_kinds, kind);
        if (k < 0 || (uint)ordinal >= (uint)_imports[k].Length)
        {
            throw DataReader.Corrupt();
        }
        Entity? entity = Volatile.Read(ref _cache[k][ordinal]);
        if (entity is null)
        {
            var (d, id) = (_imports[k][ordinal].Dataset, _imports[k][ordinal].Id);
            EntityCollection<T> collection = Collection<T>(_datasets[d], kind);
            entity = collection.TryGet(id, out T? found) ? found
                : System.Linq.Enumerable.Any(collection.Retired, r => r.Id == id) ? collection.GetRetired(id)
                : throw new InvalidOperationException($"The {kind} '{id}' of the dataset '{_datasets[d].Info.Id}' {_datasets[d].Info.Version} does not exist; the data was built against a release of that dataset that has it.");
            entity = Interlocked.CompareExchange(ref _cache[k][ordinal], entity, null) ?? entity;
        }
        return (T)entity;
    }

    /// <summary>Whether <paramref name="key"/> (an alias key) is the key of an alias that <c>extends</c> gives the
    /// <paramref name="ordinal"/>-th imported entity of <paramref name="kind"/>.</summary>
    public bool HasAliasKey(string kind, int ordinal, ReadOnlySpan<char> key)
    {
        foreach (string k in _imports[Array.IndexOf(s_kinds, kind)][ordinal].Keys)
        {
            if (key.SequenceEqual(k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The entries of <c>extends</c>: the imported entities given aliases or notes, sources, then actors, then places.</summary>
    public IReadOnlyList<Extension> Extensions
    {
        get
        {
            if (_extensions is null)
            {
                var extensions = new List<Extension>();
                for (int k = 0; k < s_kinds.Length; k++)
                {
                    for (int i = 0; i < _imports[k].Length; i++)
                    {
                        Import import = _imports[k][i];
                        if (import.Aliases.Length > 0 || import.Notes is not null)
                        {
                            Entity entity = k switch
                            {
                                0 => Get<Source>(s_kinds[k], i),
                                1 => Get<Actor>(s_kinds[k], i),
                                _ => Get<Place>(s_kinds[k], i),
                            };
                            extensions.Add(new Extension(s_kinds[k], entity, Array.AsReadOnly(import.Aliases), import.Notes));
                        }
                    }
                }
                _extensions = extensions.AsReadOnly();
            }
            return _extensions;
        }
    }

    /// <summary>The imported entities of <paramref name="kind"/> that are <paramref name="entity"/> or, through its dataset's
    /// <see cref="Actor.PartOf"/> or <see cref="Place.Within"/> chain when <paramref name="transitive"/>, part of it: their
    /// ordinals.</summary>
    public List<int> Within<T>(string kind, T entity, bool transitive) where T : Entity
    {
        var ordinals = new List<int>();
        int k = Array.IndexOf(s_kinds, kind);
        for (int i = 0; i < _imports[k].Length; i++)
        {
            if (!ReferenceEquals(_datasets[_imports[k][i].Dataset].Actors.Store, entity.Store))
            {
                continue;
            }
            T imported = Get<T>(kind, i);
            bool inside = ReferenceEquals(imported, entity) || (transitive && imported switch
            {
                Actor actor => actor.IsPartOf((Actor)(Entity)entity),
                Place place => place.IsWithin((Place)(Entity)entity),
                _ => false,
            });
            if (inside)
            {
                ordinals.Add(i);
            }
        }
        return ordinals;
    }

    private static EntityCollection<T> Collection<T>(Dataset dataset, string kind) where T : Entity => (EntityCollection<T>)(object)(kind switch
    {
        DataFormat.Kind.Source => dataset.Sources,
        DataFormat.Kind.Actor => dataset.Actors,
        _ => dataset.Places,
    });
}
