using Almanac.Export;

namespace Almanac.Libya.Tests;

/// <summary>
/// The whole dataset as curators review it: its canonical rendering is compared with the approved snapshot
/// (<c>Snapshots/</c>), so that every data change shows as a diff.
/// </summary>
public class CanonicalTextTests
{
    [Fact]
    public void Libya_dataset_renders_as_approved() =>
        Snapshot.Verify(CanonicalText.Render(LibyaDataset.Dataset), "txt");
}
