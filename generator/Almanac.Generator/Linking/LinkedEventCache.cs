using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Almanac.Generator.Linking;

/// <summary>
/// Links a dataset's events, taking again the linked event of the last link in this process for each event whose spec is
/// the same instance (its file was not parsed again) when what linking an event reads is unchanged: the dataset's id (a
/// reference may be qualified by it), the ids of the sources, actors and places in their order, the sources' documents and
/// the documents' text. A curator's edit of one YAML file then links that file's events again, not the whole dataset's;
/// the result is the same as linking them all.
/// </summary>
/// <remarks>
/// An event linked again whose linked record equals the one of the last link under the same id is that same instance:
/// the events of an edited file that the edit left as they were stay the instances the encoder wrote last time, and the
/// encoder writes again only the blocks of records that hold a changed one (events are stored by date, so a file's events
/// are spread over many blocks). Only events whose linking reported nothing are kept: an event with a diagnostic is linked again on every run, so that
/// its diagnostics, and the budget of "did you mean" searches they spend, are those of a link of the whole dataset. A
/// dataset that references other datasets links every event (linking an event records which imported entities it uses).
/// </remarks>
internal sealed class LinkedEventCache
{
    private static LinkedEventCache? s_last;

    private readonly Inputs _inputs;
    private readonly Dictionary<EventSpec, LinkedEvent> _linked;
    private readonly Dictionary<string, LinkedEvent> _byId;

    private LinkedEventCache(Inputs inputs, Dictionary<EventSpec, LinkedEvent> linked, Dictionary<string, LinkedEvent> byId)
    {
        _inputs = inputs;
        _linked = linked;
        _byId = byId;
    }

    /// <summary>Forgets the last link.</summary>
    internal static void Clear() => Volatile.Write(ref s_last, null);

    /// <summary>The linked events of <paramref name="entities"/>, in their order.</summary>
    public static List<LinkedEvent> Link(LinkContext context, EntitySet entities, ImmutableArray<IndexedDocument> documents, bool referencesDatasets,
        Resolver resolver)
    {
        if (referencesDatasets)
        {
            return resolver.All(entities.Events, resolver.LinkEvent);
        }
        var inputs = new Inputs(entities, documents);
        LinkedEventCache? last = Volatile.Read(ref s_last);
        bool same = last is not null && last._inputs.Same(inputs);
        Dictionary<EventSpec, LinkedEvent>? reusable = same ? last!._linked : null;
        Dictionary<string, LinkedEvent>? previous = same ? last!._byId : null;
        var linked = new List<LinkedEvent>(entities.Events.Count);
        var kept = new Dictionary<EventSpec, LinkedEvent>(entities.Events.Count, SameInstance.Comparer);
        var byId = new Dictionary<string, LinkedEvent>(entities.Events.Count, StringComparer.Ordinal);
        for (int i = 0; i < entities.Events.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                context.ThrowIfCancellationRequested();
            }
            EventSpec spec = entities.Events[i];
            if (reusable is null || !reusable.TryGetValue(spec, out LinkedEvent? linkedEvent))
            {
                int reported = context.Diagnostics.Count;
                linkedEvent = resolver.LinkEvent(spec, i);
                if (context.Diagnostics.Count != reported)
                {
                    linked.Add(linkedEvent);
                    continue;
                }
                if (previous is not null && previous.TryGetValue(linkedEvent.Id, out LinkedEvent? before) && before.Equals(linkedEvent))
                {
                    linkedEvent = before;
                }
            }
            linked.Add(linkedEvent);
            kept[spec] = linkedEvent;
            byId[linkedEvent.Id] = linkedEvent;
        }
        Volatile.Write(ref s_last, new LinkedEventCache(inputs, kept, byId));
        return linked;
    }

    /// <summary>What linking an event reads besides its spec.</summary>
    private sealed class Inputs
    {
        private readonly string _dataset;
        private readonly string[] _sources, _actors, _places;
        private readonly string?[] _sourceDocuments;
        private readonly ImmutableArray<IndexedDocument> _documents;

        public Inputs(EntitySet entities, ImmutableArray<IndexedDocument> documents)
        {
            _dataset = entities.Dataset.Id.Value;
            _sources = entities.Sources.Select(s => s.Id.Value).ToArray();
            _sourceDocuments = entities.Sources.Select(s => s.Document?.Value).ToArray();
            _actors = entities.Actors.Select(a => a.Id.Value).ToArray();
            _places = entities.Places.Select(p => p.Id.Value).ToArray();
            _documents = documents;
        }

        public bool Same(Inputs other) =>
            _dataset == other._dataset
            && _sources.SequenceEqual(other._sources, StringComparer.Ordinal)
            && _sourceDocuments.SequenceEqual(other._sourceDocuments, StringComparer.Ordinal)
            && _actors.SequenceEqual(other._actors, StringComparer.Ordinal)
            && _places.SequenceEqual(other._places, StringComparer.Ordinal)
            && _documents.Length == other._documents.Length
            && _documents.Zip(other._documents, static (a, b) => ReferenceEquals(a, b) || a.Equals(b)).All(static same => same);
    }

    /// <summary>Compares specs by instance: a file that was not parsed again keeps its specs.</summary>
    private sealed class SameInstance : IEqualityComparer<EventSpec>
    {
        public static readonly SameInstance Comparer = new();

        public bool Equals(EventSpec? x, EventSpec? y) => ReferenceEquals(x, y);

        public int GetHashCode(EventSpec obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
