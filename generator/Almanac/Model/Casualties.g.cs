// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac;

/// <summary>A casualty figure as the sources give it: a range, a best estimate and the split by side.</summary>
/// <param name="Low">The lowest figure given. <see langword="null"/> when not given.</param>
/// <param name="Best">The best estimate. <see langword="null"/> when not given.</param>
/// <param name="High">The highest figure given. <see langword="null"/> when not given.</param>
/// <param name="Sides">Figures for each side, where the sources split them.</param>
public sealed partial record Casualties(int? Low, int? Best, int? High, IReadOnlyList<SideCasualties> Sides);
