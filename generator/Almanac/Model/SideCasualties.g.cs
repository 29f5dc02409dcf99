// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac;

/// <summary>The casualties of one side in an event.</summary>
/// <param name="Actor">The side.</param>
/// <param name="Low">The lowest figure given. <see langword="null"/> when not given.</param>
/// <param name="Best">The best estimate. <see langword="null"/> when not given.</param>
/// <param name="High">The highest figure given. <see langword="null"/> when not given.</param>
public sealed partial record SideCasualties(Actor Actor, int? Low, int? Best, int? High);
