using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using NuGet.Frameworks;
using NuGet.Versioning;

namespace Almanac.Cli;

/// <summary>
/// Finds a dataset in an assembly, a package, or a package id in a folder of packages: the generated dataset class is a
/// public static class with a public static property of type <see cref="Dataset"/> (see the generator's output). Any
/// dataset built with Almanac works; almanac itself contains none.
/// </summary>
public static class DatasetLoader
{
    /// <summary>What to say when no dataset is given: the option, what it takes, an example of each.</summary>
    public const string HowToChoose =
        "choose a dataset with --dataset: an assembly built with Almanac (--dataset path/to/My.Dataset.dll), a package "
        + "(--dataset path/to/Almanac.Libya.0.1.0.nupkg) or a package id in a folder of packages, the highest version "
        + "(--dataset artifacts/packages/Almanac.Libya)";

    /// <summary>
    /// Loads the dataset named by <paramref name="dataset"/>: a <c>.dll</c>, a <c>.nupkg</c> (its <c>lib</c> folder
    /// nearest to the running framework), or <c>folder/PackageId</c> (the highest version of <c>PackageId.*.nupkg</c> in folder).
    /// </summary>
    /// <exception cref="CliException">No dataset given, the file or package is missing, not loadable, or holds no dataset.</exception>
    public static Dataset Load(string? dataset)
    {
        if (dataset is null)
        {
            throw new CliException(ExitCode.Usage, HowToChoose);
        }
        string full = Path.GetFullPath(dataset);
        if (File.Exists(full))
        {
            return full.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase) ? FromPackage(full) : FromAssemblies(full, new[] { LoadAssembly(full, () => FromFile(full)) });
        }
        if (Directory.Exists(full))
        {
            throw new CliException(ExitCode.Usage, $"'{full}' is a folder; name the package id in it (--dataset {Path.Combine(dataset, "Almanac.Libya")}), or a .dll or .nupkg");
        }
        if (full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || full.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException(ExitCode.Usage, $"the dataset '{full}' does not exist");
        }
        string folder = Path.GetDirectoryName(full)!, id = Path.GetFileName(full);
        string? package = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.nupkg")
                .Select(path => (path, version: PackageVersion(id, Path.GetFileNameWithoutExtension(path))))
                .Where(p => p.version is not null)
                .OrderByDescending(p => p.version)
                .Select(p => p.path)
                .FirstOrDefault()
            : null;
        return package is not null
            ? FromPackage(package)
            : throw new CliException(ExitCode.Usage, $"'{full}' does not exist, and '{folder}' holds no package {id}.<version>.nupkg; {HowToChoose}");
    }

    /// <summary>The version of <paramref name="fileName"/> when it is <c>id.version</c>, as NuGet names a package file.</summary>
    private static NuGetVersion? PackageVersion(string id, string fileName) =>
        fileName.Length > id.Length + 1 && fileName.StartsWith(id + ".", StringComparison.OrdinalIgnoreCase)
            && NuGetVersion.TryParse(fileName[(id.Length + 1)..], out NuGetVersion? version) ? version : null;

    /// <summary>The assemblies of the package's <c>lib</c> folder nearest to the running framework, loaded from memory.</summary>
    private static Dataset FromPackage(string package)
    {
        using ZipArchive zip = Open(package);
        var libraries = zip.Entries
            .Where(e => e.FullName.StartsWith("lib/", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .GroupBy(e => NuGetFramework.ParseFolder(e.FullName.Split('/')[1]))
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.FullName, StringComparer.Ordinal).ToList());
        var running = NuGetFramework.Parse($"net{Environment.Version.Major}.{Environment.Version.Minor}");
        NuGetFramework nearest = new FrameworkReducer().GetNearest(running, libraries.Keys)
            ?? throw new CliException(ExitCode.DatasetNotLoaded,
                $"'{package}' has no library for {running.GetShortFolderName()} (its lib folders: {(libraries.Count == 0 ? "none" : string.Join(", ", libraries.Keys.Select(f => f.GetShortFolderName())))})");
        var assemblies = libraries[nearest].Select(entry =>
        {
            using var bytes = new MemoryStream();
            using (Stream stream = entry.Open())
            {
                stream.CopyTo(bytes);
            }
            return LoadAssembly($"{package}!{entry.FullName}", () => Assembly.Load(bytes.ToArray()));
        }).ToList();
        return FromAssemblies(package, assemblies);
    }

    /// <summary>
    /// Loads the assembly at <paramref name="path"/> into a load context of its own, so that two builds of the same dataset
    /// (two releases, for <c>diff</c>) load side by side; the Almanac runtime and anything else this tool has loaded are
    /// shared, and other dependencies are looked for beside the assembly.
    /// </summary>
    private static Assembly FromFile(string path)
    {
        var context = new AssemblyLoadContext(path);
        string folder = Path.GetDirectoryName(path)!;
        context.Resolving += (loader, name) =>
            File.Exists(Path.Combine(folder, name.Name + ".dll")) ? loader.LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
        return context.LoadFromAssemblyPath(path);
    }

    private static ZipArchive Open(string package)
    {
        try
        {
            return ZipFile.OpenRead(package);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(ExitCode.DatasetNotLoaded, $"'{package}' is not a NuGet package (not a zip file): {e.Message}", e);
        }
    }

    private static Assembly LoadAssembly(string name, Func<Assembly> load)
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            throw new CliException(ExitCode.DatasetNotLoaded, $"'{name}' is not a .NET assembly that can be loaded: {e.Message}", e);
        }
    }

    /// <summary>The dataset of the first dataset class in <paramref name="assemblies"/> (by full name, then property name).</summary>
    private static Dataset FromAssemblies(string source, IEnumerable<Assembly> assemblies)
    {
        var types = new List<Type>();
        foreach (Assembly assembly in assemblies)
        {
            try
            {
                types.AddRange(assembly.GetExportedTypes());
            }
            catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException)
            {
                throw new CliException(ExitCode.DatasetNotLoaded, $"the types of '{source}' could not be loaded (is its Almanac.dll beside it?): {e.Message}", e);
            }
        }
        PropertyInfo? property = types
            .Where(t => t.IsClass && t.IsAbstract && t.IsSealed)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(Dataset)).OrderBy(p => p.Name, StringComparer.Ordinal))
            .FirstOrDefault()
            ?? throw new CliException(ExitCode.DatasetNotLoaded, $"'{source}' holds no Almanac dataset class (a static class with a public static property of type {typeof(Dataset).FullName})");
        try
        {
            return (Dataset)property.GetValue(null)!;
        }
        catch (TargetInvocationException e)
        {
            throw new CliException(ExitCode.DatasetNotLoaded, $"the dataset {property.DeclaringType!.FullName} could not be opened: {e.InnerException?.Message ?? e.Message}", e);
        }
    }
}
