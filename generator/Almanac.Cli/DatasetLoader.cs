using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Almanac.Cli;

/// <summary>
/// Finds a dataset in an assembly: the generated dataset class is a public static class with a public static property of
/// type <see cref="Dataset"/> (see the generator's output). Any dataset assembly built with Almanac works.
/// </summary>
public static class DatasetLoader
{
    /// <summary>Loads the dataset of the assembly at <paramref name="path"/>, or the built-in Libya dataset when <paramref name="path"/> is <see langword="null"/>.</summary>
    /// <exception cref="CliException">The file is missing, not an assembly, or holds no dataset.</exception>
    public static Dataset Load(string? path)
    {
        if (path is null)
        {
            return Almanac.Libya.LibyaDataset.Dataset;
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
        PropertyInfo? property = types
            .Where(t => t.IsClass && t.IsAbstract && t.IsSealed)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(Dataset)).OrderBy(p => p.Name, StringComparer.Ordinal))
            .FirstOrDefault()
            ?? throw new CliException(ExitCodes.DatasetNotLoaded, $"'{full}' holds no Almanac dataset class (a static class with a public static property of type {typeof(Dataset).FullName})");
        try
        {
            return (Dataset)property.GetValue(null)!;
        }
        catch (TargetInvocationException e)
        {
            throw new CliException(ExitCodes.DatasetNotLoaded, $"the dataset {property.DeclaringType!.FullName} could not be opened: {e.InnerException?.Message ?? e.Message}", e);
        }
    }
}
