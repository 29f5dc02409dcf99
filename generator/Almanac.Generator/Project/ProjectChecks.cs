using System.Collections.Immutable;
using System.Globalization;
using Almanac.Storage;

namespace Almanac.Generator.Project;

/// <summary>
/// The checks of what the project gives the generator besides the data: the MSBuild settings (ALM017) and the Almanac
/// runtime (ALM014, ALM021). They run before linking; the dataset is linked only when they pass.
/// </summary>
internal static class ProjectChecks
{
    /// <summary>The options to link with, or null when a setting is invalid or the runtime cannot read the data this generator writes.</summary>
    public static GeneratorOptions? Settings(OptionsResult options, RuntimeInfo runtime) =>
        runtime.Reads(DataFormat.Version) ? options.Options : null;

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
        else if (!runtime.Reads(DataFormat.Version))
        {
            diagnostics.Add(DiagnosticInfo.Create(Generator.Diagnostics.RuntimeFormatMismatch, anchor,
                Number(runtime.OldestFormat), Number(runtime.NewestFormat), Number(DataFormat.Version)));
        }
        diagnostics.AddRange(options.Diagnostics.Select(d => d with { Location = anchor }));
        return diagnostics.ToEquatableArray();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
