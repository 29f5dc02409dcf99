using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Almanac;

/// <summary>
/// The metadata of a dataset: the constants of its generated dataset class (<c>LibyaDataset.Id</c>, <c>Title</c>,
/// <c>Version</c>, <c>License</c>, <c>Citation</c>, …), as <see cref="Dataset.Info"/> carries them and exports write them
/// beside the data.
/// </summary>
/// <param name="Id">The dataset id, e.g. <c>libya</c>.</param>
/// <param name="Title">The human-readable title.</param>
/// <param name="Version">The version of the data.</param>
/// <param name="License">The SPDX licence id or licence text.</param>
/// <param name="Citation">How to cite the dataset.</param>
public sealed record DatasetInfo(string Id, string Title, string Version, string License, string Citation)
{
    /// <summary>The longer description, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>The dataset's home page, or <see langword="null"/>.</summary>
    public string? Url { get; init; }

    /// <summary>The content hash of the compiled data (the generated <c>ContentHash</c>), or <see langword="null"/>.</summary>
    public string? ContentHash { get; init; }

    /// <summary>The authors to cite, in order (YAML <c>authors</c>): a person as <c>Family, Given</c>, an organisation by its
    /// name (<c>Almanac contributors</c>); empty when the dataset names none.</summary>
    public IReadOnlyList<string> Authors { get; init; } = Array.Empty<string>();

    /// <summary>The date this version of the data was released (YAML <c>released</c>), or <see langword="null"/>.</summary>
    public DateOnly? Released { get; init; }

    /// <summary>Keywords for catalogues and citation files (YAML <c>keywords</c>); empty when the dataset names none.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = Array.Empty<string>();

    /// <summary>The citation of exactly this version of the dataset in <paramref name="format"/>, with its version and
    /// content hash; see <see cref="DatasetCitation.Render"/>.</summary>
    public string Cite(CitationFormat format) => DatasetCitation.Render(this, format);

    /// <summary>Whether <paramref name="other"/> holds the same metadata: the lists are compared item by item.</summary>
    public bool Equals(DatasetInfo? other) =>
        other is not null
        && Id == other.Id && Title == other.Title && Version == other.Version && License == other.License && Citation == other.Citation
        && Description == other.Description && Url == other.Url && ContentHash == other.ContentHash && Released == other.Released
        && Authors.SequenceEqual(other.Authors) && Keywords.SequenceEqual(other.Keywords);

    /// <summary>Prints the members as a record does, the lists item by item (<c>Authors = [Almanac contributors]</c>).</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Title = ").Append(Title).Append(", Version = ").Append(Version)
            .Append(", License = ").Append(License).Append(", Citation = ").Append(Citation)
            .Append(", Description = ").Append(Description).Append(", Url = ").Append(Url).Append(", ContentHash = ").Append(ContentHash)
            .Append(", Authors = [").AppendJoin(", ", Authors).Append("], Released = ")
            .Append(Released?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append(", Keywords = [").AppendJoin(", ", Keywords).Append(']');
        return true;
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Version);
        hash.Add(ContentHash);
        hash.Add(Authors.Count);
        hash.Add(Keywords.Count);
        return hash.ToHashCode();
    }
}
