using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using static Almanac.Generator.Project.OptionKeys;

namespace Almanac.Generator.Project;

/// <summary>The MSBuild settings that shape the generated code, parsed and validated.</summary>
/// <param name="Namespace">The namespace of the generated classes.</param>
/// <param name="DatasetClass">The dataset class, or null for the default (the dataset id in PascalCase + "Dataset").</param>
/// <param name="Compression">Whether the compiled data is compressed.</param>
/// <param name="NamedEventsLimit">Named Events members are generated up to this many events.</param>
/// <param name="RequireProvenance">Whether values without provenance are reported (ALM029).</param>
internal sealed record GeneratorOptions(string Namespace, string? DatasetClass, DataCompression Compression, int NamedEventsLimit, bool RequireProvenance = false)
{
    /// <summary>The namespace when neither AlmanacNamespace nor RootNamespace is set.</summary>
    public const string DefaultNamespace = "Almanac.Data";

    /// <summary>Named Events members are generated up to this many events unless AlmanacNamedEventsLimit says otherwise.</summary>
    public const int DefaultNamedEventsLimit = 10_000;

    /// <summary>The defaults, with <paramref name="ns"/> as the namespace.</summary>
    public static GeneratorOptions Default(string ns = DefaultNamespace) => new(ns, null, DataCompression.Auto, DefaultNamedEventsLimit);

    /// <summary>Reads and checks the settings; each invalid one is an ALM017 (without a location: the project checks place it).</summary>
    public static OptionsResult Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        void Invalid(string property, string value, string expected) =>
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, null, property, value, expected));

        string nsProperty = Properties.Namespace;
        string? ns = Get(options, Properties.Namespace);
        if (ns is null && Get(options, Properties.RootNamespace) is { } root)
        {
            (nsProperty, ns) = (Properties.RootNamespace, root);
        }
        ns ??= DefaultNamespace;
        if (!Identifiers.IsNamespace(ns))
        {
            Invalid(nsProperty, ns, "a namespace: C# identifiers joined by dots, such as 'MyResearch.Data'"
                + (nsProperty == Properties.RootNamespace ? " (or set AlmanacNamespace, which takes precedence)" : ""));
        }

        string? datasetClass = Get(options, Properties.DatasetClass);
        if (datasetClass is not null && (!Identifiers.IsIdentifier(datasetClass) || GeneratedNames.Reserved.Contains(datasetClass)))
        {
            Invalid(Properties.DatasetClass, datasetClass,
                $"a C# identifier other than the names the generated code uses ({string.Join(", ", GeneratedNames.Reserved)}), such as 'LibyaDataset'");
        }

        var compression = DataCompression.Auto;
        if (Get(options, Properties.Compression) is { } compressionSetting && !TryParseCompression(compressionSetting, out compression))
        {
            Invalid(Properties.Compression, compressionSetting,
                "one of " + string.Join(", ", Enum.GetNames(typeof(DataCompression)).Select(n => n.ToLowerInvariant())) + " (in any case)");
        }

        int namedEventsLimit = DefaultNamedEventsLimit;
        if (Get(options, Properties.NamedEventsLimit) is { } limitSetting
            && !int.TryParse(limitSetting, NumberStyles.None, CultureInfo.InvariantCulture, out namedEventsLimit))
        {
            Invalid(Properties.NamedEventsLimit, limitSetting, "a whole number from 0 to 2147483647, in ASCII digits");
        }

        bool requireProvenance = false;
        if (Get(options, Properties.RequireProvenance) is { } provenanceSetting && !bool.TryParse(provenanceSetting, out requireProvenance))
        {
            Invalid(Properties.RequireProvenance, provenanceSetting, "true or false (in any case)");
        }

        return diagnostics.Count > 0
            ? new OptionsResult(null, diagnostics.ToEquatableArray())
            : new OptionsResult(new GeneratorOptions(ns, datasetClass, compression, namedEventsLimit, requireProvenance), EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>A member name of <see cref="DataCompression"/> in any case; numbers are refused.</summary>
    private static bool TryParseCompression(string value, out DataCompression compression)
    {
        foreach (DataCompression candidate in Enum.GetValues(typeof(DataCompression)))
        {
            if (string.Equals(candidate.ToString(), value, StringComparison.OrdinalIgnoreCase))
            {
                compression = candidate;
                return true;
            }
        }
        compression = DataCompression.Auto;
        return false;
    }

    /// <summary>A property's value without surrounding white space; null when it is not set, empty or only white space.</summary>
    private static string? Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue(Property(property), out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>The outcome of reading the settings: the options when all are valid, otherwise the ALM017 diagnostics.</summary>
internal sealed record OptionsResult(GeneratorOptions? Options, EquatableArray<DiagnosticInfo> Diagnostics);
