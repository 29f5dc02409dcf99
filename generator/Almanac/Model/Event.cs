using System;
using System.Collections.Generic;
using Almanac.Storage;

namespace Almanac;

/// <summary>Something that happened or was said on a day or in a span of days, with who took part and who says so.</summary>
public sealed class Event : Entity
{
    private readonly int _place;
    private readonly int _claimedBy;
    private readonly GeoPrecision? _geoPrecision;

    internal Event(DatasetStore store, int index, string id, string name, IReadOnlyList<string> aliases, IReadOnlyList<Citation> citations, string? notes,
        EventKind kind, DateOnly date, DateOnly? endDate, TimePrecision timePrecision, int place, GeoPrecision? geoPrecision, IReadOnlyList<Participant> participants, int claimedBy,
        Casualties? fatalities, Casualties? wounded, IReadOnlyList<Materiel> materiel, string? summary, IReadOnlyList<string> tags)
        : base(store, index, id, name, aliases, citations, notes)
    {
        Kind = kind;
        Date = date;
        EndDate = endDate;
        TimePrecision = timePrecision;
        _place = place;
        _geoPrecision = geoPrecision;
        Participants = participants;
        _claimedBy = claimedBy;
        Fatalities = fatalities;
        Wounded = wounded;
        Materiel = materiel;
        Summary = summary;
        Tags = tags;
        var actors = new List<Actor>(participants.Count);
        foreach (Participant p in participants)
        {
            if (!actors.Contains(p.Actor))
            {
                actors.Add(p.Actor);
            }
        }
        Actors = actors.AsReadOnly();
    }

    /// <summary>What kind of event it is; <see cref="EventKinds.Standards"/> gives its ACLED, UCDP and CAMEO codes.</summary>
    public EventKind Kind { get; }

    /// <summary>The day of the event, or the first day of its span.</summary>
    public DateOnly Date { get; }

    /// <summary>The last day of the span, or <see langword="null"/> for a single day.</summary>
    public DateOnly? EndDate { get; }

    /// <summary>How exactly the date is known.</summary>
    public TimePrecision TimePrecision { get; }

    /// <summary>Where it happened, or <see langword="null"/> when no place is recorded.</summary>
    public Place? Place => _place < 0 ? null : Store.Places[_place];

    /// <summary>
    /// How exactly the event's location is known: the event's own precision where the sources place it only near the
    /// place or in its area (<c>geo-precision</c> on the event), otherwise the precision of <see cref="Place"/>'s location;
    /// <see langword="null"/> when neither is known.
    /// </summary>
    public GeoPrecision? GeoPrecision => _geoPrecision ?? Place?.GeoPrecision;

    /// <summary>The actors taking part, each with its role.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>The distinct actors of <see cref="Participants"/>, in order of first appearance.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>The actor who asserts the event when it is one side's claim, or <see langword="null"/> when it is the reporter's own account.</summary>
    public Actor? ClaimedBy => _claimedBy < 0 ? null : Store.Actors[_claimedBy];

    /// <summary>People killed, or <see langword="null"/> when the sources give no figure.</summary>
    public Casualties? Fatalities { get; }

    /// <summary>People wounded, or <see langword="null"/> when the sources give no figure.</summary>
    public Casualties? Wounded { get; }

    /// <summary>Weapons and equipment named in the event, with what happened to them.</summary>
    public IReadOnlyList<Materiel> Materiel { get; }

    /// <summary>The curator's summary, or <see langword="null"/>.</summary>
    public string? Summary { get; }

    /// <summary>Kebab-case tags.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The last day of the event: <see cref="EndDate"/> or, for a single day, <see cref="Date"/>.</summary>
    public DateOnly LastDate => EndDate ?? Date;
}

/// <summary>An actor taking part in an event, and its role.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Role">What the actor did in the event.</param>
public sealed record Participant(Actor Actor, ParticipantRole Role);

/// <summary>A casualty figure (killed or wounded) as the sources give it: a range, a best estimate and the split by side where known.</summary>
/// <param name="Low">The lowest figure given, or <see langword="null"/>.</param>
/// <param name="Best">The best estimate, or <see langword="null"/>.</param>
/// <param name="High">The highest figure given, or <see langword="null"/>.</param>
/// <param name="Sides">Figures for each side, where the sources split them.</param>
public sealed record Casualties(int? Low, int? Best, int? High, IReadOnlyList<SideCasualties> Sides);

/// <summary>The casualties of one side in an event.</summary>
/// <param name="Actor">The side.</param>
/// <param name="Low">The lowest figure given, or <see langword="null"/>.</param>
/// <param name="Best">The best estimate, or <see langword="null"/>.</param>
/// <param name="High">The highest figure given, or <see langword="null"/>.</param>
public sealed record SideCasualties(Actor Actor, int? Low, int? Best, int? High);

/// <summary>Weapons or equipment named in an event.</summary>
/// <param name="Item">What it is, e.g. <c>Pantsir-S1 air-defence system</c>.</param>
/// <param name="Count">How many, or <see langword="null"/> when not given.</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="Owner">Whose it was before the event, or <see langword="null"/>.</param>
public sealed record Materiel(string Item, int? Count, MaterielOutcome Outcome, Actor? Owner);
