using System;
using Almanac.Storage;

namespace Almanac;

/// <summary>
/// A compiled Almanac dataset: its metadata and its sources, actors, places and events. A generated dataset class exposes
/// its one instance (e.g. <c>LibyaDataset.Dataset</c>); the generated <c>Sources</c>, <c>Actors</c>, <c>Places</c> and
/// <c>Events</c> classes are shortcuts to its collections.
/// </summary>
/// <remarks>The data is read lazily: an entity is decoded the first time it is asked for, and the indexes behind
/// lookups and queries were computed at build time.</remarks>
public sealed class Dataset
{
    private readonly DatasetStore _store;

    internal Dataset(DatasetInfo info, DatasetStore store)
    {
        ArgumentNullException.ThrowIfNull(info);
        Info = info;
        _store = store;
        store.Info = info;
    }

    /// <summary>The dataset's metadata: id, title, version, licence, citation, description, home page and content hash.</summary>
    public DatasetInfo Info { get; }

    /// <summary>The sources, ordered by id.</summary>
    public EntityCollection<Source> Sources => _store.Sources;

    /// <summary>The actors, ordered by id.</summary>
    public EntityCollection<Actor> Actors => _store.Actors;

    /// <summary>The places, ordered by id.</summary>
    public EntityCollection<Place> Places => _store.Places;

    /// <summary>The events, ordered by date, then id, with their queries.</summary>
    public EventCollection Events => _store.Events;

    /// <summary>
    /// The ids that earlier releases used and this one retired (renamed, merged or removed), ordered by kind word
    /// (actor, event, place, source), then id. Lookups of these ids reach their successors; see <see cref="Retirement"/>.
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<Retirement> Retired => _store.Retired.All;

    private DatasetLinker? _linker;

    /// <summary>The linker of this dataset, opened on first use (the stored automaton read, or one built from the entities).</summary>
    internal DatasetLinker Linker
    {
        get
        {
            DatasetLinker? linker = System.Threading.Volatile.Read(ref _linker);
            if (linker is null)
            {
                linker = DatasetLinker.Open(_store);
                linker = System.Threading.Interlocked.CompareExchange(ref _linker, linker, null) ?? linker;
            }
            return linker;
        }
    }

    /// <summary>
    /// Finds every mention of a known actor or place in <paramref name="text"/>: each span whose key
    /// (<see cref="Text.AliasKey"/>: case, diacritics, hyphens, apostrophes, white space and Arabic letter variants
    /// ignored, as <see cref="EntityCollection{T}.Find(string)"/> matches) is the key of an id, name, alias or scoped alias
    /// of an actor or place, and that starts and ends on word boundaries of <paramref name="text"/> (<c>GNA</c> is not
    /// a mention inside <c>signals</c>). Where mentions overlap, the longest wins (<c>Khalifa Hifter</c>, not
    /// <c>Hifter</c>). A spelling that names no single entity (an actor and a place share it, or it is a scoped alias)
    /// is reported as ambiguous with its candidates, not guessed.
    /// </summary>
    /// <remarks>Runs the automaton of the alias keys that the generator stored with the data (or, for data compiled before
    /// the generator stored one, that this dataset builds once from its entities), so a call takes time in proportion to
    /// the text and the mentions found.</remarks>
    /// <param name="text">The text, such as an article.</param>
    /// <returns>The mentions, in text order, without overlaps; offsets are those of <paramref name="text"/>.</returns>
    public System.Collections.Generic.IReadOnlyList<Mention> Link(string text) => Link(text, null);

    /// <summary>
    /// Finds every mention of a known actor or place in <paramref name="text"/>, as <see cref="Link(string)"/> does, in
    /// the text of <paramref name="source"/>: a scoped alias that holds in that source names its entity (as
    /// <see cref="EntityCollection{T}.FindIn(string, Source)"/> resolves it), before a name or alias of another.
    /// </summary>
    /// <param name="text">The text, such as the source's document.</param>
    /// <param name="source">The source the text is from, or <see langword="null"/> for none.</param>
    /// <returns>The mentions, in text order, without overlaps.</returns>
    public System.Collections.Generic.IReadOnlyList<Mention> Link(string text, Source? source)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Linker.Link(text, source);
    }

    /// <summary>
    /// The datasets this one extends: those whose entities its events, actors and places refer to (a dataset package that a
    /// project's YAML builds on). Their entities are their own objects; <see cref="EventCollection.Involving"/>,
    /// <see cref="EventCollection.At"/> and <see cref="EventCollection.AtExactly"/> of this dataset, given one of them, answer
    /// with the events of both, and <see cref="EventCollection.Between"/> and <see cref="EventCollection.Near"/> answer over
    /// both. Empty for a dataset that refers to no other.
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<Dataset> Extends => _store.Imports.Datasets;

    /// <summary>
    /// The aliases and notes this dataset adds to entities of the datasets it extends (its YAML's <c>extends</c> section):
    /// sources, then actors, then places. The aliases work in this dataset's <c>Find</c>, not in the other dataset's.
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<Extension> Extensions => _store.Imports.Extensions;

    /// <summary>Returns the title and the version, e.g. <c>Tarhuna, Libya, May 2020 (1.0.0)</c>.</summary>
    public override string ToString() => $"{Info.Title} ({Info.Version})";
}
