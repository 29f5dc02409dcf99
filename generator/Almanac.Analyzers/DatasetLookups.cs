using System;
using System.Collections.Generic;
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
    private static readonly ConditionalWeakTable<IAssemblySymbol, AssemblyLookup> s_assemblies = new();

    /// <summary>The index of the kind that the generated class <paramref name="type"/> looks up, or <see langword="null"/>
    /// when <paramref name="type"/> is no dataset's generated lookup class.</summary>
    public static KindIndex? For(INamedTypeSymbol type)
    {
        IAssemblySymbol? assembly = type.ContainingAssembly;
        if (assembly is null || type.ContainingType is not null)
        {
            return null;
        }
        AssemblyLookup lookup = s_assemblies.GetValue(assembly, static a => AssemblyLookup.Read(a));
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

        public KindIndex? Kind(INamedTypeSymbol type)
        {
            if (_table is null)
            {
                return null;
            }
            for (int i = 0; i < _table.Kinds.Count; i++)
            {
                LookupKind kind = _table.Kinds[i];
                if (kind.ClassName == type.Name && type.ContainingNamespace.ToDisplayString() == _table.Namespace)
                {
                    KindIndex? index = System.Threading.Volatile.Read(ref _kinds[i]);
                    if (index is null)
                    {
                        index = new KindIndex(kind);
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
/// exactly, then a retired id exactly, then any id, name or alias by its <see cref="AliasKey"/>.
/// </summary>
internal sealed class KindIndex
{
    private readonly Dictionary<string, LookupEntity> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LookupEntity> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LookupRetired> _retired = new(StringComparer.Ordinal);

    public KindIndex(LookupKind kind)
    {
        Kind = kind.Kind;
        foreach (LookupEntity entity in kind.Entities)
        {
            _ids[entity.Id] = entity;
            AddKey(entity.Id, entity);
            AddKey(entity.Name, entity);
            foreach (string alias in entity.Aliases)
            {
                AddKey(alias, entity);
            }
        }
        foreach (LookupRetired retired in kind.Retired)
        {
            _retired[retired.Id] = retired;
        }
    }

    private void AddKey(string text, LookupEntity entity)
    {
        string key = AliasKey.Normalize(text);
        if (key.Length > 0 && !_keys.ContainsKey(key))
        {
            _keys.Add(key, entity);
        }
    }

    /// <summary>The kind's YAML word, e.g. <c>actor</c>.</summary>
    public string Kind { get; }

    /// <summary>The entity whose id is exactly <paramref name="id"/>.</summary>
    public LookupEntity? ById(string id) => _ids.TryGetValue(id, out LookupEntity? entity) ? entity : null;

    /// <summary>The retirement of <paramref name="id"/>.</summary>
    public LookupRetired? Retired(string id) => _retired.TryGetValue(id, out LookupRetired? retired) ? retired : null;

    /// <summary>The entity whose id, name or an alias has the same <see cref="AliasKey"/> as <paramref name="text"/>.</summary>
    public LookupEntity? ByAlias(string text)
    {
        string key = AliasKey.Normalize(text);
        return key.Length > 0 && _keys.TryGetValue(key, out LookupEntity? entity) ? entity : null;
    }

    /// <summary>The entity whose id, name or alias is closest to <paramref name="text"/>, both normalised, within the
    /// distance of a typo (<see cref="EditDistance.Closest"/>); <see langword="null"/> when none is that close.</summary>
    public LookupEntity? Closest(string text)
    {
        string key = AliasKey.Normalize(text);
        if (key.Length == 0)
        {
            return null;
        }
        string? closest = EditDistance.Closest(key, _keys.Keys);
        return closest is null ? null : _keys[closest];
    }
}
