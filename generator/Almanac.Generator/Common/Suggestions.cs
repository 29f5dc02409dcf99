using System;
using System.Collections.Generic;
using System.Linq;
using Almanac.Text;

namespace Almanac.Generator.Common;

/// <summary>"Did you mean" suggestions by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate within a distance that still looks like a typo, or null.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = EditDistance.Compute(value, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best is not null && bestDistance <= Math.Max(2, value.Length / 3) ? best : null;
    }

    /// <summary>Up to <paramref name="count"/> candidates ordered by distance, then ordinally.</summary>
    public static IReadOnlyList<string> Nearest(string value, IEnumerable<string> candidates, int count = 3) =>
        candidates
            .Select(c => (candidate: c, distance: EditDistance.Compute(value, c)))
            .OrderBy(x => x.distance)
            .ThenBy(x => x.candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.candidate)
            .ToList();
}
