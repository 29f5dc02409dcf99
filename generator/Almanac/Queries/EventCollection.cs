using System;
using System.Collections;
using System.Collections.Generic;
using Almanac.Storage;

namespace Almanac;

/// <summary>The events of a dataset, ordered by date then id, with indexed queries.</summary>
public sealed class EventCollection : EntityCollection<Event>
{
    internal EventCollection(DatasetStore store, int count, RecordDecoder<Event> decode)
        : base(store, count, DataFormat.Section.EventOffsets, DataFormat.Section.EventIds, DataFormat.Section.EventAliases, "event", decode)
    {
    }

    /// <summary>The events in which <paramref name="actor"/> or any actor part of it (through <see cref="Actor.PartOf"/>) takes part, in dataset order.</summary>
    /// <remarks>An actor of a dataset this one extends (see <see cref="Dataset.Extends"/>) gets the events of both: that
    /// dataset's events involving it and this dataset's events involving it or its parts, ordered by date, then id, then
    /// dataset id.</remarks>
    /// <exception cref="ArgumentException"><paramref name="actor"/> belongs to another dataset, which this one does not extend.</exception>
    public EventList Involving(Actor actor)
    {
        return Query(actor, nameof(actor), DataFormat.Section.ActorEvents, DataFormat.Kind.Actor, transitive: true, static (d, a) => d.Events.Involving(a));
    }

    /// <summary>The events at <paramref name="place"/> or any place within it (through <see cref="Place.Within"/>), in dataset order.</summary>
    /// <remarks>A place of a dataset this one extends gets the events of both, as <see cref="Involving"/> does.</remarks>
    /// <exception cref="ArgumentException"><paramref name="place"/> belongs to another dataset, which this one does not extend.</exception>
    public EventList At(Place place)
    {
        return Query(place, nameof(place), DataFormat.Section.PlaceEvents, DataFormat.Kind.Place, transitive: true, static (d, p) => d.Events.At(p));
    }

    /// <summary>
    /// The events at exactly <paramref name="place"/>, those whose <see cref="Event.Place"/> is it, without the events at places
    /// within it (which <see cref="At"/> includes), in dataset order.
    /// </summary>
    /// <remarks>A place of a dataset this one extends gets the events of both, as <see cref="Involving"/> does.</remarks>
    /// <exception cref="ArgumentException"><paramref name="place"/> belongs to another dataset, which this one does not extend.</exception>
    public EventList AtExactly(Place place)
    {
        return Query(place, nameof(place), DataFormat.Section.PlaceDirectEvents, DataFormat.Kind.Place, transitive: false, static (d, p) => d.Events.AtExactly(p));
    }

    /// <summary>
    /// The events a per-entity list section holds for <paramref name="entity"/>: its own list for an entity of this dataset;
    /// for an entity of a dataset this one extends, that dataset's answer (<paramref name="theirs"/>) and this dataset's lists
    /// of the imported entities that are it or (when <paramref name="transitive"/>) part of it, merged. The query of the
    /// other dataset is a static delegate given the entity, so that a query of this dataset's own entity allocates nothing.
    /// </summary>
    private EventList Query<T>(T entity, string parameter, DataFormat.Section section, string kind, bool transitive, Func<Dataset, T, EventList> theirs)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(entity, parameter);
        if (ReferenceEquals(entity.Store, Store))
        {
            return entity.Retirement is null ? Store.EventListAt(section, entity.Index) : default;
        }
        Dataset? extended = null;
        foreach (Dataset d in Store.Imports.Datasets)
        {
            if (ReferenceEquals(d.Events.Store, entity.Store))
            {
                extended = d;
            }
        }
        if (extended is null)
        {
            throw new ArgumentException($"'{entity.Id}' belongs to another dataset.", parameter);
        }
        var events = new List<Event>(theirs(extended, entity));
        int own = kind == DataFormat.Kind.Actor ? Store.Actors.Count : Store.Places.Count;
        foreach (int ordinal in Store.Imports.Within(kind, entity, transitive))
        {
            events.AddRange(Store.EventListAt(section, own + ordinal));
        }
        return new EventList(Merged(events));
    }

    /// <summary>The events of this dataset and of the datasets it extends, without repeats, ordered by date, then id, then dataset id.</summary>
    private static Event[] Merged(List<Event> events)
    {
        var seen = new HashSet<Event>(ReferenceEqualityComparer.Instance);
        events.RemoveAll(e => !seen.Add(e));
        events.Sort(static (a, b) =>
        {
            int order = a.Date.CompareTo(b.Date);
            order = order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
            return order != 0 ? order : string.CompareOrdinal(a.Dataset.Id, b.Dataset.Id);
        });
        return events.ToArray();
    }

    /// <summary>The answer of a query over this dataset's events (<paramref name="own"/>) and, for a dataset that extends
    /// others, the same query's answer of each of them (<paramref name="theirs"/>), merged.</summary>
    private IReadOnlyList<Event> WithExtended(IReadOnlyList<Event> own, Func<EventCollection, IReadOnlyList<Event>> theirs)
    {
        IReadOnlyList<Dataset> extended = Store.Imports.Datasets;
        if (extended.Count == 0)
        {
            return own;
        }
        var events = new List<Event>(own);
        foreach (Dataset d in extended)
        {
            events.AddRange(theirs(d.Events));
        }
        return Array.AsReadOnly(Merged(events));
    }

    /// <summary>
    /// The events that are parts of the report <paramref name="group"/> names (those whose <see cref="Event.Group"/> it is:
    /// one statement or interview split into several events), in dataset order; empty when no event has that group.
    /// </summary>
    /// <remarks>Reads the group of every event (not its details): count a group's parts once by keeping one of them.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Event> InGroup(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var parts = new List<Event>();
        foreach (Event e in this)
        {
            if (string.Equals(e.Group, group, StringComparison.Ordinal))
            {
                parts.Add(e);
            }
        }
        return parts;
    }

    /// <summary>The events whose days overlap <paramref name="from"/>…<paramref name="to"/> (both inclusive), in dataset order.</summary>
    /// <remarks>Only the events returned are decoded: the start and last days of the others are read from the indexes. A
    /// dataset that extends others (see <see cref="Dataset.Extends"/>) answers with their events too, ordered by date, then
    /// id, then dataset id.</remarks>
    public IReadOnlyList<Event> Between(DateOnly from, DateOnly to) => WithExtended(OwnBetween(from, to), events => events.Between(from, to));

    /// <summary>The dataset's own events whose days overlap <paramref name="from"/>…<paramref name="to"/>.</summary>
    private IReadOnlyList<Event> OwnBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return Array.Empty<Event>();
        }
        // Events are in order of their start days: those from `inside` to `end` start in the window. Of the events that start
        // earlier, a short one can still run on `from` only if it starts at most the longest short span before it, from
        // `first` on; the long ones that start before `first` are listed apart.
        string starts = Store.Section(DataFormat.Section.EventStartDays);
        int end = LowerBound(starts, 2, 0, 0, Count, to.DayNumber + 1);
        int inside = LowerBound(starts, 2, 0, 0, end, from.DayNumber);
        int first = LowerBound(starts, 2, 0, 0, inside, from.DayNumber - Store.ShortEventSpanDays);
        var result = new List<Event>(end - inside);
        if (first > 0)
        {
            AddLongEventsRunning(result, from.DayNumber, first);
        }
        if (first < inside)
        {
            string lasts = Store.Section(DataFormat.Section.EventLastDays);
            for (int i = first; i < inside; i++)
            {
                if (DatasetStore.Int32At(lasts, 2 * i) >= from.DayNumber)
                {
                    result.Add(this[i]);
                }
            }
        }
        for (int i = inside; i < end; i++)
        {
            result.Add(this[i]);
        }
        return result.AsReadOnly();
    }

    /// <summary>
    /// Adds to <paramref name="result"/>, in event order, the long events before event <paramref name="first"/> whose last day
    /// is <paramref name="from"/> or later. The entries of the section (index, last day, latest last day so far: six code
    /// units) before the first whose latest last day reaches <paramref name="from"/> all ended earlier and are skipped.
    /// </summary>
    private void AddLongEventsRunning(List<Event> result, int from, int first)
    {
        string entries = Store.Section(DataFormat.Section.LongEvents);
        int count = entries.Length / DataFormat.LongEventEntryLength;
        for (int j = LowerBound(entries, DataFormat.LongEventEntryLength, 4, 0, count, from); j < count; j++)
        {
            int index = DatasetStore.Int32At(entries, DataFormat.LongEventEntryLength * j);
            if (index >= first)
            {
                break;
            }
            if (DatasetStore.Int32At(entries, DataFormat.LongEventEntryLength * j + 2) >= from)
            {
                result.Add(this[index]);
            }
        }
    }

    /// <summary>The events at places whose location lies within <paramref name="radiusKm"/> kilometres (great-circle) of <paramref name="center"/>, in dataset order.</summary>
    /// <remarks>A dataset that extends others answers with their events too, as <see cref="Between"/> does; its own events
    /// at their places are found through those places' own event lists.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="radiusKm"/> is negative or not a number.</exception>
    public IReadOnlyList<Event> Near(GeoPoint center, double radiusKm)
    {
        if (!(radiusKm >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(radiusKm), radiusKm, "The radius must be zero or more kilometres.");
        }
        return WithExtended(OwnNear(center, radiusKm), events => events.Near(center, radiusKm));
    }

    /// <summary>The dataset's own events at places within <paramref name="radiusKm"/> of <paramref name="center"/>: at its
    /// own places, and at the imported places it names.</summary>
    private IReadOnlyList<Event> OwnNear(GeoPoint center, double radiusKm)
    {
        var indexes = new List<int>();
        EntityCollection<Place> places = Store.Places;
        int count = places.Count + Store.Imports.Count(DataFormat.Kind.Place);
        for (int p = 0; p < count; p++)
        {
            if (places.At(p).Location is GeoPoint location && location.DistanceKm(center) <= radiusKm)
            {
                EventList direct = Store.EventListAt(DataFormat.Section.PlaceDirectEvents, p);
                for (int i = 0; i < direct.Count; i++)
                {
                    indexes.Add(direct.IndexAt(i));
                }
            }
        }
        indexes.Sort();
        var result = new Event[indexes.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = this[indexes[i]];
        }
        return result;
    }

    /// <summary>
    /// The first of the entries <paramref name="low"/> to <paramref name="high"/> − 1 of <paramref name="table"/> (entries of
    /// <paramref name="stride"/> code units, numbered from 0) whose <c>int32</c> at <paramref name="offset"/> in the entry is not
    /// below <paramref name="value"/>, or <paramref name="high"/> when there is none; those numbers never decrease.
    /// </summary>
    private static int LowerBound(string table, int stride, int offset, int low, int high, int value)
    {
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (DatasetStore.Int32At(table, stride * mid + offset) < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }
}

/// <summary>A list of events read in place from a precomputed index; events are decoded as they are reached.</summary>
public readonly struct EventList : IReadOnlyList<Event>
{
    private readonly EventCollection _events;
    private readonly string _data;
    private readonly int _start;
    private readonly Event[]? _merged;

    internal EventList(EventCollection events, string data, int start, int count)
    {
        _events = events;
        _data = data;
        _start = start;
        Count = count;
    }

    /// <summary>A list of the events of several datasets (a dataset and one it extends), already decoded and ordered.</summary>
    internal EventList(Event[] merged)
    {
        _events = null!;
        _data = "";
        _merged = merged;
        Count = merged.Length;
    }

    /// <summary>The number of events.</summary>
    public int Count { get; }

    /// <summary>The event at <paramref name="index"/>.</summary>
    public Event this[int index] => _merged is not null ? _merged[index] : _events[IndexAt(index)];

    internal int IndexAt(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        return Storage.DataReader.Int32At(_data, _start + 2 * index);
    }

    /// <summary>Returns an enumerator over the events.</summary>
    public IEnumerator<Event> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
