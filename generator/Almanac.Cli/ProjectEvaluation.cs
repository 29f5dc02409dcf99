using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Almanac.Cli;

/// <summary>
/// A project as MSBuild evaluates it, with its imports, <c>Directory.Build.props</c>, conditions and expressions: the
/// values of some properties and the items of some types, read with <c>dotnet msbuild -getProperty -getItem</c> (.NET SDK 8 or later).
/// </summary>
/// <param name="Properties">The evaluated properties asked for (empty when not set).</param>
/// <param name="Items">The items of each type asked for, each as its metadata by name (with <c>Identity</c> and <c>FullPath</c>).</param>
public sealed record ProjectEvaluation(IReadOnlyDictionary<string, string> Properties, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Items)
{
    /// <summary>Variables a <c>dotnet</c> process sets for its own MSBuild: they would tie the evaluation to the SDK of whatever started almanac.</summary>
    private static readonly string[] s_inheritedMsBuildVariables = { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" };

    /// <summary>A property's evaluated value, empty when it is not set.</summary>
    public string Property(string name) => Properties.TryGetValue(name, out string? value) ? value : "";

    /// <summary>Evaluates <paramref name="project"/> in its folder (so its <c>global.json</c> chooses the SDK, as for a build).</summary>
    /// <param name="project">The project file.</param>
    /// <param name="properties">The properties to read.</param>
    /// <param name="itemTypes">The item types to read.</param>
    /// <param name="target">A target to run first (after a restore), whose items are then read, such as <c>ResolveReferences</c>; none by default.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <exception cref="CliException">dotnet cannot be started, or MSBuild cannot evaluate the project.</exception>
    public static ProjectEvaluation Evaluate(string project, IEnumerable<string> properties, IEnumerable<string> itemTypes, string? target = null,
        CancellationToken cancellationToken = default)
    {
        var startInfo = new ProcessStartInfo(DotNetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(project)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add("msbuild");
        startInfo.ArgumentList.Add(project);
        startInfo.ArgumentList.Add("-nologo");
        if (target is not null)
        {
            startInfo.ArgumentList.Add("-restore");
            startInfo.ArgumentList.Add("-target:" + target);
            startInfo.ArgumentList.Add("-verbosity:quiet");
        }
        // Two names at least, so that MSBuild answers in JSON even for one property.
        foreach (string property in properties.Append("MSBuildProjectFullPath").Distinct(StringComparer.OrdinalIgnoreCase))
        {
            startInfo.ArgumentList.Add("-getProperty:" + property);
        }
        foreach (string itemType in itemTypes)
        {
            startInfo.ArgumentList.Add("-getItem:" + itemType);
        }
        foreach (string name in s_inheritedMsBuildVariables)
        {
            startInfo.Environment.Remove(name);
        }
        // No MSBuild node or server outlives almanac; no first-run banner in the JSON.
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        string output, error;
        int exitCode;
        try
        {
            using Process process = Process.Start(startInfo)!;
            process.StandardInput.Close();
            Task<string> readOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
            Task<string> readError = process.StandardError.ReadToEndAsync(cancellationToken);
            process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
            (output, error, exitCode) = (readOutput.GetAwaiter().GetResult(), readError.GetAwaiter().GetResult(), process.ExitCode);
        }
        catch (Win32Exception e)
        {
            throw new CliException(ExitCode.ProjectNotEvaluated,
                $"validate reads the settings of '{project}' with dotnet msbuild (the .NET SDK 8 or later), but '{startInfo.FileName}' could not be started: {e.Message}. "
                + "Without a project, name the folders: almanac validate path/to/data --documents path/to/seeds", e);
        }
        int json = output.IndexOf('{', StringComparison.Ordinal);
        if (exitCode != 0 || json < 0)
        {
            throw new CliException(ExitCode.ProjectNotEvaluated,
                $"MSBuild could not evaluate '{project}' (dotnet msbuild exited with code {exitCode}):{Environment.NewLine}{(output + error).Trim()}");
        }
        return Parse(output[json..]);
    }

    private static ProjectEvaluation Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("Properties", out JsonElement evaluated))
        {
            foreach (JsonProperty property in evaluated.EnumerateObject())
            {
                properties[property.Name] = property.Value.GetString() ?? "";
            }
        }
        var items = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("Items", out JsonElement itemTypes))
        {
            foreach (JsonProperty itemType in itemTypes.EnumerateObject())
            {
                items[itemType.Name] = itemType.Value.EnumerateArray()
                    .Select(item => (IReadOnlyDictionary<string, string>)item.EnumerateObject()
                        .ToDictionary(m => m.Name, m => m.Value.GetString() ?? "", StringComparer.OrdinalIgnoreCase))
                    .ToList();
            }
        }
        return new ProjectEvaluation(properties, items);
    }

    /// <summary>The dotnet host: the one that runs almanac or named by the SDK (<c>DOTNET_HOST_PATH</c>), else <c>dotnet</c> on the PATH.</summary>
    private static string DotNetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }
        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? self : "dotnet";
    }
}
