// The Almanac explorer: a tour of the Libya dataset with typed, compile-time-checked queries, then its exports
// (ACLED-shaped CSV, full CSV, GeoJSON, Parquet, JSON) and pictures (timeline, map) written to a folder.
//
//   dotnet run --project samples/Explorer                 # writes to artifacts/explorer/ under the repository root
//   dotnet run --project samples/Explorer -- --out DIR    # writes to DIR
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
            Console.WriteLine("Prints a tour of the Almanac Libya dataset and writes its exports and pictures to <folder>");
            Console.WriteLine("(default: artifacts/explorer/ under the repository root, or under the current folder outside a clone).");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'; try --help.");
            return 2;
    }
}

outputDirectory ??= Path.Combine(RepositoryRoot() ?? Directory.GetCurrentDirectory(), "artifacts", "explorer");
await Tour.RunAsync(Console.Out, outputDirectory);
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
