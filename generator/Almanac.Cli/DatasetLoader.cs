using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Almanac.Export;
using Almanac.Storage;

namespace Almanac.Cli;

/// <summary>A compiled dataset and its metadata, as <c>export</c> and <c>show</c> work on it.</summary>
/// <param name="Store">The data.</param>
/// <param name="Info">The constants of the generated dataset class.</param>
/// <param name="Assembly">Where it was loaded from (a path, or the name of the built-in dataset).</param>
public sealed record LoadedDataset(DatasetStore Store, DatasetInfo Info, string Assembly);

/// <summary>
/// Finds a dataset in an assembly: the generated dataset class is a public static class with a static <c>Store</c>
/// property of type <see cref="DatasetStore"/> and the constants <c>Id</c>, <c>Title</c>, <c>Version</c>,
/// <c>License</c> and <c>Citation</c> (see the generator's output). Any dataset assembly built with Almanac works.
/// </summary>
public static class DatasetLoader
{
    /// <summary>Loads the dataset of the assembly at <paramref name="path"/>, or the built-in Libya dataset when <paramref name="path"/> is <see langword="null"/>.</summary>
    /// <exception cref="CliException">The file is missing, not an assembly, or holds no dataset.</exception>
    public static LoadedDataset Load(string? path)
    {
        if (path is null)
        {
            return FromType(typeof(Almanac.Libya.LibyaDataset), "Almanac.Libya (built in)");
        }
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new CliException(ExitCodes.Usage, $"the dataset assembly '{full}' does not exist");
        }
        Assembly assembly;
        try
        {
            assembly = Assembly.LoadFrom(full);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            throw new CliException(ExitCodes.DatasetNotLoaded, $"'{full}' is not a .NET assembly that can be loaded: {e.Message}", e);
        }
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException)
        {
            throw new CliException(ExitCodes.DatasetNotLoaded, $"the types of '{full}' could not be loaded (is its Almanac.dll beside it?): {e.Message}", e);
        }
        var candidates = types.Where(IsDatasetClass).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            throw new CliException(ExitCodes.DatasetNotLoaded, $"'{full}' holds no Almanac dataset class (a static class with 'DatasetStore Store' and the Id, Title, Version, License and Citation constants)");
        }
        return FromType(candidates[0], full);
    }

    private static bool IsDatasetClass(Type type) =>
        type.IsClass && type.IsAbstract && type.IsSealed
        && type.GetProperty("Store", BindingFlags.Public | BindingFlags.Static)?.PropertyType == typeof(DatasetStore)
        && new[] { "Id", "Title", "Version", "License", "Citation" }.All(name => type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.FieldType == typeof(string));

    private static LoadedDataset FromType(Type type, string origin)
    {
        string? Constant(string name) => type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
        DatasetStore store;
        try
        {
            store = (DatasetStore)type.GetProperty("Store", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        }
        catch (TargetInvocationException e)
        {
            throw new CliException(ExitCodes.DatasetNotLoaded, $"the dataset {type.FullName} could not be opened: {e.InnerException?.Message ?? e.Message}", e);
        }
        var info = new DatasetInfo(Constant("Id") ?? "", Constant("Title") ?? "", Constant("Version") ?? "", Constant("License") ?? "", Constant("Citation") ?? "")
        {
            Description = Constant("Description"),
            ContentHash = Constant("ContentHash"),
        };
        return new LoadedDataset(store, info, origin);
    }
}
