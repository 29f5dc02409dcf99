namespace Almanac.Export;

/// <summary>
/// The metadata of a dataset that exports carry beside the data: the constants of the generated dataset class
/// (<c>LibyaDataset.Id</c>, <c>Title</c>, <c>Version</c>, <c>License</c>, <c>Citation</c>, …), which the
/// <see cref="Storage.DatasetStore"/> itself does not hold.
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

    /// <summary>The content hash of the compiled data (the generated <c>ContentHash</c>), or <see langword="null"/>.</summary>
    public string? ContentHash { get; init; }
}
