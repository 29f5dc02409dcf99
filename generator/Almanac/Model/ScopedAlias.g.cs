// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac;

/// <summary>A name that holds only within one source.</summary>
/// <param name="Name">The name, as the source spells it.</param>
/// <param name="Source">The source within which the name holds.</param>
public sealed partial record ScopedAlias(string Name, Source Source);
