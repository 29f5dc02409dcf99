using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Almanac.Storage;
using Almanac.Text;

namespace Almanac;

/// <summary>
/// The entities of one kind in a dataset, in dataset order, decoded on first access.
/// Lookups by id and alias use tables precomputed at build time: nothing is scanned.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
public class EntityCollection<T> : IReadOnlyList<T> where T : Entity
{
    private readonly RecordDecoder<T> _decode;
    private readonly T?[] _cache;
    private readonly DataFormat.Section _offsets;
    private readonly DataFormat.Section _ids;
    private readonly DataFormat.Section _aliases;
    private readonly string _kindName;
    private IReadOnlyList<Retirement>? _retired;

    internal EntityCollection(DatasetStore store, int count, DataFormat.Section offsets, DataFormat.Section ids, DataFormat.Section aliases, string kindName, RecordDecoder<T> decode)
    {
        Store = store;
        Count = count;
        _offsets = offsets;
        _ids = ids;
        _aliases = aliases;
        _kindName = kindName;
        _decode = decode;
        _cache = new T?[count];
    }

    internal DatasetStore Store { get; }

    /// <summary>The number of entities.</summary>
    public int Count { get; }

    /// <summary>The entity at <paramref name="index"/> in dataset order.</summary>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_cache.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }
            T? entity = Volatile.Read(ref _cache[index]);
            if (entity is null)
            {
                DataReader record = Store.Record(_offsets, index);
                entity = _decode(Store, index, ref record);
                entity = Interlocked.CompareExchange(ref _cache[index], entity, null) ?? entity;
            }
            return entity;
        }
    }

    /// <summary>
    /// The entity that a reference in the dataset's data names: below <see cref="Count"/> the dataset's own entity at that
    /// index; from <see cref="Count"/> on, an entity of a referenced dataset (that dataset's own object).
    /// </summary>
    internal T At(int index) => index < _cache.Length ? this[index] : Store.Imports.Get<T>(_kindName, index - _cache.Length);

    /// <summary>Whether the entity of an alias-table entry (<paramref name="entity"/>, its index) has <paramref name="key"/>
    /// as id, name or alias in this dataset: an entity of another dataset has only the aliases this dataset's <c>extends</c>
    /// gives it.</summary>
    internal bool HasAliasKey(int entity, T candidate, ReadOnlySpan<char> key) =>
        entity < _cache.Length ? candidate.HasAliasKey(key) : Store.Imports.HasAliasKey(_kindName, entity - _cache.Length, key);

    /// <summary>Whether the entity at <paramref name="index"/> has been decoded (and is cached).</summary>
    internal bool IsDecoded(int index) => Volatile.Read(ref _cache[index]) is not null;

    /// <summary>Finds the entity whose id or one of whose aliases matches <paramref name="idOrAlias"/>, ignoring case, diacritics, hyphens, apostrophes and white space (<see cref="AliasKey"/>).</summary>
    /// <returns>The entity, or <see langword="null"/> when nothing matches.</returns>
    /// <remarks>A retired id (see <see cref="Retired"/>) finds its successor, or nothing when it was removed.</remarks>
    public T? Find(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        return TryIdOrRedirect(idOrAlias, out T? entity) ? entity : FindAlias(idOrAlias);
    }

    /// <summary>Whether <paramref name="text"/> is an id or a retired id; <paramref name="entity"/> is the entity, or the
    /// retired id's successor (<see langword="null"/> for a removed id).</summary>
    private bool TryIdOrRedirect(string text, out T? entity)
    {
        int exact = IndexOfId(text);
        if (exact >= 0)
        {
            entity = this[exact];
            return true;
        }
        if (RetirementOf(text) is { } retirement)
        {
            entity = (T?)retirement.Successor;
            return true;
        }
        entity = null;
        return false;
    }

    /// <summary>The entity whose name or alias matches <paramref name="idOrAlias"/> (as <see cref="Find"/> matches), or <see langword="null"/>.</summary>
    private T? FindAlias(string idOrAlias)
    {
        // Names in Latin, Arabic and the other alphabets below U+0700 get their key on the stack, without Unicode normalisation.
        Span<char> buffer = stackalloc char[StackKeyLength];
        return AliasKey.TryNormalizeFast(idOrAlias, buffer, out int length)
            ? FindKey(buffer.Slice(0, length))
            : FindKey(AliasKey.Normalize(idOrAlias));
    }

    /// <summary>Longest key <see cref="Find"/> builds on the stack.</summary>
    private const int StackKeyLength = 128;

    /// <summary>The entity whose id, name or alias has <paramref name="key"/>, unless another entity has it as a scoped
    /// alias (then the spelling is ambiguous and nothing is found).</summary>
    private T? FindKey(ReadOnlySpan<char> key)
    {
        if (key.Length == 0)
        {
            return null;
        }
        T? found = null;
        bool ambiguous = false;
        DatasetStore.HashCandidates candidates = Store.Candidates(_aliases, key);
        for (int i = 0, entity; (entity = candidates.EntityAt(i)) >= 0; i++)
        {
            T candidate = At(entity);
            if (HasAliasKey(entity, candidate, key))
            {
                found = candidate;
            }
            else if (entity < _cache.Length && candidate.HasScopedAliasKey(key))
            {
                ambiguous = true;
            }
        }
        return ambiguous ? null : found;
    }

    /// <summary>
    /// Finds the entity that <paramref name="idOrAlias"/> names in the text of <paramref name="source"/>: the entity with a
    /// scoped alias that holds in that source (<c>scoped-aliases</c>) comes first, then ids, names and aliases as
    /// <see cref="Find"/> matches them, whether or not other sources use the spelling for another entity.
    /// </summary>
    /// <returns>The entity, or <see langword="null"/> when nothing matches.</returns>
    public T? FindIn(string idOrAlias, Source source)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        ArgumentNullException.ThrowIfNull(source);
        if (TryIdOrRedirect(idOrAlias, out T? byId))
        {
            return byId;
        }
        string key = AliasKey.Normalize(idOrAlias);
        if (key.Length == 0)
        {
            return null;
        }
        T? global = null;
        DatasetStore.HashCandidates candidates = Store.Candidates(_aliases, key.AsSpan());
        for (int i = 0, entity; (entity = candidates.EntityAt(i)) >= 0; i++)
        {
            T candidate = At(entity);
            if (entity < _cache.Length && candidate.HasScopedAliasKey(key.AsSpan(), source))
            {
                return candidate;
            }
            if (HasAliasKey(entity, candidate, key.AsSpan()))
            {
                global = candidate;
            }
        }
        return global;
    }

    /// <summary>Every entity that has <paramref name="key"/> as id, name or alias (with no source) or as a scoped alias (with
    /// the source it holds in), in dataset order.</summary>
    private List<AliasCandidate<T>> CandidatesOf(string key)
    {
        var found = new List<AliasCandidate<T>>();
        if (key.Length == 0)
        {
            return found;
        }
        DatasetStore.HashCandidates candidates = Store.Candidates(_aliases, key.AsSpan());
        for (int i = 0, entity; (entity = candidates.EntityAt(i)) >= 0; i++)
        {
            T candidate = At(entity);
            if (found.Exists(c => ReferenceEquals(c.Entity, candidate)))
            {
                continue;
            }
            if (HasAliasKey(entity, candidate, key.AsSpan()))
            {
                found.Add(new AliasCandidate<T>(candidate, null));
            }
            if (entity >= _cache.Length)
            {
                continue; // the scoped aliases of another dataset's entity are that dataset's
            }
            foreach (var (aliasKey, aliasSource) in candidate.ScopedAliasKeys)
            {
                if (aliasKey == key)
                {
                    found.Add(new AliasCandidate<T>(candidate, aliasSource));
                }
            }
        }
        found.Sort((a, b) => a.Entity.Index != b.Entity.Index ? a.Entity.Index.CompareTo(b.Entity.Index) : string.CompareOrdinal(a.Source?.Id, b.Source?.Id));
        return found;
    }

    /// <summary>Gets the entity with the id <paramref name="id"/> (exact, ordinal); a retired id gets its successor.</summary>
    /// <exception cref="KeyNotFoundException">No entity has that id (the message names the closest ids), or the id was
    /// removed (the message says in which version and why).</exception>
    public T Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        int index = IndexOfId(id);
        if (index >= 0)
        {
            return this[index];
        }
        if (RetirementOf(id) is { } retirement)
        {
            return (T?)retirement.Successor ?? throw new KeyNotFoundException(RemovedMessage(retirement));
        }
        throw new KeyNotFoundException(UnknownIdMessage(id));
    }

    /// <summary>Tries to get the entity with the id <paramref name="id"/> (exact, ordinal); a retired id gets its
    /// successor, and a removed id nothing.</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out T? entity)
    {
        ArgumentNullException.ThrowIfNull(id);
        int index = IndexOfId(id);
        entity = index >= 0 ? this[index] : (T?)RetirementOf(id)?.Successor;
        return entity is not null;
    }

    /// <summary>
    /// Finds the entity that <paramref name="idOrAlias"/> names, as <see cref="Find"/> does, and says how: by its id, by a
    /// name or alias, or by redirect from a retired id, with the chain of retirements followed. For a removed id the
    /// resolution has no entity but the <see cref="Resolution{T}.Retirement"/> that says when and why; for a spelling that
    /// <see cref="Find"/> does not guess (a scoped alias, or a name that is also another entity's scoped alias) it has no
    /// entity but the <see cref="Resolution{T}.Candidates"/>, each with the source its name holds in.
    /// </summary>
    public Resolution<T> Resolve(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        int exact = IndexOfId(idOrAlias);
        if (exact >= 0)
        {
            return new Resolution<T>(this[exact], ResolvedBy.Id, Array.Empty<Retirement>());
        }
        if (RetirementOf(idOrAlias) is { } retirement)
        {
            var chain = new List<Retirement> { retirement };
            for (Retirement? next = RetirementOf(retirement.SuccessorId); next is not null && !chain.Contains(next); next = RetirementOf(next.SuccessorId))
            {
                chain.Add(next);
            }
            return new Resolution<T>((T?)retirement.Successor, ResolvedBy.Redirect, chain.ToArray());
        }
        T? byAlias = FindAlias(idOrAlias);
        if (byAlias is not null)
        {
            return new Resolution<T>(byAlias, ResolvedBy.Alias, Array.Empty<Retirement>());
        }
        List<AliasCandidate<T>> candidates = CandidatesOf(AliasKey.Normalize(idOrAlias));
        return candidates.Count == 0
            ? new Resolution<T>(null, ResolvedBy.None, Array.Empty<Retirement>())
            : new Resolution<T>(null, ResolvedBy.Ambiguous, Array.Empty<Retirement>(), candidates.ToArray());
    }

    /// <summary>The ids of this kind that earlier releases used and this one retired, ordered by id.</summary>
    public IReadOnlyList<Retirement> Retired => _retired ??= Store.Retired.OfKind(_kindName);

    /// <summary>
    /// The entity a retired id stands for: its successor, or, for a removed id, its tombstone (an entity with the id, the
    /// name and <see cref="Entity.Retirement"/>, which no enumeration, count or query contains). The obsolete generated
    /// members of retired ids return this.
    /// </summary>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not a retired id of this kind.</exception>
    public T GetRetired(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Retirement retirement = RetirementOf(id) ?? throw new KeyNotFoundException($"No {_kindName} id '{id}' was retired.");
        return (T?)retirement.Successor ?? (T)Store.Retired.Tombstone(retirement);
    }

    private Retirement? RetirementOf(string? id) => string.IsNullOrEmpty(id) ? null : Store.Retired.Find(_kindName, id);

    private static string RemovedMessage(Retirement retirement) =>
        $"The {retirement.Kind} '{retirement.Id}' was removed in {retirement.Since}: {retirement.Reason}";

    /// <summary>Whether an entity has the id <paramref name="id"/>.</summary>
    public bool ContainsId(string id) => IndexOfId(id ?? throw new ArgumentNullException(nameof(id))) >= 0;

    /// <summary>Returns an enumerator over the entities in dataset order.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOfId(string id)
    {
        DatasetStore.HashCandidates candidates = Store.Candidates(_ids, id);
        for (int i = 0, entity; (entity = candidates.EntityAt(i)) >= 0; i++)
        {
            if (IdAt(entity) == id)
            {
                return entity;
            }
        }
        return -1;
    }

    internal string IdAt(int index)
    {
        T? decoded = Volatile.Read(ref _cache[index]);
        return decoded is not null ? decoded.Id : Store.IdOf(_offsets, index);
    }

    private string UnknownIdMessage(string id)
    {
        IReadOnlyList<string> closest = EditDistance.Nearest(id, Enumerable.Range(0, Count).Select(IdAt));
        if (closest.Count == 0)
        {
            return $"No {_kindName} has the id '{id}': the dataset has none.";
        }
        T? byAlias = Find(id);
        string alias = byAlias is null ? "" : $" '{id}' is a name of {_kindName} '{byAlias.Id}' ({byAlias.Name}): Find matches names and aliases, Get only ids.";
        return $"No {_kindName} has the id '{id}'.{alias} Closest ids: {string.Join(", ", closest)}.";
    }
}
