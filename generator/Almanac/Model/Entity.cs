using System.Collections.Generic;
using Almanac.Storage;

namespace Almanac;

/// <summary>What every entity of a dataset has: an id, a name, other names, its provenance and notes.</summary>
/// <remarks>
/// Entities are created once per dataset and shared: two lookups of the same id return the same instance,
/// so reference equality is entity equality.
/// </remarks>
public abstract class Entity
{
    private protected Entity(DatasetStore store, int index, string id, string name, IReadOnlyList<string> aliases, IReadOnlyList<Citation> citations, string? notes)
    {
        Store = store;
        Index = index;
        Id = id;
        Name = name;
        Aliases = aliases;
        Citations = citations;
        Notes = notes;
    }

    /// <summary>The kebab-case id, unique among entities of its kind in the dataset.</summary>
    public string Id { get; }

    /// <summary>The standard name (for a source, its title; for an event, its headline).</summary>
    public string Name { get; }

    /// <summary>Other names and spellings, in any script, as curated.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The citations that support this entry: a source and an exact quote from it.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The curator's notes: uncertainty, disagreements between sources; <see langword="null"/> when none.</summary>
    public string? Notes { get; }

    internal DatasetStore Store { get; }

    internal int Index { get; }

    private string[]? _aliasKeys;

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

    /// <summary>Returns the name and the id, e.g. <c>Tarhuna (tarhuna)</c>.</summary>
    public override string ToString() => $"{Name} ({Id})";
}
