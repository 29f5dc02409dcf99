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
}
