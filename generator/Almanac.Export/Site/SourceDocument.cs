namespace Almanac.Export.Site;

/// <summary>
/// A source's document as a page shows it: its paragraphs (blocks of consecutive non-blank lines, numbered from 1 as
/// citations number them), with every cited passage highlighted and every excluded passage marked.
/// </summary>
internal sealed class SourceDocument
{
    /// <summary>A highlighted range of the document's text.</summary>
    /// <param name="Start">The first character, in the document's text.</param>
    /// <param name="End">One past the last character.</param>
    /// <param name="Anchor">The fragment id of the range.</param>
    /// <param name="Passage">The cited passage, or <see langword="null"/> for an excluded one.</param>
    /// <param name="Excluded">The excluded passage, or <see langword="null"/> for a cited one.</param>
    internal sealed record Mark(int Start, int End, string Anchor, Passage? Passage, ExcludedPassage? Excluded);

    private readonly string _text;
    private readonly List<(int Start, int End)> _paragraphs = new();
    private readonly string _folded;
    private readonly List<int> _map = new();

    public SourceDocument(string text)
    {
        _text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        _folded = Provenance.Fold(_text, _map);
        int start = -1, end = 0;
        int lineStart = 0;
        while (lineStart <= _text.Length)
        {
            int newline = _text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? _text.Length : newline;
            bool blank = string.IsNullOrWhiteSpace(_text.AsSpan(lineStart, lineEnd - lineStart).ToString());
            if (blank)
            {
                if (start >= 0)
                {
                    _paragraphs.Add((start, end));
                    start = -1;
                }
            }
            else
            {
                if (start < 0)
                {
                    start = lineStart;
                }
                end = lineEnd;
            }
            if (newline < 0)
            {
                break;
            }
            lineStart = newline + 1;
        }
        if (start >= 0)
        {
            _paragraphs.Add((start, end));
        }
    }

    /// <summary>The number of paragraphs.</summary>
    public int ParagraphCount => _paragraphs.Count;

    /// <summary>Where <paramref name="passage"/> is in the text, or <see langword="null"/> when the text does not hold it.</summary>
    public (int Start, int End)? Find(string passage)
    {
        string folded = Provenance.Fold(passage);
        if (folded.Length == 0)
        {
            return null;
        }
        int index = _folded.IndexOf(folded, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }
        return (_map[index], _map[index + folded.Length - 1] + 1);
    }

    /// <summary>The 1-based paragraph holding the character at <paramref name="offset"/>.</summary>
    public int ParagraphAt(int offset)
    {
        for (int i = 0; i < _paragraphs.Count; i++)
        {
            if (offset < _paragraphs[i].End || i == _paragraphs.Count - 1)
            {
                return i + 1;
            }
        }
        return 1;
    }

    /// <summary>
    /// Writes the paragraphs as an ordered list (<c>p-1</c>, <c>p-2</c>, …), each mark as <c>&lt;mark&gt;</c> preceded by
    /// its anchor and followed by links to what cites it (or the reason it is excluded). Overlapping marks are written as
    /// consecutive pieces, each with the classes of every mark over it.
    /// </summary>
    public void Write(Html html, IReadOnlyList<Mark> marks, Func<Entity, string> url)
    {
        html.Open("ol", "class", "document").Line();
        for (int p = 0; p < _paragraphs.Count; p++)
        {
            var (start, end) = _paragraphs[p];
            string number = (p + 1).ToString(CultureInfo.InvariantCulture);
            html.Open("li", "id", "p-" + number, "value", number, "dir", "auto");
            // The points where a mark starts or ends split the paragraph into pieces with the same marks over them.
            var cuts = new SortedSet<int> { start, end };
            foreach (Mark m in marks)
            {
                if (m.Start < end && m.End > start)
                {
                    cuts.Add(Math.Max(m.Start, start));
                    cuts.Add(Math.Min(m.End, end));
                }
            }
            int[] points = cuts.ToArray();
            for (int i = 0; i + 1 < points.Length; i++)
            {
                int a = points[i], b = points[i + 1];
                foreach (Mark m in marks)
                {
                    if (m.Start == a)
                    {
                        html.Element("span", null, "id", m.Anchor, "class", "anchor");
                    }
                }
                List<Mark> over = marks.Where(m => m.Start <= a && m.End >= b).ToList();
                if (over.Count == 0)
                {
                    html.Text(_text.Substring(a, b - a));
                }
                else
                {
                    bool excluded = over.All(m => m.Excluded is not null);
                    // Each piece names every mark over it, so that the whole of a targeted passage lights up (TargetStyle).
                    string classes = (excluded ? "excluded" : "cited") + string.Concat(over.Select(m => " " + PieceClass(m)));
                    html.Open("mark", "class", classes, "title", excluded ? "Excluded: " + over[0].Excluded!.Reason : null)
                        .Text(_text.Substring(a, b - a)).Close("mark");
                }
                foreach (Mark m in marks)
                {
                    if (m.End == b && m.End > start)
                    {
                        Note(html, m, url);
                    }
                }
            }
            html.Close("li").Line();
        }
        html.Close("ol").Line();
    }

    /// <summary>The class of every piece of <paramref name="mark"/>.</summary>
    private static string PieceClass(Mark mark) => "of-" + mark.Anchor;

    /// <summary>
    /// The style rules that draw every piece of a passage in the strong highlight when the address targets its anchor
    /// (<c>#q-3</c>), for the page's head: a passage that overlaps another is written in several pieces, which the rule
    /// for a targeted anchor's next sibling alone would not reach. Null when there are no marks.
    /// </summary>
    public static string? TargetStyle(IReadOnlyList<Mark> marks) =>
        marks.Count == 0 ? null
            : string.Join(",\n", marks.Select(m => $"#{m.Anchor}:target ~ .{PieceClass(m)}")) + " { background: var(--mark-strong); outline: 2px solid #e0a800; }";

    private static void Note(Html html, Mark mark, Func<Entity, string> url)
    {
        html.Raw(" ").Open("span", "class", "note");
        if (mark.Excluded is { } excluded)
        {
            html.Text("(excluded: " + excluded.Reason + ")");
        }
        else
        {
            html.Text("(cited by ");
            IReadOnlyList<Entity> citedBy = mark.Passage!.CitedBy;
            for (int i = 0; i < citedBy.Count; i++)
            {
                if (i > 0)
                {
                    html.Text("; ");
                }
                html.Link(url(citedBy[i]), citedBy[i].Name);
            }
            html.Text(")");
        }
        html.Close("span");
    }
}
