// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;
using Almanac.Storage;

namespace Almanac;

public sealed partial class Source
{

    internal Source(
        DatasetStore store,
        int index,
        string id,
        string name,
        SourceKind kind,
        IReadOnlyList<string> aliases,
        string? publisher,
        DateOnly? published,
        string? language,
        Uri? url,
        DateOnly? accessed,
        Uri? archiveUrl,
        string? document,
        IReadOnlyList<ExcludedPassage> excluded,
        IReadOnlyList<string> uncertain,
        string? notes)
        : base(store, index, id)
    {
        Name = name;
        Kind = kind;
        Aliases = aliases;
        Publisher = publisher;
        Published = published;
        Language = language;
        Url = url;
        Accessed = accessed;
        ArchiveUrl = archiveUrl;
        Document = document;
        Excluded = excluded;
        Uncertain = uncertain;
        Notes = notes;
    }

    /// <summary>Title of the article, report or gazetteer (<c>Source.Name</c>).</summary>
    public override string Name { get; }

    /// <summary>Other names of the source.</summary>
    public override IReadOnlyList<string> Aliases { get; }

    /// <summary>Always empty: a source has no citations.</summary>
    public override IReadOnlyList<Citation> Citations => Array.Empty<Citation>();

    /// <summary>Curator's notes. <see langword="null"/> when not given.</summary>
    public override string? Notes { get; }

    /// <summary>The keys of the values that are the curator's assumption (such as an assumed <c>published</c> date).</summary>
    public override IReadOnlyList<string> Uncertain { get; }

    /// <summary>What kind of source it is.</summary>
    public SourceKind Kind { get; }

    /// <summary>Who published it (free text). <see langword="null"/> when not given.</summary>
    public string? Publisher { get; }

    /// <summary>Publication date. <see langword="null"/> when not given.</summary>
    public DateOnly? Published { get; }

    /// <summary>The language of the text. <see langword="null"/> when not given.</summary>
    public string? Language { get; }

    /// <summary>Where it was published. <see langword="null"/> when not given.</summary>
    public Uri? Url { get; }

    /// <summary>The day the curator read the source at <c>url</c>. <see langword="null"/> when not given.</summary>
    public DateOnly? Accessed { get; }

    /// <summary>An archived copy of the page at <c>url</c> (such as a Wayback Machine address), for when the page changes or disappears. <see langword="null"/> when not given.</summary>
    public Uri? ArchiveUrl { get; }

    /// <summary>Path of the local text of the source, e.g. <c>seeds/000_b3dc0abcc49582ad.txt</c>, matched by path suffix (whole path segments) against the source documents given to the compiler; quotes citing this source are checked against it (the documents are the MSBuild items <c>AdditionalFiles</c> with <c>AlmanacKind="document"</c>, by default every file in the project's <c>seeds/</c> folder). <see langword="null"/> when not given.</summary>
    public string? Document { get; }

    /// <summary>Passages of the document that hold no fact (page furniture, captions), checked like citations and stored with their paragraph (<c>Source.Excluded</c>).</summary>
    public IReadOnlyList<ExcludedPassage> Excluded { get; }
}
