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
/// <remarks>
/// The analyzers run inside the compiler, whose heap is large: what they allocate brings its collections nearer, and a
/// collection that lands in a lookup is counted as the lookup's time. So the alias keys are indexed by their hashes,
/// computed from the table's lines as they are stored (the key of a text below U+0700 is built on the stack): no string is
/// made for a key, and a line is split into an entity only when a hash names it, to confirm the match. The keys as strings
/// are made only for the "did you mean" search of a text that matches nothing.
/// </remarks>
internal sealed class KindIndex
{
    private readonly LookupKind _kind;
    private readonly LookupKind? _sources;
    private readonly object _gate = new();
    private List<ulong>? _hashes;
    private SearchKeys? _searchKeys;
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

    /// <summary>The entity whose id, name or an alias has the same <see cref="AliasKey"/> as <paramref name="text"/>: the first
    /// in the order of the table (the kind's entities, then the extended ones), as the runtime's alias table keeps it.</summary>
    public LookupEntity? ByAlias(string text)
    {
        string key = AliasKey.Normalize(text);
        if (key.Length == 0)
        {
            return null;
        }
        List<ulong> hashes = Hashes;
        uint hash = Hash(key.AsSpan());
        // The entries are ordered by hash, then by entity: the first that has the key is the first entity with it.
        int low = 0, high = hashes.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if ((uint)(hashes[middle] >> 32) < hash)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        for (int i = low; i < hashes.Count && (uint)(hashes[i] >> 32) == hash; i++)
        {
            int number = (int)(uint)hashes[i];
            if (HasKey(number, key))
            {
                return EntityAt(number);
            }
        }
        return null;
    }

    /// <summary>The entity numbered <paramref name="number"/>: the kind's entities first, then the extended ones.</summary>
    private LookupEntity EntityAt(int number) =>
        number < _kind.Entities.Count ? _kind.Entities[number] : _kind.Extended[number - _kind.Entities.Count];

    /// <summary>Whether one of the texts that find entity <paramref name="number"/> has the key <paramref name="key"/>.</summary>
    private bool HasKey(int number, string key)
    {
        LookupEntity entity = EntityAt(number);
        if (number < _kind.Entities.Count && (AliasKey.Normalize(entity.Id) == key || AliasKey.Normalize(entity.Name) == key))
        {
            return true;
        }
        foreach (string alias in entity.Aliases)
        {
            if (AliasKey.Normalize(alias) == key)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The hash of every alias key of the kind (of ids, names and aliases; empty keys left out) with the number of
    /// its entity, as <c>hash &lt;&lt; 32 | number</c>, ordered; computed when a lookup first needs it (a lookup by a valid
    /// id, the most common, needs none) by one thread while the others wait for it.</summary>
    private List<ulong> Hashes
    {
        get
        {
            List<ulong>? hashes = System.Threading.Volatile.Read(ref _hashes);
            if (hashes is not null)
            {
                return hashes;
            }
            lock (_gate)
            {
                if (_hashes is null)
                {
                    var entries = new List<ulong>(3 * (_kind.Entities.Count + _kind.Extended.Count));
                    VisitKeyTexts((text, number) =>
                    {
                        Span<char> buffer = stackalloc char[2 * MaxStackLength];
                        if (text.Length <= MaxStackLength && AliasKey.TryNormalizeFast(text, buffer, out int length))
                        {
                            if (length > 0)
                            {
                                entries.Add(((ulong)Hash(buffer.Slice(0, length)) << 32) | (uint)number);
                            }
                            return;
                        }
                        string key = AliasKey.Normalize(text.ToString());
                        if (key.Length > 0)
                        {
                            entries.Add(((ulong)Hash(key.AsSpan()) << 32) | (uint)number);
                        }
                    });
                    entries.Sort();
                    System.Threading.Volatile.Write(ref _hashes, entries);
                }
                return _hashes!;
            }
        }
    }

    /// <summary>The longest text whose key the index builds on the stack.</summary>
    private const int MaxStackLength = 256;

    /// <summary>FNV-1a over the code units of a key.</summary>
    private static uint Hash(ReadOnlySpan<char> key)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 16777619;
        }
        return hash;
    }

    /// <summary>Receives a text that finds entity <paramref name="number"/>.</summary>
    private delegate void KeyTextVisitor(ReadOnlySpan<char> text, int number);

    /// <summary>
    /// Gives <paramref name="visit"/> every text that finds an entity of the kind, in the order of the table: each entity's
    /// id, name and aliases, then each extended entity's aliases (only those: its id is another dataset's). A line read
    /// from a table is read in place, field by field; one with an escaped character is split into its entity.
    /// </summary>
    private void VisitKeyTexts(KeyTextVisitor visit)
    {
        Visit(_kind.Entities, 0, own: true, visit);
        Visit(_kind.Extended, _kind.Entities.Count, own: false, visit);
    }

    private static void Visit(IReadOnlyList<LookupEntity> entities, int first, bool own, KeyTextVisitor visit)
    {
        var lines = entities as ILookupLines;
        for (int i = 0; i < entities.Count; i++)
        {
            ReadOnlySpan<char> line = lines is null ? default : lines.Line(i);
            if (lines is null || line.IndexOf('\\') >= 0)
            {
                LookupEntity entity = entities[i];
                if (own)
                {
                    visit(entity.Id.AsSpan(), first + i);
                    visit(entity.Name.AsSpan(), first + i);
                }
                foreach (string alias in entity.Aliases)
                {
                    visit(alias.AsSpan(), first + i);
                }
                continue;
            }
            // The fields of an entity's line: id, member, name, then the aliases.
            for (int field = 0; ; field++)
            {
                int tab = line.IndexOf('\t');
                if (field >= 3 || (own && field is 0 or 2))
                {
                    visit(tab < 0 ? line : line.Slice(0, tab), first + i);
                }
                if (tab < 0)
                {
                    break;
                }
                line = line.Slice(tab + 1);
            }
        }
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
    /// The answer is <see cref="EditDistance.ClosestSearch"/>'s over every key, which does not depend on the order of the
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
        var search = new EditDistance.ClosestSearch(key);
        foreach (int number in Neighbours(text))
        {
            search.Offer(AliasKey.Normalize(_kind.Entities[number].Id), number);
        }
        SearchKeys keys = AllKeys;
        for (int i = 0; i < keys.Numbers.Length; i++)
        {
            search.Offer(keys.Text.AsSpan(keys.Starts[i], keys.Starts[i + 1] - keys.Starts[i]), keys.Numbers[i]);
        }
        return search.BestNumber < 0 ? null : EntityAt(search.BestNumber);
    }

    /// <summary>Every alias key of the kind, with the number of its entity: made the first time a text matches nothing (the
    /// keys of one entity that are equal are given once).</summary>
    private SearchKeys AllKeys
    {
        get
        {
            SearchKeys? keys = System.Threading.Volatile.Read(ref _searchKeys);
            if (keys is not null)
            {
                return keys;
            }
            lock (_gate)
            {
                if (_searchKeys is null)
                {
                    var text = new System.Text.StringBuilder();
                    var starts = new List<int> { 0 };
                    var numbers = new List<int>();
                    int last = 0;
                    VisitKeyTexts((stored, number) =>
                    {
                        Span<char> buffer = stackalloc char[2 * MaxStackLength];
                        int length;
                        if (stored.Length <= MaxStackLength && AliasKey.TryNormalizeFast(stored, buffer, out length))
                        {
                            buffer = buffer.Slice(0, length);
                        }
                        else
                        {
                            string key = AliasKey.Normalize(stored.ToString());
                            buffer = new Span<char>(key.ToCharArray());
                            length = key.Length;
                        }
                        if (length == 0)
                        {
                            return;
                        }
                        // One entity's equal keys (an id and a name that normalise alike) once.
                        if (numbers.Count > 0 && numbers[numbers.Count - 1] == number && text.Length - last == length && Same(text, last, buffer))
                        {
                            return;
                        }
                        last = text.Length;
                        foreach (char c in buffer)
                        {
                            text.Append(c);
                        }
                        starts.Add(text.Length);
                        numbers.Add(number);
                    });
                    System.Threading.Volatile.Write(ref _searchKeys, new SearchKeys(text.ToString(), starts.ToArray(), numbers.ToArray()));
                }
                return _searchKeys!;
            }
        }
    }

    private static bool Same(System.Text.StringBuilder text, int start, ReadOnlySpan<char> key)
    {
        for (int i = 0; i < key.Length; i++)
        {
            if (text[start + i] != key[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Alias keys and the numbers of their entities, in the order of the table: the keys one after the other in one
    /// text (key <c>i</c> from <c>Starts[i]</c> to <c>Starts[i + 1]</c>), not a string each.</summary>
    private sealed class SearchKeys
    {
        public SearchKeys(string text, int[] starts, int[] numbers)
        {
            Text = text;
            Starts = starts;
            Numbers = numbers;
        }

        public string Text { get; }

        public int[] Starts { get; }

        public int[] Numbers { get; }
    }

    /// <summary>How many entities on each side of the text, in the order of their ids, are tried first.</summary>
    private const int NeighbourCount = 8;

    /// <summary>The numbers of the entities whose ids are next to <paramref name="text"/> in the table's order (by id, ordinal).</summary>
    private IEnumerable<int> Neighbours(string text)
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
            yield return i;
        }
    }
}
