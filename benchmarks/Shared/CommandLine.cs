using System;
using System.Collections.Generic;

namespace Almanac.Benchmarks;

/// <summary>The command lines of the benchmark programs: a command, then <c>--name value</c> options and <c>--flag</c>s.</summary>
public static class CommandLine
{
    /// <summary>The options after the command (<c>args[0]</c>): each <c>--name</c> with the argument after it, or
    /// <c>"true"</c> when the next argument is another option or there is none.</summary>
    public static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            }
        }
        return options;
    }
}
