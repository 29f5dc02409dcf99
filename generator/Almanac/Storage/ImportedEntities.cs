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
    private readonly (int Dataset, string Id)[][] _imports;
    private readonly Entity?[][] _cache;

    private ImportedEntities(Dataset[] datasets, (int Dataset, string Id)[][] imports)
    {
        _datasets = datasets;
        _imports = imports;
        _cache = Array.ConvertAll(imports, kind => new Entity?[kind.Length]);
    }

    /// <summary>No imports: the data refers to no other dataset.</summary>
    public static ImportedEntities None { get; } = new(Array.Empty<Dataset>(), new[] { Array.Empty<(int, string)>(), Array.Empty<(int, string)>(), Array.Empty<(int, string)>() });

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
        var imports = new (int Dataset, string Id)[s_kinds.Length][];
        for (int k = 0; k < s_kinds.Length; k++)
        {
            imports[k] = new (int, string)[Count(r.ReadInt32(), section)];
            for (int i = 0; i < imports[k].Length; i++)
            {
                int dataset = r.ReadInt32();
                if ((uint)dataset >= (uint)datasetCount)
                {
                    throw DataReader.Corrupt();
                }
                imports[k][i] = (dataset, r.ReadRequiredString());
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
            var (d, id) = _imports[k][ordinal];
            EntityCollection<T> collection = Collection<T>(_datasets[d], kind);
            entity = collection.TryGet(id, out T? found) ? found
                : System.Linq.Enumerable.Any(collection.Retired, r => r.Id == id) ? collection.GetRetired(id)
                : throw new InvalidOperationException($"The {kind} '{id}' of the dataset '{_datasets[d].Info.Id}' {_datasets[d].Info.Version} does not exist; the data was built against a release of that dataset that has it.");
            entity = Interlocked.CompareExchange(ref _cache[k][ordinal], entity, null) ?? entity;
        }
        return (T)entity;
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
