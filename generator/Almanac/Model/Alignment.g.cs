// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;
using Almanac.Storage;

namespace Almanac;

public sealed partial class Alignment
{
    private readonly DatasetStore _store;
    private readonly int _actor;

    internal Alignment(DatasetStore store, int actor, DateOnly? from, DateOnly? until, string? notes)
    {
        _store = store;
        _actor = actor;
        From = from;
        Until = until;
        Notes = notes;
    }

    /// <summary>The actor aligned with.</summary>
    public Actor Actor => _store.Actors.At(_actor);

    /// <summary>First day of the alignment. <see langword="null"/> when not given.</summary>
    public DateOnly? From { get; }

    /// <summary>Last day of the alignment. <see langword="null"/> when not given.</summary>
    public DateOnly? Until { get; }

    /// <summary>Curator's notes. <see langword="null"/> when not given.</summary>
    public string? Notes { get; }
}
