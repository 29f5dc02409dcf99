// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac;

public sealed partial class Citation
{
    internal Citation(Source source, string quote, int? paragraph)
    {
        Source = source;
        Quote = quote;
        Paragraph = paragraph;
    }

    /// <summary>The cited source.</summary>
    public Source Source { get; }

    /// <summary>The exact words of the source, white space and quotation marks aside.</summary>
    public string Quote { get; }

    /// <summary>The 1-based paragraph of the source's document where the quote starts; none when the source has no document. <see langword="null"/> when not given.</summary>
    public int? Paragraph { get; }
}
