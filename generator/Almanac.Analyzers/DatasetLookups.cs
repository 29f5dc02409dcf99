using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Almanac.Lookup;
using Almanac.Text;
using Microsoft.CodeAnalysis;

namespace Almanac.Analyzers;

/// <summary>
/// The lookup tables of the dataset assemblies a compilation references, read from each assembly's
/// <c>[assembly: AssemblyMetadata("Almanac.LookupTable", …)]</c> once (per assembly symbol, which the compiler shares
/// between compilations that reference the same file) and indexed one kind at a time, when a lookup first needs it.
/// </summary>
internal static class DatasetLookups
{
    /// <summary>Each assembly's table, read by the first lookup that needs it while the others (analysis runs on several
    /// threads) wait for it rather than read it again.</summary>
    private static readonly ConditionalWeakTable<IAssemblySymbol, Lazy<AssemblyLookup>> s_assemblies = new();

    /// <summary>The index of the kind that the generated class <paramref name="type"/> looks up, or <see langword="null"/>
    /// when <paramref name="type"/> is no dataset's generated lookup class.</summary>
    public static KindIndex? For(INamedTypeSymbol type)
    {
        IAssemblySymbol? assembly = type.ContainingAssembly;
        if (assembly is null || type.ContainingType is not null)
        {
            return null;
        }
        AssemblyLookup lookup = s_assemblies.GetValue(assembly,
            static a => new Lazy<AssemblyLookup>(() => AssemblyLookup.Read(a), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        return lookup.Kind(type);
    }

    /// <summary>The lookup table of one assembly; empty when it has none (or one of a format version this reader does not know).</summary>
    private sealed class AssemblyLookup
    {
        private static readonly AssemblyLookup s_none = new(null);
        private readonly LookupTable? _table;
        private readonly KindIndex?[] _kinds;

        private AssemblyLookup(LookupTable? table)
        {
            _table = table;
            _kinds = new KindIndex?[table?.Kinds.Count ?? 0];
        }

        public static AssemblyLookup Read(IAssemblySymbol assembly)
        {
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "AssemblyMetadataAttribute" } type
                    && type.ContainingNamespace.ToDisplayString() == "System.Reflection"
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is LookupTable.MetadataKey
                    && attribute.ConstructorArguments[1].Value is string text)
                {
                    try
                    {
                        return new AssemblyLookup(LookupTable.Read(text));
                    }
                    catch (FormatException)
                    {
                        return s_none;
                    }
                }
            }
            return s_none;
        }

        /// <summary>The index of the kind that <paramref name="type"/> looks up, found once per type.</summary>
        public KindIndex? Kind(INamedTypeSymbol type) =>
            _table is null ? null : _byType.GetOrAdd(type, t => Find((INamedTypeSymbol)t));

        private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, KindIndex?> _byType = new(SymbolEqualityComparer.Default);

        private KindIndex? Find(INamedTypeSymbol type)
        {
            for (int i = 0; i < _table!.Kinds.Count; i++)
            {
                LookupKind kind = _table.Kinds[i];
                if (kind.ClassName == type.Name && type.ContainingNamespace.ToDisplayString() == _table.Namespace)
                {
                    KindIndex? index = System.Threading.Volatile.Read(ref _kinds[i]);
                    if (index is null)
                    {
                        index = new KindIndex(kind, _table.Kinds.FirstOrDefault(k => k.Kind == Almanac.Storage.DataFormat.Kind.Source));
                        index = System.Threading.Interlocked.CompareExchange(ref _kinds[i], index, null) ?? index;
                    }
                    return index;
                }
            }
            return null;
        }
    }
}

/// <summary>
/// The ids, alias keys and retired ids of one kind of one dataset, matched as the runtime's <c>Find</c> matches: an id
/// exactly, then a retired id exactly, then any id, name or alias by its <see cref="AliasKey"/>, and the aliases the
/// dataset gives entities of the datasets it extends.
/// </summary>
internal sealed class KindIndex
{
    private readonly LookupKind _kind;
    private readonly LookupKind? _sources;
    private Dictionary<string, LookupEntity>? _keys;
    private Dictionary<string, List<LookupScopedAlias>>? _scoped;

    /// <param name="kind">The kind.</param>
    /// <param name="sources">The sources of the same dataset, which scoped aliases name.</param>
    public KindIndex(LookupKind kind, LookupKind? sources)
    {
        _kind = kind;
        _sources = sources;
        Kind = kind.Kind;
    }

    /// <summary>The generated member that returns the source <paramref name="id"/>, as <c>Sources.Article</c> (its class and
    /// member), or <see langword="null"/> when it has none.</summary>
    public string? SourceMember(string id) =>
        _sources?.FindEntity(id)?.Member is string member ? _sources.ClassName + "." + member : null;

    /// <summary>Every alias key of the kind (of ids, names and aliases) and its entity, computed when first needed: a
    /// lookup by a valid id, the most common, needs none.</summary>
    private Dictionary<string, LookupEntity> Keys
    {
        get
        {
            Dictionary<string, LookupEntity>? keys = System.Threading.Volatile.Read(ref _keys);
            if (keys is not null)
            {
                return keys;
            }
            // One thread builds the keys; lookups on other threads wait for them instead of building them again.
            lock (_gate)
            {
                return _keys ??= BuildKeys();
            }
        }
    }

    private readonly object _gate = new();

    private Dictionary<string, LookupEntity> BuildKeys()
    {
        var keys = new Dictionary<string, LookupEntity>(3 * _kind.Entities.Count, StringComparer.Ordinal);
        foreach (LookupEntity entity in _kind.Entities)
        {
            AddKey(keys, entity.Id, entity);
            AddKey(keys, entity.Name, entity);
            foreach (string alias in entity.Aliases)
            {
                AddKey(keys, alias, entity);
            }
        }
        // An extended entity (another dataset's) is found by the aliases this dataset gives it only.
        foreach (LookupEntity entity in _kind.Extended)
        {
            foreach (string alias in entity.Aliases)
            {
                AddKey(keys, alias, entity);
            }
        }
        return keys;
    }

    private static void AddKey(Dictionary<string, LookupEntity> keys, string text, LookupEntity entity)
    {
        string key = AliasKey.Normalize(text);
        if (key.Length > 0 && !keys.ContainsKey(key))
        {
            keys.Add(key, entity);
        }
    }

    /// <summary>The kind's YAML word, e.g. <c>actor</c>.</summary>
    public string Kind { get; }

    /// <summary>Whether <paramref name="entity"/> is another dataset's entity that this one gives aliases (<see cref="LookupKind.Extended"/>):
    /// its <c>Find</c> takes those aliases, its <c>Get</c> takes no id of it.</summary>
    public bool IsExtended(LookupEntity entity)
    {
        foreach (LookupEntity extended in _kind.Extended)
        {
            if (ReferenceEquals(extended, entity))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The entity whose id is exactly <paramref name="id"/>.</summary>
    public LookupEntity? ById(string id) => _kind.FindEntity(id);

    /// <summary>The retirement of <paramref name="id"/>.</summary>
    public LookupRetired? Retired(string id) => _kind.FindRetired(id);

    /// <summary>The entity whose id, name or an alias has the same <see cref="AliasKey"/> as <paramref name="text"/>.</summary>
    public LookupEntity? ByAlias(string text)
    {
        string key = AliasKey.Normalize(text);
        return key.Length > 0 && Keys.TryGetValue(key, out LookupEntity? entity) ? entity : null;
    }

    /// <summary>The scoped aliases whose key is that of <paramref name="text"/>: the names that hold only within one
    /// source, which make <c>Find</c> match nothing for the text (an empty list when there are none).</summary>
    public IReadOnlyList<LookupScopedAlias> Scoped(string text)
    {
        if (_kind.Scoped.Count == 0)
        {
            return Array.Empty<LookupScopedAlias>();
        }
        Dictionary<string, List<LookupScopedAlias>>? scoped = System.Threading.Volatile.Read(ref _scoped);
        if (scoped is null)
        {
            scoped = new Dictionary<string, List<LookupScopedAlias>>(StringComparer.Ordinal);
            foreach (LookupScopedAlias alias in _kind.Scoped)
            {
                string aliasKey = AliasKey.Normalize(alias.Alias);
                if (!scoped.TryGetValue(aliasKey, out List<LookupScopedAlias>? list))
                {
                    scoped[aliasKey] = list = new List<LookupScopedAlias>();
                }
                list.Add(alias);
            }
            scoped = System.Threading.Interlocked.CompareExchange(ref _scoped, scoped, null) ?? scoped;
        }
        return scoped.TryGetValue(AliasKey.Normalize(text), out List<LookupScopedAlias>? found) ? found : Array.Empty<LookupScopedAlias>();
    }

    /// <summary>The entity whose id, name or alias is closest to <paramref name="text"/>, both normalised, within the
    /// distance of a typo (<see cref="EditDistance.Closest"/>); <see langword="null"/> when none is that close.</summary>
    /// <remarks>
    /// The answer is <see cref="EditDistance.Closest"/>'s over every key, which does not depend on the order of the
    /// candidates; the order decides only how soon the search can stop computing a distance. So the keys of the entities
    /// whose ids are next to the text in the table's order (by id) go first: they are usually the closest (a typo rarely
    /// changes the start of an id), and once a close one is found every further key is dismissed after a few characters.
    /// </remarks>
    public LookupEntity? Closest(string text)
    {
        string key = AliasKey.Normalize(text);
        if (key.Length == 0)
        {
            return null;
        }
        Dictionary<string, LookupEntity> keys = Keys;
        string? closest = EditDistance.Closest(key, Neighbours(text).Concat(keys.Keys));
        return closest is null ? null : keys[closest];
    }

    /// <summary>How many entities on each side of the text, in the order of their ids, are tried first.</summary>
    private const int NeighbourCount = 8;

    /// <summary>The keys of the ids next to <paramref name="text"/> in the table's order of entities (by id, ordinal).</summary>
    private IEnumerable<string> Neighbours(string text)
    {
        IReadOnlyList<LookupEntity> entities = _kind.Entities;
        int low = 0, high = entities.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (string.CompareOrdinal(entities[middle].Id, text) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        for (int i = Math.Max(0, low - NeighbourCount); i < Math.Min(entities.Count, low + NeighbourCount); i++)
        {
            yield return AliasKey.Normalize(entities[i].Id);
        }
    }
}
