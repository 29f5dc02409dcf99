// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac;

/// <summary>A figure a source gives that is neither an event's casualties nor its materiel: what is counted, the range, and whether it is a running total that includes figures of other events.</summary>
/// <param name="What">What is counted, e.g. <c>bodies found in a grave</c> (<c>ReportedCount.What</c>).</param>
/// <param name="Low">The lowest figure given. <see langword="null"/> when not given.</param>
/// <param name="Best">The best estimate. <see langword="null"/> when not given.</param>
/// <param name="High">The highest figure given. <see langword="null"/> when not given.</param>
/// <param name="Scope">What the figure covers: this event alone (<c>event</c>, the default) or a running total that includes figures recorded on other events (<c>cumulative</c>), which must never be added to them. <see cref="CountScope.Event"/> when not given.</param>
public sealed partial record ReportedCount(string What, int? Low, int? Best, int? High, CountScope Scope);
