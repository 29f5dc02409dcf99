// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using Almanac.Storage;

namespace Almanac;

public sealed partial class Event
{
    private readonly int _place;
    private readonly GeoPrecision? _geoPrecision;
    private readonly int _claimedBy;
    private EventDetails? _details;

    internal Event(
        DatasetStore store,
        int index,
        string? id,
        EventKind kind,
        DateOnly date,
        DateOnly? endDate,
        TimePrecision timePrecision,
        EventClarity clarity,
        int place,
        GeoPrecision? geoPrecision,
        IReadOnlyList<Participant> participants,
        int claimedBy,
        string? group)
        : base(store, index, id)
    {
        Kind = kind;
        Date = date;
        EndDate = endDate;
        TimePrecision = timePrecision;
        Clarity = clarity;
        _place = place;
        _geoPrecision = geoPrecision;
        Participants = participants;
        _claimedBy = claimedBy;
        Group = group;
    }

    /// <summary>A short headline.</summary>
    public override string Name => Details.Name;

    /// <summary>Other names of the event.</summary>
    public override IReadOnlyList<string> Aliases => Details.Aliases;

    /// <summary>At least one citation.</summary>
    public override IReadOnlyList<Citation> Citations => Details.Citations;

    /// <summary>Curator's notes (uncertainty, disagreements between sources). <see langword="null"/> when not given.</summary>
    public override string? Notes => Details.Notes;

    /// <summary>The keys of the values that are the curator's assumption or that no citation supports (such as an assumed <c>date</c>).</summary>
    public override IReadOnlyList<string> Uncertain => Details.Uncertain;

    /// <summary>What kind of event it is.</summary>
    public EventKind Kind { get; }

    /// <summary>The (first) day.</summary>
    public DateOnly Date { get; }

    /// <summary>The last day of a range. <see langword="null"/> when not given.</summary>
    public DateOnly? EndDate { get; }

    /// <summary>How exactly the date is known.</summary>
    public TimePrecision TimePrecision { get; }

    /// <summary>Whether the event is one event (<c>clear</c>, the default) or a report that sums up several or a pattern over time (<c>aggregate</c>), as UCDP's <c>event_clarity</c> (1, 2). <see cref="EventClarity.Clear"/> when not given.</summary>
    public EventClarity Clarity { get; }

    /// <summary>Where it happened. <see langword="null"/> when not given.</summary>
    public Place? Place => _place < 0 ? null : Store.Places.At(_place);

    /// <summary>The actors taking part, each with its role; <c>Events.Involving(x)</c> finds an event through its participants (and their part-of chains) only.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>The actor who asserts the event, when it is one side's claim rather than the reporter's own account. <see langword="null"/> when not given.</summary>
    public Actor? ClaimedBy => _claimedBy < 0 ? null : Store.Actors.At(_claimedBy);

    /// <summary>A kebab-case id shared by the events that are parts of one report (one statement or interview split into several events), so that they can be regrouped and counted once (<c>Events.All.InGroup(group)</c>). <see langword="null"/> when not given.</summary>
    public string? Group { get; }

    /// <summary>People killed. <see langword="null"/> when not given.</summary>
    public Casualties? Fatalities => Details.Fatalities;

    /// <summary>People wounded. <see langword="null"/> when not given.</summary>
    public Casualties? Wounded => Details.Wounded;

    /// <summary>Weapons and equipment named in the event.</summary>
    public IReadOnlyList<Materiel> Materiel => Details.Materiel;

    /// <summary>Figures the sources give that are neither the event's casualties nor its materiel (bodies found, a running tally), so that a filter on numbers finds them.</summary>
    public IReadOnlyList<ReportedCount> Counts => Details.Counts;

    /// <summary>One or two sentences in the curator's words. <see langword="null"/> when not given.</summary>
    public string? Summary => Details.Summary;

    /// <summary>Labels for grouping and filtering.</summary>
    public IReadOnlyList<string> Tags => Details.Tags;

    /// <summary>Reads the id, which data of format 7 stores apart from the record, in the blocks of event ids (older formats in the record).</summary>
    private protected override string ReadId() => Store.IdOf(DataFormat.Section.EventOffsets, Index);

    /// <summary>The fields stored in the detail record, decoded (with the other detail records of its block) the first time one of them is read.</summary>
    private EventDetails Details => Volatile.Read(ref _details) ?? LoadDetails();

    private EventDetails LoadDetails()
    {
        EventDetails details = Store.DetailRecord(DataFormat.Section.EventDetailOffsets, Index, Store.Events.Count, RecordReader.ReadEventDetails);
        return Interlocked.CompareExchange(ref _details, details, null) ?? details;
    }
}

/// <summary>The detail fields of an event (<see cref="Event"/>): stored in a record of their own and decoded together, the first time one of them is read.</summary>
internal sealed class EventDetails
{
    internal EventDetails(
        string name,
        Casualties? fatalities,
        Casualties? wounded,
        IReadOnlyList<Materiel> materiel,
        IReadOnlyList<ReportedCount> counts,
        string? summary,
        IReadOnlyList<string> tags,
        IReadOnlyList<Citation> citations,
        IReadOnlyList<string> aliases,
        IReadOnlyList<string> uncertain,
        string? notes)
    {
        Name = name;
        Fatalities = fatalities;
        Wounded = wounded;
        Materiel = materiel;
        Counts = counts;
        Summary = summary;
        Tags = tags;
        Citations = citations;
        Aliases = aliases;
        Uncertain = uncertain;
        Notes = notes;
    }

    /// <summary>A short headline.</summary>
    internal string Name { get; }

    /// <summary>People killed. <see langword="null"/> when not given.</summary>
    internal Casualties? Fatalities { get; }

    /// <summary>People wounded. <see langword="null"/> when not given.</summary>
    internal Casualties? Wounded { get; }

    /// <summary>Weapons and equipment named in the event.</summary>
    internal IReadOnlyList<Materiel> Materiel { get; }

    /// <summary>Figures the sources give that are neither the event's casualties nor its materiel (bodies found, a running tally), so that a filter on numbers finds them.</summary>
    internal IReadOnlyList<ReportedCount> Counts { get; }

    /// <summary>One or two sentences in the curator's words. <see langword="null"/> when not given.</summary>
    internal string? Summary { get; }

    /// <summary>Labels for grouping and filtering.</summary>
    internal IReadOnlyList<string> Tags { get; }

    /// <summary>At least one citation.</summary>
    internal IReadOnlyList<Citation> Citations { get; }

    /// <summary>Other names of the event.</summary>
    internal IReadOnlyList<string> Aliases { get; }

    /// <summary>The keys of the values that are the curator's assumption or that no citation supports (such as an assumed <c>date</c>).</summary>
    internal IReadOnlyList<string> Uncertain { get; }

    /// <summary>Curator's notes (uncertainty, disagreements between sources). <see langword="null"/> when not given.</summary>
    internal string? Notes { get; }
}
