using System;
using System.IO;
using System.Threading.Tasks;
using Almanac.Export;
using Almanac.Libya;

namespace Almanac.Research.Tests;

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

/// <summary>Fresh folders under the system temp folder, removed after the tests.</summary>
public static class TempDirectory
{
    public static string Create(string purpose)
    {
        string path = Path.Combine(Path.GetTempPath(), "almanac-research-tests", $"{purpose}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        if (Environment.GetEnvironmentVariable("ALMANAC_KEEP_TEST_OUTPUT") is "1" or "true")
        {
            return;
        }
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is cleaned by the system.
        }
    }

    /// <summary>The folder holding Dataset.sln, searched upwards from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dataset.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Dataset.sln not found above " + AppContext.BaseDirectory);
    }
}
