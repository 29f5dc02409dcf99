// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;
using Almanac.Storage;

namespace Almanac;

public sealed partial class Event
{
    private readonly int _place;
    private readonly GeoPrecision? _geoPrecision;
    private readonly int _claimedBy;

    internal Event(
        DatasetStore store,
        int index,
        string id,
        string name,
        IReadOnlyList<string> aliases,
        IReadOnlyList<Citation> citations,
        string? notes,
        EventKind kind,
        DateOnly date,
        DateOnly? endDate,
        TimePrecision timePrecision,
        int place,
        GeoPrecision? geoPrecision,
        IReadOnlyList<Participant> participants,
        int claimedBy,
        Casualties? fatalities,
        Casualties? wounded,
        IReadOnlyList<Materiel> materiel,
        string? summary,
        IReadOnlyList<string> tags)
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
    }

    /// <summary>What kind of event it is.</summary>
    public EventKind Kind { get; }

    /// <summary>The (first) day.</summary>
    public DateOnly Date { get; }

    /// <summary>The last day of a range. <see langword="null"/> when not given.</summary>
    public DateOnly? EndDate { get; }

    /// <summary>How exactly the date is known.</summary>
    public TimePrecision TimePrecision { get; }

    /// <summary>Where it happened. <see langword="null"/> when not given.</summary>
    public Place? Place => _place < 0 ? null : Store.Places[_place];

    /// <summary>The actors taking part, each with its role; <c>Events.Involving(x)</c> finds an event through its participants (and their part-of chains) only.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>The actor who asserts the event, when it is one side's claim rather than the reporter's own account. <see langword="null"/> when not given.</summary>
    public Actor? ClaimedBy => _claimedBy < 0 ? null : Store.Actors[_claimedBy];

    /// <summary>People killed. <see langword="null"/> when not given.</summary>
    public Casualties? Fatalities { get; }

    /// <summary>People wounded. <see langword="null"/> when not given.</summary>
    public Casualties? Wounded { get; }

    /// <summary>Weapons and equipment named in the event.</summary>
    public IReadOnlyList<Materiel> Materiel { get; }

    /// <summary>One or two sentences in the curator's words. <see langword="null"/> when not given.</summary>
    public string? Summary { get; }

    /// <summary>Labels for grouping and filtering.</summary>
    public IReadOnlyList<string> Tags { get; }
}
