using System.Text.RegularExpressions;

namespace Almanac.Libya.Tests;

/// <summary>
/// A source document read as the generator reads it (schema.md, "Citation"): a paragraph is a block of consecutive
/// non-blank lines, numbered from 1; quotes are compared with white-space runs folded to one space and typographic
/// quotation marks folded to ASCII ones. Written independently of the generator, so that tests check its numbering.
/// </summary>
internal sealed class SourceDocument
{
    private readonly string _folded;
    private readonly List<int> _foldedParagraphStarts = new();

    private SourceDocument(string text)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(string.Join("\n", current));
                    current.Clear();
                }
                continue;
            }
            current.Add(line);
        }
        if (current.Count > 0)
        {
            paragraphs.Add(string.Join("\n", current));
        }
        Paragraphs = paragraphs;

        var folded = new StringBuilder();
        foreach (string paragraph in paragraphs)
        {
            if (folded.Length > 0)
            {
                folded.Append(' ');
            }
            _foldedParagraphStarts.Add(folded.Length);
            folded.Append(Fold(paragraph));
        }
        _folded = folded.ToString();
    }

    /// <summary>The paragraphs; paragraph n (1-based) is <c>Paragraphs[n - 1]</c>.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Reads the document stored at <paramref name="path"/> (a path like <c>seeds/x.txt</c>, as in <see cref="Source.Document"/>); the test project copies <c>seeds/</c> to its output.</summary>
    public static SourceDocument Load(string path) => new(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path)));

    /// <summary>The 1-based paragraph where the first occurrence of <paramref name="quote"/> starts, or null.</summary>
    public int? ParagraphOf(string quote)
    {
        string folded = Fold(quote);
        int index = folded.Length == 0 ? -1 : _folded.IndexOf(folded, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }
        int paragraph = _foldedParagraphStarts.BinarySearch(index);
        return paragraph >= 0 ? paragraph + 1 : ~paragraph;
    }

    /// <summary>White-space runs become one space (trimmed); “ ” „ ‟ ″ « » become ", ‘ ’ ‚ ‛ ′ become ' (schema.md, "Citation").</summary>
    public static string Fold(string text) =>
        new(Regex.Replace(text, @"\s+", " ").Trim().Select(c => c switch
        {
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
            _ => c,
        }).ToArray());
}
