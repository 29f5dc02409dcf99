using System;
using System.Collections.Generic;
using System.Globalization;

namespace Almanac.Text;

/// <summary>A span of a text whose key is a pattern of the <see cref="LinkAutomaton"/>: original offsets, end exclusive.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset after the last character.</param>
/// <param name="Pattern">The pattern (a key of <see cref="LinkAutomaton.Keys"/>).</param>
internal readonly record struct PatternMatch(int Start, int End, int Pattern)
{
    /// <summary>The number of characters of the span.</summary>
    public int Length => End - Start;
}

/// <summary>
/// Runs a <see cref="LinkAutomaton"/> over a text: maps each character of the original text to its key characters
/// (<see cref="AliasKey.KeyOf"/>) while keeping its offset, steps the automaton once per key character, and keeps the
/// matches that start and end on word boundaries of the original text; of overlapping matches, the longest wins.
/// </summary>
internal sealed class MentionFinder
{
    /// <summary>A character whose key is empty: it neither moves the automaton nor breaks a match (spaces, hyphens, marks).</summary>
    private const ushort Ignored = 0;

    /// <summary>A character whose key has several characters: stepped one key character at a time.</summary>
    private const ushort Several = 0xFFFE;

    /// <summary>A character whose symbol is not yet known.</summary>
    private const ushort Unknown = 0xFFFF;

    private readonly LinkAutomaton _automaton;

    /// <summary>The symbol of a character whose key is one character that no pattern holds: back to the root.</summary>
    private readonly ushort _other;

    /// <summary>Per character of the BMP, its symbol, <see cref="Ignored"/>, <see cref="Several"/>, <see cref="_other"/> or
    /// <see cref="Unknown"/> until first met.</summary>
    private readonly ushort[] _symbols = new ushort[char.MaxValue + 1];

    private readonly int[] _firstEdge;

    /// <summary>Per state, the row of <see cref="_dense"/> that holds its transitions, or -1 (its edges are searched).</summary>
    private readonly int[] _denseRow;

    /// <summary>The complete transitions of the root and of the states with many edges, a row of <see cref="_width"/>
    /// per state: for each symbol, the next state, failure links already followed.</summary>
    private readonly int[] _dense;

    private readonly int _width;
    private readonly int[] _output;
    private readonly int[] _keyLength;
    private readonly int _ringMask;

    public MentionFinder(LinkAutomaton automaton)
    {
        _automaton = automaton;
        if (automaton.Alphabet.Length >= Several)
        {
            throw new InvalidOperationException("The link automaton has more symbols than a character can number.");
        }
        _other = (ushort)(automaton.Alphabet.Length + 1);
        _symbols.AsSpan().Fill(Unknown);
        int states = automaton.StateCount;
        _firstEdge = new int[states + 1];
        for (int s = 0; s < states; s++)
        {
            _firstEdge[s + 1] = _firstEdge[s] + automaton.EdgeCounts[s];
        }
        // The root, and the states with many edges (where a text that shares words with the aliases keeps the automaton),
        // step by table: one look-up instead of a search of the edges and of those of the failure links.
        _width = _other + 1;
        _denseRow = new int[states];
        int rows = 0;
        for (int s = 0; s < states; s++)
        {
            _denseRow[s] = s == 0 || (automaton.EdgeCounts[s] >= DenseEdges && rows < MaxDenseRows) ? rows++ : -1;
        }
        _dense = new int[rows * _width];
        for (int s = 0; s < states; s++)
        {
            if (_denseRow[s] < 0)
            {
                continue;
            }
            // Breadth-first order: the failure link of a state comes before it, so its own transitions are already complete.
            int row = _denseRow[s] * _width;
            for (int symbol = 1; symbol < _other; symbol++)
            {
                _dense[row + symbol] = s == 0 ? 0 : Next(automaton.Fail[s], symbol);
            }
            for (int e = _firstEdge[s]; e < _firstEdge[s + 1]; e++)
            {
                _dense[row + automaton.EdgeSymbols[e]] = e + 1;
            }
        }
        // Per state, the nearest state on its chain of failure links that spells a pattern (-1 for none).
        _output = new int[states];
        _output[0] = -1;
        for (int s = 1; s < states; s++)
        {
            int f = automaton.Fail[s];
            _output[s] = automaton.Pattern[f] >= 0 ? f : _output[f];
        }
        _keyLength = Array.ConvertAll(automaton.Keys, k => k.Length);
        int longest = 1;
        foreach (int length in _keyLength)
        {
            longest = Math.Max(longest, length);
        }
        int ring = 1;
        while (ring < longest + 2)
        {
            ring <<= 1;
        }
        _ringMask = ring - 1;
    }

    /// <summary>The automaton this finder runs.</summary>
    public LinkAutomaton Automaton => _automaton;

    /// <summary>The matches in <paramref name="text"/> that start and end on word boundaries, without overlaps (the longest
    /// of overlapping matches wins, then the earliest), in text order.</summary>
    public List<PatternMatch> Find(string text)
    {
        var found = new List<PatternMatch>();
        int[] ring = new int[_ringMask + 1]; // the text offset of each of the last key characters
        int[] pattern = _automaton.Pattern;
        int count = 0, state = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            ushort symbol = _symbols[c];
            if (symbol == Unknown)
            {
                symbol = Learn(c);
            }
            if (symbol == Ignored)
            {
                continue;
            }
            if (symbol == _other)
            {
                state = 0;
                continue;
            }
            if (symbol == Several)
            {
                foreach (char k in AliasKey.KeyOf(c))
                {
                    int s = SymbolOfKeyChar(k);
                    state = s == _other ? 0 : Next(state, s);
                    ring[count++ & _ringMask] = i;
                }
            }
            else
            {
                state = Next(state, symbol);
                ring[count++ & _ringMask] = i;
            }
            if (pattern[state] >= 0 || _output[state] >= 0)
            {
                Collect(text, i, state, ring, count, found);
            }
        }
        return WithoutOverlaps(found);
    }

    /// <summary>Adds the patterns that end at the key character <paramref name="count"/> − 1 (of text offset
    /// <paramref name="i"/>) and lie on word boundaries.</summary>
    private void Collect(string text, int i, int state, int[] ring, int count, List<PatternMatch> found)
    {
        int end = i + 1;
        while (end < text.Length && IsMark(text[end]))
        {
            end++;
        }
        if (end < text.Length && IsWordCharacter(text[end]))
        {
            return;
        }
        for (int o = _automaton.Pattern[state] >= 0 ? state : _output[state]; o >= 0; o = _output[o])
        {
            int p = _automaton.Pattern[o];
            int first = count - _keyLength[p];
            int start = ring[first & _ringMask];
            // The match must start at the first key character of its text character, on a word boundary.
            if ((first > 0 && ring[(first - 1) & _ringMask] == start) || (start > 0 && IsWordCharacter(text[start - 1])))
            {
                continue;
            }
            found.Add(new PatternMatch(start, end, p));
        }
    }

    /// <summary>States with at least this many edges step by table.</summary>
    private const int DenseEdges = 3;

    /// <summary>At most this many states step by table (the root first, then in breadth-first order).</summary>
    private const int MaxDenseRows = 4096;

    private int Next(int state, int symbol)
    {
        char wanted = (char)symbol;
        char[] symbols = _automaton.EdgeSymbols;
        while (true)
        {
            int row = _denseRow[state];
            if (row >= 0)
            {
                return _dense[row * _width + symbol];
            }
            for (int e = _firstEdge[state], last = _firstEdge[state + 1]; e < last; e++)
            {
                if (symbols[e] == wanted)
                {
                    return e + 1;
                }
            }
            state = _automaton.Fail[state];
        }
    }

    /// <summary>Finds and remembers the symbol of <paramref name="c"/> (threads that meet it at once store the same value).</summary>
    private ushort Learn(char c)
    {
        string key = AliasKey.KeyOf(c);
        ushort symbol = key.Length == 0 ? Ignored : key.Length == 1 ? SymbolOfKeyChar(key[0]) : Several;
        _symbols[c] = symbol;
        return symbol;
    }

    private ushort SymbolOfKeyChar(char k)
    {
        int index = BinarySearch(_automaton.Alphabet, k);
        return index >= 0 ? (ushort)(index + 1) : _other;
    }

    private static int BinarySearch(string sorted, char c)
    {
        int low = 0, high = sorted.Length - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            if (sorted[mid] == c)
            {
                return mid;
            }
            if (sorted[mid] < c)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return -1;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Whether <paramref name="c"/> is part of a word: a letter, a digit or a combining mark.</summary>
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || IsMark(c);

    /// <summary>
    /// Of the matches (in order of their ends), keeps a set without overlaps, in text order: within each run of matches that
    /// overlap one another in a chain, the longest first, then the earliest, each kept unless it overlaps one kept before.
    /// </summary>
    private static List<PatternMatch> WithoutOverlaps(List<PatternMatch> matches)
    {
        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<PatternMatch>(matches.Count);
        var cluster = new List<PatternMatch>();
        for (int i = 0; i < matches.Count;)
        {
            int j = i + 1, reach = matches[i].End;
            while (j < matches.Count && matches[j].Start < reach)
            {
                reach = Math.Max(reach, matches[j].End);
                j++;
            }
            if (j == i + 1)
            {
                kept.Add(matches[i]);
            }
            else
            {
                cluster.Clear();
                cluster.AddRange(matches.GetRange(i, j - i));
                cluster.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
                int from = kept.Count;
                foreach (PatternMatch candidate in cluster)
                {
                    bool overlaps = false;
                    for (int k = from; k < kept.Count && !overlaps; k++)
                    {
                        overlaps = candidate.Start < kept[k].End && kept[k].Start < candidate.End;
                    }
                    if (!overlaps)
                    {
                        kept.Add(candidate);
                    }
                }
                kept.Sort(from, kept.Count - from, Comparer<PatternMatch>.Create((a, b) => a.Start.CompareTo(b.Start)));
            }
            i = j;
        }
        return kept;
    }
}
