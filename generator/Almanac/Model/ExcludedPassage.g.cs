// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac;

/// <summary>A passage of a source document that holds no fact.</summary>
/// <param name="Quote">The passage.</param>
/// <param name="Paragraph">The 1-based paragraph of the document where the passage starts. <see langword="null"/> when not given.</param>
/// <param name="Reason">Why it holds no fact.</param>
public sealed partial record ExcludedPassage(string Quote, int? Paragraph, string Reason);
