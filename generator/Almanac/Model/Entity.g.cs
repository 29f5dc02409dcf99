// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using Almanac.Storage;

namespace Almanac;

public abstract partial class Entity
{
    private string? _id;

    private protected Entity(DatasetStore store, int index, string? id)
    {
        Store = store;
        Index = index;
        _id = id;
    }

    /// <summary>The kebab-case id, unique among entities of its kind in the dataset.</summary>
    public string Id => _id ?? LoadId();

    /// <summary>The standard name (for a source, its title; for an event, its headline).</summary>
    public abstract string Name { get; }

    /// <summary>Other names and spellings, in any script, as curated.</summary>
    public abstract IReadOnlyList<string> Aliases { get; }

    /// <summary>The citations that support this entry: a source and an exact quote from it, or what a source without a local document says.</summary>
    public abstract IReadOnlyList<Citation> Citations { get; }

    /// <summary>The curator's notes: uncertainty, disagreements between sources. <see langword="null"/> when none.</summary>
    public abstract string? Notes { get; }

    /// <summary>The keys of the values that are the curator's assumption rather than what a source says (<c>date</c>, <c>location</c>, <c>wikidata</c>).</summary>
    public abstract IReadOnlyList<string> Uncertain { get; }

    internal DatasetStore Store { get; }

    internal int Index { get; }

    /// <summary>Reads the id of an entity whose record does not hold it (in data of format 7, the ids of events are stored apart), the first time it is asked for, and keeps it.</summary>
    private string LoadId()
    {
        string id = ReadId();
        return Interlocked.CompareExchange(ref _id, id, null) ?? id;
    }

    /// <summary>The id of this entity, read from where the data stores it: only a kind whose ids can be stored apart from its
    /// records (events) is made without its id; for any other kind a missing id is corrupt data.</summary>
    private protected virtual string ReadId() => throw DataReader.Corrupt();
}
