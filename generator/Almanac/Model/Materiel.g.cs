// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac;

/// <summary>Weapons or equipment named in an event.</summary>
/// <param name="Item">What it is, e.g. <c>Pantsir-S1 air-defence system</c>.</param>
/// <param name="Count">How many. <see langword="null"/> when not given.</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="Owner">Whose it was before the event. <see langword="null"/> when not given.</param>
public sealed partial record Materiel(string Item, int? Count, MaterielOutcome Outcome, Actor? Owner);
