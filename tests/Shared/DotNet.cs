using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Almanac.Testing;

/// <summary>The outcome of an external process: exit code, the interleaved stdout and stderr, and how it was run.</summary>
public sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, TimeSpan Elapsed, string Output)
{
    /// <summary>Whether the process ran to its end and exited with 0.</summary>
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The warning lines (<c>file(line,col): warning XX1234: ...</c> or <c>... : warning NU1234: ...</c>) of a build log, without repetitions.</summary>
    public IReadOnlyList<string> Warnings =>
        Output.Split('\n').Select(line => line.Trim()).Where(line => WarningLine.IsMatch(line)).Distinct().ToList();

    /// <summary>The command, where it ran, how it ended and everything it printed: the text of a failing assertion.</summary>
    public string Describe() =>
        $"$ {CommandLine}\n  in {WorkingDirectory}\n  {(TimedOut ? "TIMED OUT" : $"exit code {ExitCode}")} after {Elapsed.TotalSeconds:0.0} s\n" +
        "---- output ----\n" + Output + "---- end of output ----";

    private static readonly Regex WarningLine = new(@":\s+warning\s+[A-Za-z]+\d+\s*:", RegexOptions.CultureInvariant);
}

/// <summary>Runs the .NET CLI (the same one that runs the tests) as a child process, with a timeout.</summary>
public static class DotNet
{
    /// <summary>The dotnet host: the one that started the test run when the CLI says so, otherwise the one on PATH.</summary>
    public static string HostPath { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/>. The child gets the test process's environment minus every
    /// MSBuild* variable (set by the MSBuild that started the test run; they would leak its state into the nested
    /// build), with node reuse, the MSBuild server and the shared compiler off (so no daemon outlives the test and
    /// holds the output pipes open), plus <paramref name="environment"/> (a null value removes the variable).
    /// </summary>
    public static async Task<ProcessResult> RunAsync(IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(HostPath, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardOutputEncoding = Encoding.UTF8,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string name in startInfo.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            startInfo.Environment.Remove(name);
        }
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["UseSharedCompilation"] = "false";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (KeyValuePair<string, string?> variable in environment ?? new Dictionary<string, string?>())
        {
            if (variable.Value is null)
            {
                startInfo.Environment.Remove(variable.Key);
            }
            else
            {
                startInfo.Environment[variable.Key] = variable.Value;
            }
        }

        string commandLine = "dotnet " + string.Join(" ", startInfo.ArgumentList.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
        var output = new StringBuilder();
        var gate = new object();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);

        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        bool timedOut = false;
        using (var cancellation = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It exited in the meantime.
                }
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    // A grandchild still holds the pipes; report what we have.
                }
            }
        }
        stopwatch.Stop();

        string text;
        lock (gate)
        {
            text = output.ToString();
        }
        return new ProcessResult(commandLine, workingDirectory, timedOut ? -1 : process.ExitCode, timedOut, stopwatch.Elapsed, text);

        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (gate)
            {
                output.Append(line).Append('\n');
            }
        }
    }
}
