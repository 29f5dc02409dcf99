using System.Reflection;
using Almanac.Generator.Project;

namespace Almanac.Generator.Hosting;

/// <summary>
/// The MSBuild properties a build hands the generator (the <c>CompilerVisibleProperty</c> items of
/// <c>Almanac.Generator.props</c>, named in <see cref="OptionKeys.Properties"/>), as the raw text MSBuild evaluated:
/// the generator itself checks them (ALM017). A property not set is absent, as in a build.
/// </summary>
public sealed class GeneratorProperties
{
    private readonly SortedDictionary<string, string> _values;

    /// <summary>No property set.</summary>
    public GeneratorProperties() => _values = new SortedDictionary<string, string>(StringComparer.Ordinal);

    private GeneratorProperties(IDictionary<string, string> values) => _values = new SortedDictionary<string, string>(values, StringComparer.Ordinal);

    /// <summary>The MSBuild names of every property the generator reads, in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(OptionKeys.Properties)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue())
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    /// <summary><c>RootNamespace</c>.</summary>
    public string? RootNamespace { get => Get(OptionKeys.Properties.RootNamespace); init => Set(OptionKeys.Properties.RootNamespace, value); }

    /// <summary><c>AlmanacNamespace</c>.</summary>
    public string? Namespace { get => Get(OptionKeys.Properties.Namespace); init => Set(OptionKeys.Properties.Namespace, value); }

    /// <summary><c>AlmanacDatasetClass</c>.</summary>
    public string? DatasetClass { get => Get(OptionKeys.Properties.DatasetClass); init => Set(OptionKeys.Properties.DatasetClass, value); }

    /// <summary><c>AlmanacCompression</c>.</summary>
    public string? Compression { get => Get(OptionKeys.Properties.Compression); init => Set(OptionKeys.Properties.Compression, value); }

    /// <summary><c>AlmanacNamedEventsLimit</c>.</summary>
    public string? NamedEventsLimit { get => Get(OptionKeys.Properties.NamedEventsLimit); init => Set(OptionKeys.Properties.NamedEventsLimit, value); }

    /// <summary><c>AlmanacRequireProvenance</c>.</summary>
    public string? RequireProvenance { get => Get(OptionKeys.Properties.RequireProvenance); init => Set(OptionKeys.Properties.RequireProvenance, value); }

    /// <summary>The properties set, by MSBuild name.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The properties of <paramref name="values"/> (by MSBuild name, in any case) that the generator reads; empty values count as not set.</summary>
    public static GeneratorProperties FromMsBuild(IEnumerable<KeyValuePair<string, string>> values)
    {
        var result = new GeneratorProperties();
        foreach (KeyValuePair<string, string> pair in values)
        {
            if (Names.FirstOrDefault(n => string.Equals(n, pair.Key, StringComparison.OrdinalIgnoreCase)) is string name)
            {
                result.Set(name, pair.Value);
            }
        }
        return result;
    }

    /// <summary>A copy with property <paramref name="name"/> set to <paramref name="value"/> (<see langword="null"/>: not set).</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>.</exception>
    public GeneratorProperties With(string name, string? value)
    {
        if (!Names.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not a property the generator reads; those are: {string.Join(", ", Names)}", nameof(name));
        }
        var copy = new GeneratorProperties(_values);
        copy.Set(name, value);
        return copy;
    }

    private string? Get(string name) => _values.TryGetValue(name, out string? value) ? value : null;

    private void Set(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            _values.Remove(name);
        }
        else
        {
            _values[name] = value!;
        }
    }
}
