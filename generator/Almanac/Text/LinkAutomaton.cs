using System;
using System.Collections.Generic;
using System.Text;

namespace Almanac.Text;

/// <summary>
/// The Aho–Corasick automaton that finds the alias keys of actors and places in a text (<c>Dataset.Link</c>): a trie of
/// the keys (<see cref="AliasKey"/>) with the failure link of every state, its states numbered breadth first so that the
/// edges, listed state by state, lead to states 1, 2, 3, … in order. Each key (a <em>pattern</em>) lists the entities that
/// have it: as id, name, alias or scoped alias, as the alias hash tables hold them.
/// </summary>
/// <remarks>Shared by the generator, which builds it from the alias tables and writes it as the section <c>Link</c> of the
/// compiled data (<see cref="ToSection"/>), and the runtime, which reads it (<see cref="Read"/>) or, for data compiled
/// before the section existed, builds it from the decoded entities. Layout in <c>docs/data-format.md</c>.</remarks>
internal sealed class LinkAutomaton
{
    /// <summary>The kind of a target that is an actor.</summary>
    public const int ActorKind = 0;

    /// <summary>The kind of a target that is a place.</summary>
    public const int PlaceKind = 1;

    private LinkAutomaton(string[] keys, int[][] targets, string alphabet, int[] edgeCounts, int[] fail, int[] pattern, char[] edgeSymbols)
    {
        Keys = keys;
        Targets = targets;
        Alphabet = alphabet;
        EdgeCounts = edgeCounts;
        Fail = fail;
        Pattern = pattern;
        EdgeSymbols = edgeSymbols;
    }

    /// <summary>The patterns: the distinct keys, in ordinal order.</summary>
    public string[] Keys { get; }

    /// <summary>Per pattern, the entities that have its key: kind and entity index, in pairs, ordered by kind, then index.</summary>
    public int[][] Targets { get; }

    /// <summary>The characters of the keys, distinct, in ordinal order: character <c>Alphabet[s - 1]</c> is symbol <c>s</c>.</summary>
    public string Alphabet { get; }

    /// <summary>Per state (0 is the root), how many edges leave it.</summary>
    public int[] EdgeCounts { get; }

    /// <summary>Per state, the state of the longest proper suffix of its path that is a path of the trie (0 for the root and its children).</summary>
    public int[] Fail { get; }

    /// <summary>Per state, the pattern its path spells, or -1.</summary>
    public int[] Pattern { get; }

    /// <summary>The symbol of each edge, state by state, each state's edges by ascending symbol; edge <c>e</c> leads to state <c>e + 1</c>.</summary>
    public char[] EdgeSymbols { get; }

    /// <summary>The number of states.</summary>
    public int StateCount => Fail.Length;

    /// <summary>Builds the automaton of <paramref name="entries"/>: each a key, the kind of the entity that has it
    /// (<see cref="ActorKind"/> or <see cref="PlaceKind"/>) and its index. Empty keys are left out; a key listed twice for
    /// the same entity counts once. <paramref name="cancellationToken"/> is checked per key and per state.</summary>
    public static LinkAutomaton Build(IEnumerable<(string Key, int Kind, int Entity)> entries, System.Threading.CancellationToken cancellationToken = default)
    {
        var byKey = new SortedDictionary<string, SortedSet<long>>(StringComparer.Ordinal);
        foreach (var (key, kind, entity) in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (key.Length == 0)
            {
                continue;
            }
            if (!byKey.TryGetValue(key, out SortedSet<long>? set))
            {
                byKey.Add(key, set = new SortedSet<long>());
            }
            set.Add(((long)kind << 32) | (uint)entity);
        }
        var keys = new string[byKey.Count];
        var targets = new int[byKey.Count][];
        var symbols = new SortedSet<char>();
        int p = 0;
        foreach (var pair in byKey)
        {
            keys[p] = pair.Key;
            var list = new int[2 * pair.Value.Count];
            int t = 0;
            foreach (long target in pair.Value)
            {
                list[t++] = (int)(target >> 32);
                list[t++] = (int)(target & 0xFFFFFFFF);
            }
            targets[p++] = list;
            foreach (char c in pair.Key)
            {
                symbols.Add(c);
            }
        }
        var alphabet = new StringBuilder(symbols.Count);
        var symbolOf = new Dictionary<char, char>();
        foreach (char c in symbols)
        {
            alphabet.Append(c);
            symbolOf.Add(c, (char)alphabet.Length);
        }

        // The trie, with children sorted by character, then numbered breadth first.
        var children = new List<SortedDictionary<char, int>> { new() };
        var patternOf = new List<int> { -1 };
        for (int k = 0; k < keys.Length; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int state = 0;
            foreach (char c in keys[k])
            {
                if (!children[state].TryGetValue(c, out int next))
                {
                    next = children.Count;
                    children.Add(new SortedDictionary<char, int>());
                    patternOf.Add(-1);
                    children[state].Add(c, next);
                }
                state = next;
            }
            patternOf[state] = k;
        }
        int count = children.Count;
        var order = new int[count]; // breadth-first number → trie node
        var number = new int[count]; // trie node → breadth-first number
        int filled = 1;
        for (int head = 0; head < filled; head++)
        {
            foreach (int child in children[order[head]].Values)
            {
                number[child] = filled;
                order[filled++] = child;
            }
        }
        var edgeCounts = new int[count];
        var pattern = new int[count];
        var fail = new int[count];
        var edgeSymbols = new char[Math.Max(0, count - 1)];
        var edgeTargets = new Dictionary<(int State, char Symbol), int>();
        int edge = 0;
        for (int s = 0; s < count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SortedDictionary<char, int> next = children[order[s]];
            edgeCounts[s] = next.Count;
            pattern[s] = patternOf[order[s]];
            foreach (var pair in next)
            {
                edgeSymbols[edge++] = symbolOf[pair.Key];
                edgeTargets.Add((s, pair.Key), number[pair.Value]);
            }
        }
        // Failure links, breadth first: a state's parent is numbered before it.
        for (int s = 0; s < count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var pair in children[order[s]])
            {
                int child = number[pair.Value];
                if (s == 0)
                {
                    fail[child] = 0;
                    continue;
                }
                int f = fail[s];
                while (true)
                {
                    if (edgeTargets.TryGetValue((f, pair.Key), out int target))
                    {
                        fail[child] = target;
                        break;
                    }
                    if (f == 0)
                    {
                        fail[child] = 0;
                        break;
                    }
                    f = fail[f];
                }
            }
        }
        return new LinkAutomaton(keys, targets, alphabet.ToString(), edgeCounts, fail, pattern, edgeSymbols);
    }

    /// <summary>
    /// The automaton as the section <c>Link</c> stores it, <c>int32</c>s as two code units (low half first), strings as
    /// their length and characters: the pattern count, then per pattern its key and its targets (count, then kind and
    /// entity of each); the alphabet (length and characters); the state count, then per state its edge count, failure
    /// link and pattern; then the symbol of every edge, one code unit each.
    /// </summary>
    public string ToSection()
    {
        var text = new StringBuilder();
        void Int(int value) => text.Append((char)(value & 0xFFFF)).Append((char)((value >> 16) & 0xFFFF));
        Int(Keys.Length);
        for (int p = 0; p < Keys.Length; p++)
        {
            Int(Keys[p].Length);
            text.Append(Keys[p]);
            Int(Targets[p].Length / 2);
            foreach (int value in Targets[p])
            {
                Int(value);
            }
        }
        Int(Alphabet.Length);
        text.Append(Alphabet);
        Int(StateCount);
        for (int s = 0; s < StateCount; s++)
        {
            Int(EdgeCounts[s]);
            Int(Fail[s]);
            Int(Pattern[s]);
        }
        text.Append(EdgeSymbols);
        return text.ToString();
    }

    /// <summary>Reads the automaton that <see cref="ToSection"/> wrote.</summary>
    /// <exception cref="InvalidOperationException">The section is malformed (the "corrupt" error of the store).</exception>
    public static LinkAutomaton Read(string section)
    {
        int position = 0;
        int Int()
        {
            if (position + 2 > section.Length)
            {
                throw Corrupt();
            }
            int value = section[position] | (section[position + 1] << 16);
            position += 2;
            return value;
        }
        string Text(int length)
        {
            if (length < 0 || position + length > section.Length)
            {
                throw Corrupt();
            }
            string value = section.Substring(position, length);
            position += length;
            return value;
        }
        int Count(int itemLength)
        {
            int value = Int();
            return value >= 0 && (long)value * itemLength <= section.Length - position ? value : throw Corrupt();
        }

        int patterns = Count(4);
        var keys = new string[patterns];
        var targets = new int[patterns][];
        for (int p = 0; p < patterns; p++)
        {
            keys[p] = Text(Int());
            var list = new int[2 * Count(4)];
            for (int t = 0; t < list.Length; t++)
            {
                list[t] = Int();
            }
            targets[p] = list;
        }
        string alphabet = Text(Int());
        int states = Count(6);
        if (states < 1)
        {
            throw Corrupt();
        }
        var edgeCounts = new int[states];
        var fail = new int[states];
        var pattern = new int[states];
        long edges = 0;
        for (int s = 0; s < states; s++)
        {
            edgeCounts[s] = Int();
            fail[s] = Int();
            pattern[s] = Int();
            edges += edgeCounts[s];
            if (edgeCounts[s] < 0 || (uint)fail[s] >= (uint)states || pattern[s] < -1 || pattern[s] >= patterns)
            {
                throw Corrupt();
            }
        }
        if (edges != states - 1 || position + edges != section.Length)
        {
            throw Corrupt();
        }
        char[] edgeSymbols = Text((int)edges).ToCharArray();
        foreach (char symbol in edgeSymbols)
        {
            if (symbol < 1 || symbol > alphabet.Length)
            {
                throw Corrupt();
            }
        }
        return new LinkAutomaton(keys, targets, alphabet, edgeCounts, fail, pattern, edgeSymbols);
    }

    private static InvalidOperationException Corrupt() =>
        new("The compiled dataset is corrupt or was written by another version of Almanac; rebuild the dataset with the matching Almanac.Generator.");
}
