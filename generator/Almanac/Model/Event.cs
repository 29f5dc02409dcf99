using System;
using System.Collections.Generic;

namespace Almanac;

/// <summary>Something that happened or was said on a day or in a span of days, with who took part and who says so.</summary>
/// <remarks>Its data (constructor and properties) is derived from the schema, in Event.g.cs.</remarks>
public sealed partial class Event : Entity
{
    private IReadOnlyList<Actor>? _actors;

    /// <summary>
    /// How exactly the event's location is known: the event's own precision where the sources place it only near the
    /// place or in its area (<c>geo-precision</c> on the event), otherwise the precision of <see cref="Place"/>'s location;
    /// <see langword="null"/> when neither is known.
    /// </summary>
    public GeoPrecision? GeoPrecision => _geoPrecision ?? Place?.GeoPrecision;

    /// <summary>The distinct actors of <see cref="Participants"/>, in order of first appearance.</summary>
    public IReadOnlyList<Actor> Actors => _actors ??= DistinctActors();

    /// <summary>The last day of the event: <see cref="EndDate"/> or, for a single day, <see cref="Date"/>.</summary>
    public DateOnly LastDate => EndDate ?? Date;

    private IReadOnlyList<Actor> DistinctActors()
    {
        IReadOnlyList<Participant> participants = Participants;
        var actors = new Actor[participants.Count];
        int count = 0;
        for (int i = 0; i < participants.Count; i++)
        {
            Actor actor = participants[i].Actor;
            if (Array.IndexOf(actors, actor, 0, count) < 0)
            {
                actors[count++] = actor;
            }
        }
        if (count < actors.Length)
        {
            Array.Resize(ref actors, count);
        }
        return actors;
    }

    /// <summary>The tombstone of a removed event id: its id and name (headline), no other data; its date is <see cref="DateOnly.MinValue"/>.</summary>
    internal static Event Tombstone(Storage.DatasetStore store, Retirement retirement)
    {
        var tombstone = new Event(store, Storage.DataFormat.None, retirement.Id, default, DateOnly.MinValue, null, default, EventClarity.Clear,
            Storage.DataFormat.None, null, Array.Empty<Participant>(), Storage.DataFormat.None, null);
        tombstone._details = new EventDetails(retirement.Name, null, null, Array.Empty<Materiel>(), Array.Empty<ReportedCount>(), null, Array.Empty<string>(),
            Array.Empty<Citation>(),
            Array.Empty<string>(), Array.Empty<string>(), null);
        return tombstone.AsTombstone<Event>(retirement);
    }
}
