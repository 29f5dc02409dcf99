// The Almanac explorer: a tour of the Libya dataset with typed, compile-time-checked queries, then its exports
// (ACLED-shaped CSV, full CSV, GeoJSON, Parquet, JSON), pictures (timeline, map) and a static site written to a folder.
//
//   dotnet run --project samples/Explorer                 # writes to artifacts/explorer/ under the repository root
//   dotnet run --project samples/Explorer -- --out DIR    # writes to DIR
//
// It also writes the explorer site (site/index.html: overview, timeline, map, a page per entity and source) and prints
// which file to open in a browser.
using System;
using System.Globalization;
using System.IO;
using System.Text;
using Almanac.Samples.Explorer;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;

string? outputDirectory = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" or "-o" when i + 1 < args.Length:
            outputDirectory = args[++i];
            break;
        case "--help" or "-h":
            Console.WriteLine("Usage: dotnet run --project samples/Explorer [-- --out <folder>]");
            Console.WriteLine("Prints a tour of the Almanac Libya dataset and writes its exports, pictures and explorer site to <folder>");
            Console.WriteLine("(default: artifacts/explorer/ under the repository root, or under the current folder outside a clone).");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'; try --help.");
            return 2;
    }
}

string? repository = RepositoryRoot();
outputDirectory ??= Path.Combine(repository ?? Directory.GetCurrentDirectory(), "artifacts", "explorer");
// The sources' documents, for the site's source pages: the dataset records their paths in the clone, not their text.
string? documents = repository is null ? null : Path.Combine(repository, "seeds");
await Tour.RunAsync(Console.Out, outputDirectory, documents is not null && Directory.Exists(documents) ? documents : null);
return 0;

// The folder holding Dataset.sln, searched from the current folder upwards; null outside a clone.
static string? RepositoryRoot()
{
    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Dataset.sln")))
        {
            return directory.FullName;
        }
    }
    return null;
}
