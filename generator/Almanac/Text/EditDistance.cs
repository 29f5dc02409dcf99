using System;
using System.Collections.Generic;

namespace Almanac.Text;

/// <summary>Levenshtein edit distance, and the "did you mean" suggestions built on it.</summary>
/// <remarks>
/// The one implementation of "closest ids": the runtime's lookups and the <c>almanac</c> command use it, and the generator
/// compiles this file in (internal there) for its diagnostics. Suggestions compute distances only as far as they matter: a
/// candidate whose length alone puts it further away than the suggestions found so far is skipped, and a computation
/// stops as soon as it exceeds them. The results are those of computing every distance in full; a look-up among many
/// ids stays cheap.
/// </remarks>
#if ALMANAC_GENERATOR || ALMANAC_ANALYZERS
internal
#else
public
#endif
static class EditDistance
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (which netstandard2.0 does not name) where this code runs inside the
    /// compiler (the analyzers, the generator); nothing in the runtime's own build, whose ReadyToRun code a method marked
    /// so would not get (docs/performance.md).
    /// </summary>
#if NET
    private const System.Runtime.CompilerServices.MethodImplOptions AggressiveOptimization = 0;
#else
    private const System.Runtime.CompilerServices.MethodImplOptions AggressiveOptimization = (System.Runtime.CompilerServices.MethodImplOptions)512;
#endif

    /// <summary>The number of single-character insertions, deletions and substitutions that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    public static int Compute(string a, string b)
    {
        if (a is null) throw new ArgumentNullException(nameof(a));
        if (b is null) throw new ArgumentNullException(nameof(b));
        return Distance(a, b, int.MaxValue, new Rows());
    }

    /// <summary>The closest of <paramref name="candidates"/> to <paramref name="value"/> within a distance that still looks
    /// like a typo (a third of its length, at least 2), the ordinally first of equally close ones; null when none is that close.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var search = new ClosestSearch(value);
        foreach (string candidate in candidates)
        {
            search.Offer(candidate, 0);
        }
        return search.Best;
    }

    /// <summary>
    /// <see cref="Closest"/> fed one candidate at a time, each with a number of the caller's (such as the entity whose key it
    /// is): the answer is the candidate with the least distance, then the ordinally first, then the one with the least
    /// number, so it does not depend on the order of the candidates (which decides only how soon a distance computation
    /// can stop) and a key that several entities share names the first of them.
    /// </summary>
    internal sealed class ClosestSearch
    {
        private readonly string _value;
        private readonly int _threshold;
        private readonly Rows _rows = new();
        private string? _best;
        private int _bestDistance = int.MaxValue;
        private int _bestNumber;

        public ClosestSearch(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
            _threshold = Math.Max(2, value.Length / 3);
        }

        /// <summary>Considers <paramref name="candidate"/>, numbered <paramref name="number"/>.</summary>
        public void Offer(string candidate, int number) => Offer(candidate.AsSpan(), number, candidate);

        /// <summary>Considers <paramref name="candidate"/>, numbered <paramref name="number"/>: text that need not be a string
        /// (it is made one only if it becomes the closest so far).</summary>
        public void Offer(ReadOnlySpan<char> candidate, int number) => Offer(candidate, number, null);

        private void Offer(ReadOnlySpan<char> candidate, int number, string? text)
        {
            int distance = Distance(_value.AsSpan(), candidate, Math.Min(_threshold, _bestDistance), _rows);
            if (distance < _bestDistance || (distance == _bestDistance && Before(candidate, number)))
            {
                _best = text ?? candidate.ToString();
                _bestDistance = distance;
                _bestNumber = number;
            }
        }

        private bool Before(ReadOnlySpan<char> candidate, int number)
        {
            int order = _best is null ? 1 : candidate.SequenceCompareTo(_best.AsSpan());
            return order < 0 || (order == 0 && number < _bestNumber);
        }

        /// <summary>The closest candidate within the distance of a typo; null when none is that close.</summary>
        public string? Best => _best is not null && _bestDistance <= _threshold ? _best : null;

        /// <summary>The number of <see cref="Best"/>; -1 when there is none.</summary>
        public int BestNumber => Best is null ? -1 : _bestNumber;
    }

    /// <summary>Up to <paramref name="count"/> of <paramref name="candidates"/> ordered by their distance to
    /// <paramref name="value"/>, then ordinally.</summary>
    /// <param name="value">The text to match, e.g. an unknown id.</param>
    /// <param name="candidates">The texts to choose from; a candidate given twice may be chosen twice.</param>
    /// <param name="count">How many to return at the most.</param>
    /// <param name="comparedAs">The form of a candidate that is compared with <paramref name="value"/> (by default the
    /// candidate itself), e.g. its <see cref="AliasKey"/>; the candidate is returned as given.</param>
    public static IReadOnlyList<string> Nearest(string value, IEnumerable<string> candidates, int count = 3, Func<string, string>? comparedAs = null)
    {
        var best = new List<(int Distance, string Candidate)>(count + 1);
        var rows = new Rows();
        foreach (string candidate in candidates)
        {
            int limit = best.Count < count ? int.MaxValue : best[best.Count - 1].Distance;
            int distance = Distance(value, comparedAs is null ? candidate : comparedAs(candidate), limit, rows);
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
    // Optimised on first call: an analyzer runs briefly inside the compiler, where its hot loops would otherwise stay at tier 0.
    [System.Runtime.CompilerServices.MethodImpl(AggressiveOptimization)]
    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit, Rows rows)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit == int.MaxValue ? int.MaxValue : limit + 1;
        }
        // Only the cells within `band` of the diagonal can be at most `limit` (a cell is at least |i - j|); the cells just
        // outside the band hold band + 1, which is above the limit, so no cell within it is underestimated.
        int band = Math.Min(limit, Math.Max(a.Length, b.Length));
        int[] previous = rows.Previous(b.Length + 1), current = rows.Current(b.Length + 1);
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            int from = Math.Max(1, i - band), to = Math.Min(b.Length, i + band);
            current[from - 1] = from == 1 ? i : band + 1;
            int rowMinimum = current[from - 1];
            for (int j = from; j <= to; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int cell = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = cell;
                rowMinimum = Math.Min(rowMinimum, cell);
            }
            if (to < b.Length)
            {
                current[to + 1] = band + 1;
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
    private sealed class Rows
    {
        private int[] _a = new int[32], _b = new int[32];

        public int[] Previous(int length) => _a.Length >= length ? _a : _a = new int[Math.Max(length, 2 * _a.Length)];

        public int[] Current(int length) => _b.Length >= length ? _b : _b = new int[Math.Max(length, 2 * _b.Length)];
    }
}
