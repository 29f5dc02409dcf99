using System.Collections.Generic;

namespace Almanac;

/// <summary>What every entity of a dataset has: an id, a name, other names, its provenance and notes.</summary>
/// <remarks>
/// Entities are created once per dataset and shared: two lookups of the same id return the same instance,
/// so reference equality is entity equality.
/// </remarks>
public abstract partial class Entity
{
    private string[]? _aliasKeys;

    /// <summary>
    /// The metadata of the dataset the entity belongs to: a dataset that extends another (its YAML refers to the other's
    /// actors and places) reaches the other's entities as they are, so an actor of <c>Almanac.Libya</c> says <c>libya</c>
    /// here wherever it is reached from. Exports write its <see cref="DatasetInfo.Id"/> in their <c>dataset</c> column.
    /// </summary>
    public DatasetInfo Dataset => Store.Info ?? throw new System.InvalidOperationException("The entity's dataset is still being opened.");

    /// <summary>Whether <paramref name="key"/> (an <see cref="Text.AliasKey"/>) is the key of the id, the name or an alias.</summary>
    internal bool HasAliasKey(System.ReadOnlySpan<char> key)
    {
        string[] keys = _aliasKeys ??= BuildAliasKeys();
        foreach (string k in keys)
        {
            if (System.MemoryExtensions.SequenceEqual(key, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The keys (<see cref="Text.AliasKey"/>) of the id, the name and each alias, in that order; built on first use.</summary>
    internal IReadOnlyList<string> AliasKeys => _aliasKeys ??= BuildAliasKeys();

    private string[] BuildAliasKeys()
    {
        var keys = new string[Aliases.Count + 2];
        keys[0] = Text.AliasKey.Normalize(Id);
        keys[1] = Text.AliasKey.Normalize(Name);
        for (int i = 0; i < Aliases.Count; i++)
        {
            keys[i + 2] = Text.AliasKey.Normalize(Aliases[i]);
        }
        return keys;
    }

    /// <summary>The names of this entity that hold only within one source (<c>scoped-aliases</c> of actors and places).</summary>
    internal virtual IReadOnlyList<ScopedAlias> ScopedNames => System.Array.Empty<ScopedAlias>();

    /// <summary>Whether <paramref name="key"/> (an <see cref="Text.AliasKey"/>) is the key of a scoped alias of this entity;
    /// with <paramref name="source"/>, one that holds within that source.</summary>
    internal bool HasScopedAliasKey(System.ReadOnlySpan<char> key, Source? source = null)
    {
        foreach (var (aliasKey, aliasSource) in ScopedAliasKeys)
        {
            if ((source is null || ReferenceEquals(aliasSource, source)) && System.MemoryExtensions.SequenceEqual(key, aliasKey))
            {
                return true;
            }
        }
        return false;
    }

    private (string Key, Source Source)[]? _scopedAliasKeys;

    /// <summary>The keys of the scoped aliases (<see cref="Text.AliasKey"/>), each with its source; built on first use.</summary>
    internal (string Key, Source Source)[] ScopedAliasKeys => _scopedAliasKeys ??= BuildScopedAliasKeys();

    private (string Key, Source Source)[] BuildScopedAliasKeys()
    {
        IReadOnlyList<ScopedAlias> names = ScopedNames;
        var keys = new (string Key, Source Source)[names.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = (Text.AliasKey.Normalize(names[i].Name), names[i].Source);
        }
        return keys;
    }

    /// <summary>
    /// For a tombstone (the entity a removed id stands for, reached through the obsolete generated member of the id or
    /// <see cref="EntityCollection{T}.GetRetired(string)"/>), the retirement that removed it; <see langword="null"/> for a
    /// live entity. A tombstone has its id and name and no other data, and no enumeration, count or query contains it.
    /// </summary>
    public Retirement? Retirement { get; private set; }

    /// <summary>Makes this (new) entity the tombstone of <paramref name="retirement"/>.</summary>
    internal T AsTombstone<T>(Retirement retirement) where T : Entity
    {
        Retirement = retirement;
        return (T)this;
    }

    /// <summary>Returns the name and the id, e.g. <c>Tarhuna (tarhuna)</c>.</summary>
    public override string ToString() => $"{Name} ({Id})";
}
