namespace Almanac.Testing;

/// <summary>Fresh folders under the system temp folder, removed after the tests.</summary>
public static class TempDirectory
{
    public static string Create(string purpose)
    {
        string path = Path.Combine(Path.GetTempPath(), "almanac-tests", $"{purpose}-{Environment.ProcessId}-{Guid.NewGuid():N}");
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

/// <summary>A fresh folder for one test (<see cref="TempDirectory.Create"/>), removed when disposed: <c>using TempFolder temp = new("purpose");</c>.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string purpose) => Path = TempDirectory.Create(purpose);

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    public void Dispose() => TempDirectory.Delete(Path);
}
