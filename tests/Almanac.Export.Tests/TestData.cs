using Almanac.Export;

namespace Almanac.Export.Tests;

/// <summary>A temporary folder with every export written once per test class.</summary>
public sealed class ExportFolder : IAsyncLifetime
{
    public string Directory { get; } = TempDirectory.Create("exports");

    public string PathOf(string relative) => Path.Combine(Directory, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The changes of the dataset since its first kept release (none while it is that release), as exported.</summary>
    public static DatasetDiff Changes { get; } = ChangesSinceFirstRelease();

    /// <summary>The tables the folder holds: every table of the dataset and the changes table.</summary>
    public static IReadOnlyList<ExportTable> Tables() => DatasetTables.Build(LibyaDataset.Dataset, Changes);

    public async Task InitializeAsync() =>
        await DatasetExport.WriteAsync(LibyaDataset.Dataset, Directory, DatasetExport.AllFormats, Changes);

    private static DatasetDiff ChangesSinceFirstRelease()
    {
        string release = Path.Combine(TempDirectory.RepositoryRoot(), "dataset", "releases", "0.1.0", DatasetChangelog.ReleaseFile);
        using var older = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(release));
        using System.Text.Json.JsonDocument newer = DatasetDiff.ToJson(LibyaDataset.Dataset);
        return DatasetDiff.Compare(older.RootElement, newer.RootElement);
    }

    public Task DisposeAsync()
    {
        TempDirectory.Delete(Directory);
        return Task.CompletedTask;
    }
}
