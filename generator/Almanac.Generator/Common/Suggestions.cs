using System;
using System.Collections.Generic;

namespace Almanac.Generator.Common;

/// <summary>"Did you mean" suggestions by edit distance (Levenshtein, as <c>Almanac.Text.EditDistance</c>).</summary>
/// <remarks>Distances are computed only as far as they matter: a candidate whose length alone puts it further
/// away than the suggestions found so far is skipped, and a computation stops as soon as it exceeds them. The
/// results are those of computing every distance in full; a look-up among many ids stays cheap.</remarks>
internal static class Suggestions
{
    /// <summary>The closest candidate within a distance that still looks like a typo, or null.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        int threshold = Math.Max(2, value.Length / 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        var rows = new Rows();
        foreach (string candidate in candidates)
        {
            int distance = Distance(value, candidate, Math.Min(threshold, bestDistance), rows);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best is not null && bestDistance <= threshold ? best : null;
    }

    /// <summary>Up to <paramref name="count"/> candidates ordered by distance, then ordinally.</summary>
    public static IReadOnlyList<string> Nearest(string value, IEnumerable<string> candidates, int count = 3)
    {
        var best = new List<(int Distance, string Candidate)>(count + 1);
        var rows = new Rows();
        foreach (string candidate in candidates)
        {
            int limit = best.Count < count ? int.MaxValue : best[best.Count - 1].Distance;
            int distance = Distance(value, candidate, limit, rows);
            if (distance > limit)
            {
                continue;
            }
            int at = best.Count;
            while (at > 0 && Compare((distance, candidate), best[at - 1]) < 0)
            {
                at--;
            }
            if (at < count)
            {
                best.Insert(at, (distance, candidate));
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }
        return best.ConvertAll(x => x.Candidate);
    }

    private static int Compare((int Distance, string Candidate) a, (int Distance, string Candidate) b) =>
        a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Candidate, b.Candidate);

    /// <summary>The edit distance of <paramref name="a"/> and <paramref name="b"/> when it is at most <paramref name="limit"/>; otherwise some number above the limit.</summary>
    internal static int Distance(string a, string b, int limit, Rows rows)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit == int.MaxValue ? int.MaxValue : limit + 1;
        }
        int[] previous = rows.Previous(b.Length + 1), current = rows.Current(b.Length + 1);
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int cell = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = cell;
                rowMinimum = Math.Min(rowMinimum, cell);
            }
            if (rowMinimum > limit)
            {
                return limit + 1; // every later row is at least as far
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>Two rows of the distance table, reused from one candidate to the next.</summary>
    internal sealed class Rows
    {
        private int[] _a = new int[32], _b = new int[32];

        public int[] Previous(int length) => _a.Length >= length ? _a : _a = new int[Math.Max(length, 2 * _a.Length)];

        public int[] Current(int length) => _b.Length >= length ? _b : _b = new int[Math.Max(length, 2 * _b.Length)];
    }
}
