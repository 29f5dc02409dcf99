using System.Collections.Immutable;
using System.Globalization;
using Almanac.Generator.DataEncoding;
using Almanac.Storage;

namespace Almanac.Generator.Project;

/// <summary>
/// The checks of what the project gives the generator besides the data: the MSBuild settings (ALM017) and the Almanac
/// runtime (ALM014, ALM021). They run before linking; the dataset is linked only when they pass. A runtime that reads a
/// format this generator writes for a dataset that refers to no other (<see cref="DataFormat.Version"/>, or for an older
/// runtime <see cref="DataFormat.VersionWithoutImports"/>) passes; the encode step checks that it reads the one written for
/// a dataset that does refer to another's entities (<see cref="DataFormat.Version"/>, or <see cref="DataFormat.VersionWithImports"/>:
/// <see cref="NewestFormatCheck"/>).
/// </summary>
internal static class ProjectChecks
{
    /// <summary>The options to link with, or null when a setting is invalid or the runtime cannot read the data this generator writes.</summary>
    public static GeneratorOptions? Settings(OptionsResult options, RuntimeInfo runtime) =>
        DataEncoder.FormatVersion(hasImports: false, runtime) is not null ? options.Options : null;

    /// <summary>
    /// Where the project's diagnostics are reported: the dataset section (the first in ordinal path order), else the start
    /// of the first data file; null when there is no data file, and so nothing to report.
    /// </summary>
    public static LocationInfo? Anchor(ImmutableArray<ParsedFile> files)
    {
        if (files.IsDefaultOrEmpty)
        {
            return null;
        }
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return ordered.SelectMany(f => f.Datasets).FirstOrDefault()?.Location ?? LocationInfo.FileStart(ordered[0].Path);
    }

    /// <summary>The project's diagnostics, placed at <paramref name="anchor"/>: the runtime's (ALM014 or ALM021), then those of the settings (ALM017).</summary>
    public static EquatableArray<DiagnosticInfo> Diagnostics(OptionsResult options, RuntimeInfo runtime, LocationInfo? anchor)
    {
        if (anchor is null)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }
        var diagnostics = new List<DiagnosticInfo>();
        if (!runtime.Referenced)
        {
            diagnostics.Add(DiagnosticInfo.Create(Generator.Diagnostics.RuntimeMissing, anchor));
        }
        else if (DataEncoder.FormatVersion(hasImports: false, runtime) is null)
        {
            diagnostics.Add(Mismatch(runtime, hasImports: false, anchor));
        }
        diagnostics.AddRange(options.Diagnostics.Select(d => d with { Location = anchor }));
        return diagnostics.ToEquatableArray();
    }

    /// <summary>
    /// ALM021 at the dataset section when the runtime reads none of the formats this generator writes for a dataset that
    /// refers to entities of the datasets it references (<paramref name="hasImports"/>: known once the dataset is linked) or
    /// to none; null otherwise.
    /// </summary>
    public static DiagnosticInfo? NewestFormatCheck(RuntimeInfo runtime, bool hasImports, LocationInfo dataset) =>
        runtime.Referenced && DataEncoder.FormatVersion(hasImports, runtime) is null ? Mismatch(runtime, hasImports, dataset) : null;

    /// <summary>ALM021, naming the format the generator would write: the newest for a runtime that reads only newer ones,
    /// else the oldest that holds what the data needs.</summary>
    private static DiagnosticInfo Mismatch(RuntimeInfo runtime, bool hasImports, LocationInfo anchor)
    {
        int format = runtime.OldestFormat > DataFormat.Version ? DataFormat.Version : DataEncoder.OlderFormatVersion(hasImports);
        return DiagnosticInfo.Create(Generator.Diagnostics.RuntimeFormatMismatch, anchor, Number(runtime.OldestFormat), Number(runtime.NewestFormat), Number(format));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
