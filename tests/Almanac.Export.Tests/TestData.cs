using Almanac.Export;

namespace Almanac.Export.Tests;

/// <summary>A temporary folder with every export written once per test class.</summary>
public sealed class ExportFolder : IAsyncLifetime
{
    public string Directory { get; } = TempDirectory.Create("exports");

    public string PathOf(string relative) => Path.Combine(Directory, relative.Replace('/', Path.DirectorySeparatorChar));

    public async Task InitializeAsync() =>
        await DatasetExport.WriteAsync(LibyaDataset.Dataset, Directory, DatasetExport.AllFormats);

    public Task DisposeAsync()
    {
        TempDirectory.Delete(Directory);
        return Task.CompletedTask;
    }
}
