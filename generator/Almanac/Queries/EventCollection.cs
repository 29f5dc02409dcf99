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
    /// <exception cref="ArgumentException"><paramref name="actor"/> belongs to another dataset.</exception>
    public EventList Involving(Actor actor)
    {
        CheckOwner(actor, nameof(actor));
        return Store.EventListAt(DataFormat.Section.ActorEvents, actor.Index);
    }

    /// <summary>The events at <paramref name="place"/> or any place within it (through <see cref="Place.Within"/>), in dataset order.</summary>
    /// <exception cref="ArgumentException"><paramref name="place"/> belongs to another dataset.</exception>
    public EventList At(Place place)
    {
        CheckOwner(place, nameof(place));
        return Store.EventListAt(DataFormat.Section.PlaceEvents, place.Index);
    }

    /// <summary>
    /// The events at exactly <paramref name="place"/>, those whose <see cref="Event.Place"/> is it, without the events at places
    /// within it (which <see cref="At"/> includes), in dataset order.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="place"/> belongs to another dataset.</exception>
    public EventList AtExactly(Place place)
    {
        CheckOwner(place, nameof(place));
        return Store.EventListAt(DataFormat.Section.PlaceDirectEvents, place.Index);
    }

    /// <summary>The events whose days overlap <paramref name="from"/>…<paramref name="to"/> (both inclusive), in dataset order.</summary>
    public IReadOnlyList<Event> Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return Array.Empty<Event>();
        }
        string starts = Store.Section(DataFormat.Section.EventStartDays);
        int first = LowerBound(starts, from.DayNumber - Store.MaxEventSpanDays);
        int end = LowerBound(starts, to.DayNumber + 1);
        var result = new List<Event>();
        for (int i = first; i < end; i++)
        {
            if (DatasetStore.Int32At(starts, 2 * i) >= from.DayNumber)
            {
                result.Add(this[i]);
                continue;
            }
            Event candidate = this[i];
            if (candidate.LastDate >= from)
            {
                result.Add(candidate);
            }
        }
        return result.AsReadOnly();
    }

    /// <summary>The events at places whose location lies within <paramref name="radiusKm"/> kilometres (great-circle) of <paramref name="center"/>, in dataset order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="radiusKm"/> is negative or not a number.</exception>
    public IReadOnlyList<Event> Near(GeoPoint center, double radiusKm)
    {
        if (!(radiusKm >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(radiusKm), radiusKm, "The radius must be zero or more kilometres.");
        }
        var indexes = new List<int>();
        EntityCollection<Place> places = Store.Places;
        for (int p = 0; p < places.Count; p++)
        {
            if (places[p].Location is GeoPoint location && location.DistanceKm(center) <= radiusKm)
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

    private int LowerBound(string starts, int day)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (DatasetStore.Int32At(starts, 2 * mid) < day)
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

    private void CheckOwner(Entity entity, string parameter)
    {
        ArgumentNullException.ThrowIfNull(entity, parameter);
        if (!ReferenceEquals(entity.Store, Store))
        {
            throw new ArgumentException($"'{entity.Id}' belongs to another dataset.", parameter);
        }
    }
}

/// <summary>A list of events read in place from a precomputed index; events are decoded as they are reached.</summary>
public readonly struct EventList : IReadOnlyList<Event>
{
    private readonly EventCollection _events;
    private readonly string _data;
    private readonly int _start;

    internal EventList(EventCollection events, string data, int start, int count)
    {
        _events = events;
        _data = data;
        _start = start;
        Count = count;
    }

    /// <summary>The number of events.</summary>
    public int Count { get; }

    /// <summary>The event at <paramref name="index"/>.</summary>
    public Event this[int index] => _events[IndexAt(index)];

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
