using System;
using System.Collections.Generic;
using System.Linq;
using Almanac.Generator.Common;
using Almanac.Generator.Model;
using Almanac.Generator.Parsing;
using Almanac.Storage;

namespace Almanac.Generator.Linking;

/// <summary>
/// Resolves the references between entities to their indexes (ALM006 for an unknown id, with the closest ids) and
/// turns the specs into linked records; each quote is checked on the way.
/// </summary>
internal sealed class References
{
    private readonly LinkContext _context;
    private readonly EntitySet _entities;
    private readonly Quotes _quotes;
    private readonly Dictionary<string, int> _sources, _actors, _places;
    private readonly Dictionary<(string Kind, string Value), string> _suggested = new();

    public References(LinkContext context, EntitySet entities, Quotes quotes)
    {
        _context = context;
        _entities = entities;
        _quotes = quotes;
        _sources = IndexOf(entities.Sources, s => s.Id.Value);
        _actors = IndexOf(entities.Actors, a => a.Id.Value);
        _places = IndexOf(entities.Places, p => p.Id.Value);
    }

    public EquatableArray<LinkedSource> Sources()
    {
        var linked = new List<LinkedSource>(_entities.Sources.Count);
        for (int i = 0; i < _entities.Sources.Count; i++)
        {
            _context.ThrowIfCancellationRequested();
            SourceSpec s = _entities.Sources[i];
            var excluded = s.Excluded.Select(e => new LinkedExcluded(e.Quote.Value, _quotes.Check(i, e.Quote), e.Reason)).ToEquatableArray();
            if (s.Excluded.Count > 0 && s.Document is null)
            {
                _context.Report(Diagnostics.MissingField, s.Excluded[0].Quote.Location, $"source '{s.Id.Value}' (it lists excluded passages)", "document");
            }
            linked.Add(new LinkedSource(s, excluded));
        }
        return linked.ToEquatableArray();
    }

    /// <summary>The actor each actor is part of (None for none); cycles are cut afterwards.</summary>
    public int[] PartOf() => _entities.Actors.Select(a => Actor(a.PartOf)).ToArray();

    public EquatableArray<LinkedActor> Actors(int[] partOf)
    {
        var linked = new List<LinkedActor>(_entities.Actors.Count);
        for (int i = 0; i < _entities.Actors.Count; i++)
        {
            _context.ThrowIfCancellationRequested();
            ActorSpec a = _entities.Actors[i];
            var alignments = a.AlignedWith
                .Select(x => (spec: x, actor: Actor(x.Actor)))
                .Where(x => x.actor >= 0)
                .Select(x => new LinkedAlignment(x.actor, x.spec.From, x.spec.Until, x.spec.Notes))
                .ToEquatableArray();
            linked.Add(new LinkedActor(a, partOf[i], alignments, Citations(a.Citations)));
        }
        return linked.ToEquatableArray();
    }

    /// <summary>The place each place is within (None for none); cycles are cut afterwards.</summary>
    public int[] Within() => _entities.Places.Select(p => Place(p.Within)).ToArray();

    public EquatableArray<LinkedPlace> Places(int[] within) =>
        _entities.Places.Select((p, i) => new LinkedPlace(p, within[i], Citations(p.Citations))).ToEquatableArray(); // Citations checks for cancellation

    public EquatableArray<LinkedEvent> Events()
    {
        var linked = new List<LinkedEvent>(_entities.Events.Count);
        foreach (EventSpec e in _entities.Events)
        {
            _context.ThrowIfCancellationRequested();
            var participants = e.Participants
                .Select(p => new LinkedParticipant(Actor(p.Actor), p.Role))
                .Where(p => p.Actor >= 0)
                .ToEquatableArray();
            var materiel = e.Materiel.Select(m => new LinkedMateriel(m.Item, m.Count, m.Outcome, Actor(m.Owner))).ToEquatableArray();
            linked.Add(new LinkedEvent(e, Place(e.Place), participants, Actor(e.ClaimedBy),
                Casualties(e.Fatalities), Casualties(e.Wounded), materiel, Citations(e.Citations)));
        }
        return linked.ToEquatableArray();
    }

    private LinkedCasualties? Casualties(CasualtiesSpec? c) => c is null ? null : new LinkedCasualties(c.Low, c.Best, c.High,
        c.Sides.Select(s => (actor: Actor(s.Actor), s)).Where(x => x.actor >= 0)
            .Select(x => new LinkedSide(x.actor, x.s.Low, x.s.Best, x.s.High)).ToEquatableArray());

    private EquatableArray<LinkedCitation> Citations(EquatableArray<CitationSpec> citations)
    {
        var result = new List<LinkedCitation>(citations.Count);
        foreach (CitationSpec citation in citations)
        {
            _context.ThrowIfCancellationRequested();
            int source = Resolve(citation.Source, _sources, "source");
            if (source >= 0)
            {
                result.Add(new LinkedCitation(source, citation.Quote.Value, _quotes.Check(source, citation.Quote)));
            }
        }
        return result.ToEquatableArray();
    }

    private int Actor(Located? reference) => Resolve(reference, _actors, "actor");

    private int Place(Located? reference) => Resolve(reference, _places, "place");

    private int Resolve(Located? reference, Dictionary<string, int> index, string kind)
    {
        if (reference is null)
        {
            return DataFormat.None;
        }
        if (index.TryGetValue(reference.Value, out int found))
        {
            return found;
        }
        if (!_suggested.TryGetValue((kind, reference.Value), out string? suggestion))
        {
            suggestion = index.Count == 0 ? $"; the dataset has no {kind}s"
                : _context.Spend(index.Count) ? $"; closest ids: {string.Join(", ", Suggestions.Nearest(reference.Value, index.Keys))}"
                : "; too many unknown references to search for the closest ids";
            _suggested.Add((kind, reference.Value), suggestion);
        }
        _context.Report(Diagnostics.UnknownReference, reference.Location, kind, reference.Value, suggestion);
        return DataFormat.None;
    }

    private static Dictionary<string, int> IndexOf<T>(List<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            index.Add(id(items[i]), i);
        }
        return index;
    }
}
