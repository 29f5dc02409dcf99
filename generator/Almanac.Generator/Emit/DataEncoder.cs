using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Almanac.Generator.Common;
using Almanac.Generator.Linking;
using Almanac.Generator.Parsing;
using Almanac.Storage;

namespace Almanac.Generator.Emit;

/// <summary>
/// Writes the compiled data string read by <c>Almanac.Storage.DatasetStore</c> (format in <c>docs/data-format.md</c>):
/// a header, the precomputed indexes, then one record per entity. Numbers are 32-bit little-endian in two UTF-16
/// code units; strings are a length and their characters.
/// </summary>
internal sealed class DataEncoder
{
    private readonly List<EncodedSource> _sources;
    private readonly List<EncodedActor> _actors;
    private readonly List<EncodedPlace> _places;
    private readonly List<EncodedEvent> _events;
    private readonly EncodedAliasTable[] _aliases;
    private readonly CancellationToken _cancellationToken;
    private readonly CharBuffer _out = new();
    private readonly List<(string Label, int End)> _parts = new();

    public DataEncoder(List<EncodedSource> sources, List<EncodedActor> actors, List<EncodedPlace> places, List<EncodedEvent> events,
        EncodedAliasTable[] aliases, CancellationToken cancellationToken)
    {
        _sources = sources;
        _actors = actors;
        _places = places;
        _events = events;
        _aliases = aliases;
        _cancellationToken = cancellationToken;
    }

    public EquatableArray<DataPart> Encode()
    {
        // Header with placeholders for the section offsets, patched at the end.
        _out.Append(DataFormat.Magic).Append((char)DataFormat.Version);
        Int(_sources.Count); Int(_actors.Count); Int(_places.Count); Int(_events.Count);
        int sectionTable = _out.Length;
        for (int i = 0; i < (int)DataFormat.Section.Count; i++)
        {
            Int(0);
        }
        Int(_events.Count == 0 ? 0 : _events.Max(e => (e.Spec.EndDate ?? e.Spec.Date) - e.Spec.Date));
        Part("header: magic, version, counts, section offsets, longest event span");

        var offsets = new int[(int)DataFormat.Section.Count];
        // Record offset tables are written once the records are placed; reserve them now.
        offsets[(int)DataFormat.Section.SourceOffsets] = Reserve(_sources.Count);
        offsets[(int)DataFormat.Section.ActorOffsets] = Reserve(_actors.Count);
        offsets[(int)DataFormat.Section.PlaceOffsets] = Reserve(_places.Count);
        offsets[(int)DataFormat.Section.EventOffsets] = Reserve(_events.Count);
        Part("record offsets of sources, actors, places, events");

        offsets[(int)DataFormat.Section.EventIdOrder] = _out.Length;
        foreach (int index in Enumerable.Range(0, _events.Count).OrderBy(i => _events[i].Spec.Id.Value, StringComparer.Ordinal))
        {
            Int(index);
        }
        Part("event indexes in id order");

        string[] kinds = { "source", "actor", "place", "event" };
        for (int k = 0; k < 4; k++)
        {
            offsets[(int)DataFormat.Section.SourceAliases + k] = AliasTable(_aliases[k]);
            Part($"alias table of {kinds[k]}s: keys sorted ordinally");
        }

        offsets[(int)DataFormat.Section.EventStartDays] = _out.Length;
        foreach (EncodedEvent e in _events)
        {
            Int(e.Spec.Date);
        }
        Part("event start days");

        offsets[(int)DataFormat.Section.ActorEvents] = ListsSection(ActorEventLists());
        Part("per actor: events involving it or its parts");
        offsets[(int)DataFormat.Section.PlaceEvents] = ListsSection(PlaceEventLists(transitive: true));
        Part("per place: events at it or within it");
        offsets[(int)DataFormat.Section.PlaceDirectEvents] = ListsSection(PlaceEventLists(transitive: false));
        Part("per place: events at exactly it");

        int sourceTable = offsets[(int)DataFormat.Section.SourceOffsets];
        for (int i = 0; i < _sources.Count; i++)
        {
            Patch(sourceTable + 2 * i, _out.Length);
            WriteSource(_sources[i]);
            Part("source " + _sources[i].Spec.Id.Value);
        }
        int actorTable = offsets[(int)DataFormat.Section.ActorOffsets];
        for (int i = 0; i < _actors.Count; i++)
        {
            Patch(actorTable + 2 * i, _out.Length);
            WriteActor(_actors[i]);
            Part("actor " + _actors[i].Spec.Id.Value);
        }
        int placeTable = offsets[(int)DataFormat.Section.PlaceOffsets];
        for (int i = 0; i < _places.Count; i++)
        {
            Patch(placeTable + 2 * i, _out.Length);
            WritePlace(_places[i]);
            Part("place " + _places[i].Spec.Id.Value);
        }
        int eventTable = offsets[(int)DataFormat.Section.EventOffsets];
        for (int i = 0; i < _events.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Patch(eventTable + 2 * i, _out.Length);
            WriteEvent(_events[i]);
            Part("event " + _events[i].Spec.Id.Value);
        }

        for (int i = 0; i < offsets.Length; i++)
        {
            Patch(sectionTable + 2 * i, offsets[i]);
        }

        var parts = new List<DataPart>(_parts.Count);
        int position = 0;
        foreach (var (label, end) in _parts)
        {
            parts.Add(new DataPart(label, _out.ToString(position, end - position)));
            position = end;
        }
        return parts.ToEquatableArray();
    }

    private List<int>[] ActorEventLists()
    {
        var lists = Enumerable.Range(0, _actors.Count).Select(_ => new List<int>()).ToArray();
        for (int e = 0; e < _events.Count; e++)
        {
            var reached = new HashSet<int>();
            foreach (var (actor, _) in _events[e].Participants)
            {
                for (int a = actor; a >= 0 && reached.Add(a); a = _actors[a].PartOf)
                {
                    lists[a].Add(e);
                }
            }
        }
        return lists;
    }

    private List<int>[] PlaceEventLists(bool transitive)
    {
        var lists = Enumerable.Range(0, _places.Count).Select(_ => new List<int>()).ToArray();
        for (int e = 0; e < _events.Count; e++)
        {
            var reached = new HashSet<int>();
            for (int p = _events[e].Place; p >= 0 && reached.Add(p); p = transitive ? _places[p].Within : DataFormat.None)
            {
                lists[p].Add(e);
            }
        }
        return lists;
    }

    private int ListsSection(List<int>[] lists)
    {
        int table = Reserve(lists.Length);
        for (int i = 0; i < lists.Length; i++)
        {
            Patch(table + 2 * i, _out.Length);
            Int(lists[i].Count);
            foreach (int item in lists[i])
            {
                Int(item);
            }
        }
        return table;
    }

    private int AliasTable(EncodedAliasTable table)
    {
        int start = _out.Length;
        Int(table.Entries.Length);
        int entries = Reserve(2 * table.Entries.Length);
        for (int i = 0; i < table.Entries.Length; i++)
        {
            Patch(entries + 4 * i, _out.Length);
            Patch(entries + 4 * i + 2, table.Entries[i].Entity);
            Str(table.Entries[i].Key);
        }
        return start;
    }

    private void WriteSource(EncodedSource source)
    {
        SourceSpec s = source.Spec;
        Str(s.Id.Value); Str(s.Name); Short(s.Kind); Strs(s.Aliases.Select(a => a.Value));
        Str(s.Publisher); Opt(s.Published); Str(s.Language); Str(s.Url); Str(s.Document?.Value);
        Int(source.Excluded.Length);
        foreach (EncodedExcluded e in source.Excluded)
        {
            Str(e.Quote); Opt(e.Paragraph); Str(e.Reason);
        }
        Str(s.Notes);
    }

    private void WriteActor(EncodedActor actor)
    {
        ActorSpec a = actor.Spec;
        Str(a.Id.Value); Str(a.Name); Short(a.Kind); Strs(a.Aliases.Select(x => x.Value));
        Str(a.Country); Int(actor.PartOf);
        Int(actor.AlignedWith.Length);
        foreach (EncodedAlignment alignment in actor.AlignedWith)
        {
            Int(alignment.Actor); Opt(alignment.From); Opt(alignment.Until); Str(alignment.Notes);
        }
        Opt(a.ActiveFrom); Opt(a.ActiveUntil);
        ExternalIds(a.ExternalIds);
        Citations(actor.Citations);
        Str(a.Notes);
    }

    private void WritePlace(EncodedPlace place)
    {
        PlaceSpec p = place.Spec;
        Str(p.Id.Value); Str(p.Name); Short(p.Kind); Strs(p.Aliases.Select(x => x.Value));
        if (p.Latitude is double lat && p.Longitude is double lon)
        {
            Short(1); Double(lat); Double(lon); Short(p.GeoPrecision ?? 1);
        }
        else
        {
            Short(0);
        }
        Int(place.Within); Str(p.Country);
        ExternalIds(p.ExternalIds);
        Citations(place.Citations);
        Str(p.Notes);
    }

    private void WriteEvent(EncodedEvent ev)
    {
        EventSpec e = ev.Spec;
        Str(e.Id.Value); Str(e.Name); Short(e.Kind); Strs(e.Aliases.Select(x => x.Value));
        Int(e.Date); Opt(e.EndDate); Short(e.TimePrecision); Int(ev.Place); Short(e.GeoPrecision ?? 0);
        Int(ev.Participants.Length);
        foreach (var (actor, role) in ev.Participants)
        {
            Int(actor); Short(role);
        }
        Int(ev.ClaimedBy);
        Casualties(ev.Fatalities);
        Casualties(ev.Wounded);
        Int(ev.Materiel.Length);
        foreach (EncodedMateriel m in ev.Materiel)
        {
            Str(m.Item); Opt(m.Count); Short(m.Outcome); Int(m.Actor);
        }
        Str(e.Summary);
        Strs(e.Tags);
        Citations(ev.Citations);
        Str(e.Notes);
    }

    private void Casualties(EncodedCasualties? c)
    {
        if (c is null)
        {
            Short(0);
            return;
        }
        Short(1); Opt(c.Low); Opt(c.Best); Opt(c.High);
        Int(c.Sides.Length);
        foreach (EncodedSide side in c.Sides)
        {
            Int(side.Actor); Opt(side.Low); Opt(side.Best); Opt(side.High);
        }
    }

    private void ExternalIds(ExternalIdsSpec? ids)
    {
        if (ids is null)
        {
            Short(0);
            return;
        }
        Short(1); Str(ids.Wikidata); Str(ids.GeoNames); Str(ids.Acled); Str(ids.Ucdp); Str(ids.Osm); Str(ids.Icao);
    }

    private void Citations(EncodedCitation[] citations)
    {
        Int(citations.Length);
        foreach (EncodedCitation c in citations)
        {
            Int(c.Source); Str(c.Quote); Opt(c.Paragraph);
        }
    }

    private void Part(string label)
    {
        _parts.Add((label, _out.Length));
    }

    private int Reserve(int ints)
    {
        int start = _out.Length;
        _out.Append('\0', 2 * ints);
        return start;
    }

    private void Patch(int position, int value)
    {
        _out[position] = (char)(value & 0xFFFF);
        _out[position + 1] = (char)((value >> 16) & 0xFFFF);
    }

    private void Int(int value) => _out.Append((char)(value & 0xFFFF)).Append((char)((value >> 16) & 0xFFFF));

    private void Opt(int? value) => Int(value ?? DataFormat.None);

    private void Short(int value) => _out.Append((char)value);

    private void Double(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        Int((int)bits);
        Int((int)(bits >> 32));
    }

    private void Str(string? value)
    {
        if (value is null)
        {
            Int(DataFormat.None);
            return;
        }
        Int(value.Length);
        _out.Append(value);
    }

    private void Strs(IEnumerable<string> values)
    {
        var list = values as IReadOnlyCollection<string> ?? values.ToList();
        Int(list.Count);
        foreach (string value in list)
        {
            Str(value);
        }
    }
}

/// <summary>A growable char array: appends, and patches of earlier positions, in constant time (a StringBuilder's indexer walks its chunks).</summary>
internal sealed class CharBuffer
{
    private char[] _chars = new char[4096];

    public int Length { get; private set; }

    public char this[int index]
    {
        get => _chars[index];
        set => _chars[index] = value;
    }

    public CharBuffer Append(char c)
    {
        Ensure(1);
        _chars[Length++] = c;
        return this;
    }

    public CharBuffer Append(char c, int count)
    {
        Ensure(count);
        for (int i = 0; i < count; i++)
        {
            _chars[Length++] = c;
        }
        return this;
    }

    public CharBuffer Append(string text)
    {
        Ensure(text.Length);
        text.CopyTo(0, _chars, Length, text.Length);
        Length += text.Length;
        return this;
    }

    public string ToString(int start, int length) => new(_chars, start, length);

    private void Ensure(int extra)
    {
        if (Length + extra > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + extra));
        }
    }
}
