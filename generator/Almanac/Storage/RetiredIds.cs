using System;
using System.Collections.Generic;
using System.Threading;

namespace Almanac.Storage;

/// <summary>
/// The retired ids of a dataset (<see cref="DataFormat.Section.Retired"/>), read on first use: each id's
/// <see cref="Retirement"/>, looked up by kind and id, and the tombstones of removed ids, made on first use.
/// </summary>
internal sealed class RetiredIds
{
    private readonly DatasetStore _store;
    private readonly Retirement[] _all;
    /// <summary>The position of each retirement in <see cref="_all"/>, by kind word, then id (strings as keys, whose
    /// dictionaries the base library has compiled code for, unlike a tuple key).</summary>
    private readonly Dictionary<string, Dictionary<string, int>> _index;
    private readonly Entity?[] _tombstones;

    private RetiredIds(DatasetStore store, Retirement[] all)
    {
        _store = store;
        _all = all;
        _index = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (int i = 0; i < all.Length; i++)
        {
            if (!_index.TryGetValue(all[i].Kind, out Dictionary<string, int>? ids))
            {
                _index[all[i].Kind] = ids = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            ids.Add(all[i].Id, i);
        }
        _tombstones = new Entity?[all.Length];
    }

    /// <summary>Every retirement, ordered by kind word, then id.</summary>
    public IReadOnlyList<Retirement> All => _all;

    /// <summary>Reads the section; a dataset compiled before the section existed has none, and no retirements.</summary>
    public static RetiredIds Read(DatasetStore store)
    {
        string section = store.Section(DataFormat.Section.Retired);
        if (section.Length == 0)
        {
            return new RetiredIds(store, Array.Empty<Retirement>());
        }
        var r = new DataReader(section, 0);
        int count = r.ReadInt32();
        if (count < 0 || count > section.Length)
        {
            throw DataReader.Corrupt();
        }
        var all = new Retirement[count];
        for (int i = 0; i < count; i++)
        {
            int kind = r.ReadInt32();
            var how = (RetirementKind)r.ReadInt32();
            int successor = r.ReadInt32();
            if ((uint)kind >= (uint)DataFormat.RetiredKinds.Length || how is < RetirementKind.Renamed or > RetirementKind.Removed)
            {
                throw DataReader.Corrupt();
            }
            string kindWord = DataFormat.RetiredKinds[kind];
            string id = r.ReadRequiredString(), target = r.ReadRequiredString(), since = r.ReadRequiredString();
            string reason = r.ReadRequiredString(), name = r.ReadRequiredString();
            all[i] = new Retirement(kindWord, id, how, target, successor == DataFormat.None ? null : Live(store, kindWord, successor), since, reason, name);
        }
        return new RetiredIds(store, all);
    }

    /// <summary>The retirements of one kind, ordered by id.</summary>
    public IReadOnlyList<Retirement> OfKind(string kind)
    {
        var result = new List<Retirement>();
        foreach (Retirement retirement in _all)
        {
            if (retirement.Kind == kind)
            {
                result.Add(retirement);
            }
        }
        return result.ToArray();
    }

    /// <summary>The retirement of <paramref name="id"/> among the ids of <paramref name="kind"/>, or <see langword="null"/>.</summary>
    public Retirement? Find(string kind, string id) =>
        _index.TryGetValue(kind, out Dictionary<string, int>? ids) && ids.TryGetValue(id, out int i) ? _all[i] : null;

    /// <summary>The tombstone of a removed id (made once, then shared).</summary>
    public Entity Tombstone(Retirement retirement)
    {
        int i = _index[retirement.Kind][retirement.Id];
        Entity? tombstone = Volatile.Read(ref _tombstones[i]);
        if (tombstone is null)
        {
            tombstone = retirement.Kind switch
            {
                DataFormat.Kind.Actor => Actor.Tombstone(_store, retirement),
                DataFormat.Kind.Event => Event.Tombstone(_store, retirement),
                DataFormat.Kind.Place => Place.Tombstone(_store, retirement),
                _ => Source.Tombstone(_store, retirement),
            };
            tombstone = Interlocked.CompareExchange(ref _tombstones[i], tombstone, null) ?? tombstone;
        }
        return tombstone;
    }

    private static Entity Live(DatasetStore store, string kind, int index) => kind switch
    {
        DataFormat.Kind.Actor => store.Actors[index],
        DataFormat.Kind.Event => store.Events[index],
        DataFormat.Kind.Place => store.Places[index],
        _ => store.Sources[index],
    };
}
