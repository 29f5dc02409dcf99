using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace Almanac.Generator.Linking;

/// <summary>
/// A source document prepared for quote checks: white space runs fold to one space and typographic quotation
/// marks fold to the ASCII ones, in the document and in the quote alike; nothing else is forgiven.
/// </summary>
internal sealed class QuoteIndex
{
    private readonly string _folded;
    private readonly EquatableArray<int> _paragraphStarts;
    private readonly Dictionary<string, int?> _found = new(StringComparer.Ordinal);
    private Dictionary<ulong, int>? _gramHeads;
    private int[]? _gramNext;

    /// <summary>Quotes shorter than this are searched by scanning; longer ones through an index of their first characters.</summary>
    private const int GramLength = 8;

    /// <summary>After this many look-ups a document gets a gram index: most documents are short and quoted a few times.</summary>
    private const int IndexAfterLookups = 32;

    public QuoteIndex(IndexedDocument document)
    {
        _folded = document.Folded;
        _paragraphStarts = document.ParagraphStarts;
    }

    /// <summary>
    /// Prepares a document as the compiler decoded it (<paramref name="source"/>; <see langword="null"/>: unreadable, empty):
    /// folds it and finds its paragraphs, the part of the work that depends on the document alone. A document that was
    /// not valid UTF-8 gets ALM020 instead, and nothing to search.
    /// </summary>
    public static IndexedDocument Prepare(string path, SourceText? source, CancellationToken cancellationToken)
    {
        string text = source?.ToString() ?? "";
        return InvalidUtf8.Check(path, text, source?.Encoding, "source document") is { } invalid
            ? new IndexedDocument(path, "", EquatableArray<int>.Empty, new[] { invalid }.ToEquatableArray())
            : Prepare(path, text, cancellationToken);
    }

    /// <summary>Folds <paramref name="text"/> and finds its paragraphs.</summary>
    public static IndexedDocument Prepare(string path, string text, CancellationToken cancellationToken)
    {
        var paragraphStarts = ImmutableArray.CreateBuilder<int>();
        string folded = Fold(text, paragraphStarts, cancellationToken);
        return new IndexedDocument(path, folded, paragraphStarts.ToImmutable().ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>The number of paragraphs in the document.</summary>
    public int ParagraphCount => _paragraphStarts.Count;

    /// <summary>Folds a quote the way the document is folded.</summary>
    public static string Fold(string quote) => Fold(quote, paragraphStarts: null, CancellationToken.None);

    /// <summary>
    /// Folds <paramref name="text"/>: runs of white space become one space (none at the start or the end) and typographic
    /// quotation marks the ASCII ones. Adds to <paramref name="paragraphStarts"/>, when given, the position in the folded
    /// text where each paragraph starts: the first character of a non-blank line after a blank one (or at the start).
    /// </summary>
    private static string Fold(string text, ImmutableArray<int>.Builder? paragraphStarts, CancellationToken cancellationToken)
    {
        var folded = new StringBuilder(text.Length);
        bool pendingSpace = false, blankLine = true, inParagraph = false;
        for (int i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            char c = text[i];
            if (c == '\n')
            {
                inParagraph = !blankLine;
                blankLine = true;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }
            if (blankLine && !inParagraph)
            {
                paragraphStarts?.Add(folded.Length);
            }
            blankLine = false;
            folded.Append(FoldQuote(c));
        }
        return folded.ToString();
    }

    /// <summary>The 1-based paragraph where <paramref name="quote"/> starts, or null when the document does not contain it.</summary>
    public int? Find(string quote)
    {
        string folded = Fold(quote);
        if (folded.Length == 0)
        {
            return null;
        }
        if (_found.TryGetValue(folded, out int? known))
        {
            return known;
        }
        int index = IndexOf(folded);
        int? result = null;
        if (index >= 0)
        {
            int paragraph = _paragraphStarts.AsImmutableArray().BinarySearch(index);
            result = paragraph >= 0 ? paragraph + 1 : ~paragraph;
        }
        _found[folded] = result;
        return result;
    }

    private int IndexOf(string folded)
    {
        if (folded.Length < GramLength || _found.Count < IndexAfterLookups)
        {
            return _folded.IndexOf(folded, StringComparison.Ordinal);
        }
        if (_gramHeads is null)
        {
            BuildGramIndex();
        }
        if (!_gramHeads!.TryGetValue(Gram(folded, 0), out int position))
        {
            return -1;
        }
        int first = -1;
        for (; position >= 0; position = _gramNext![position])
        {
            if (position + folded.Length <= _folded.Length && string.CompareOrdinal(_folded, position, folded, 0, folded.Length) == 0)
            {
                first = position; // positions are chained from the last to the first; keep the earliest match
            }
        }
        return first;
    }

    private void BuildGramIndex()
    {
        int count = Math.Max(0, _folded.Length - GramLength + 1);
        _gramHeads = new Dictionary<ulong, int>();
        _gramNext = new int[count];
        for (int i = 0; i < count; i++)
        {
            ulong gram = Gram(_folded, i);
            _gramNext[i] = _gramHeads.TryGetValue(gram, out int previous) ? previous : -1;
            _gramHeads[gram] = i;
        }
    }

    private static ulong Gram(string text, int start)
    {
        ulong hash = 14695981039346656037UL;
        for (int i = start; i < start + GramLength; i++)
        {
            hash = (hash ^ text[i]) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>The passage of the document with the most words in common with <paramref name="quote"/>, for error messages.</summary>
    public string Closest(string quote)
    {
        string[] quoteWords = Fold(quote).Split(' ');
        string[] words = _folded.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "";
        }
        int window = Math.Min(Math.Max(1, quoteWords.Length), words.Length);
        var wanted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string w in quoteWords)
        {
            wanted[w] = wanted.TryGetValue(w, out int n) ? n + 1 : 1;
        }
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        int overlap = 0, best = -1, bestStart = 0;
        for (int i = 0; i < words.Length; i++)
        {
            Add(words[i], +1);
            if (i >= window)
            {
                Add(words[i - window], -1);
            }
            if (i >= window - 1 && overlap > best)
            {
                best = overlap;
                bestStart = i - window + 1;
            }
        }
        string passage = string.Join(" ", words.Skip(bestStart).Take(window));
        return passage.Length > 300 ? passage.Substring(0, 300) + "…" : passage;

        void Add(string word, int delta)
        {
            int had = inWindow.TryGetValue(word, out int n) ? n : 0;
            int now = had + delta;
            inWindow[word] = now;
            int want = wanted.TryGetValue(word, out int m) ? m : 0;
            overlap += Math.Min(now, want) - Math.Min(had, want);
        }
    }

    private static char FoldQuote(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        _ => c,
    };
}
