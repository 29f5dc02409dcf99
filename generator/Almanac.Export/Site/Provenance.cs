using System.Text;

namespace Almanac.Export.Site;

/// <summary>A passage of a source that the dataset cites: a quote (found in the document at a paragraph) or a claim in the curator's words.</summary>
/// <param name="Anchor">The fragment id of the passage on its source's page (<c>q-1</c> for quotes, <c>c-1</c> for claims).</param>
/// <param name="Text">The quote or the claim.</param>
/// <param name="Paragraph">The 1-based paragraph of the document where the quote starts, when known.</param>
/// <param name="IsClaim">Whether the citation gives a claim rather than a quote.</param>
/// <param name="CitedBy">The entities citing the passage, in dataset order.</param>
internal sealed record Passage(string Anchor, string Text, int? Paragraph, bool IsClaim, IReadOnlyList<Entity> CitedBy);

/// <summary>
/// Every cited passage of every source, numbered per source, so that each citation of an entity links to its passage on
/// the source's page (provenance in one click). Citations of the same words of a source share one passage.
/// </summary>
internal sealed class Provenance
{
    private readonly Dictionary<Source, IReadOnlyList<Passage>> _passages = new();
    private readonly Dictionary<(string Source, bool IsClaim, string Text), Passage> _byText = new();

    /// <summary>The passages that <paramref name="citing"/> (the entities with citations, in order) cite.</summary>
    public Provenance(IEnumerable<Entity> citing)
    {
        var found = new Dictionary<(string, bool, string), (Source Source, string Text, int? Paragraph, List<Entity> CitedBy, int Order)>();
        int order = 0;
        foreach (Entity entity in citing)
        {
            foreach (Citation citation in entity.Citations)
            {
                var key = Key(citation);
                if (!found.TryGetValue(key, out var passage))
                {
                    passage = (citation.Source, Text(citation), citation.Paragraph, new List<Entity>(), order++);
                    found.Add(key, passage);
                }
                if (passage.CitedBy.Count == 0 || !ReferenceEquals(passage.CitedBy[^1], entity))
                {
                    passage.CitedBy.Add(entity);
                }
            }
        }
        foreach (var group in found.GroupBy(p => p.Value.Source))
        {
            var list = new List<Passage>();
            int quotes = 0, claims = 0;
            foreach (var (key, p) in group.OrderBy(p => p.Key.Item2).ThenBy(p => p.Value.Paragraph ?? int.MaxValue).ThenBy(p => p.Value.Order))
            {
                string anchor = key.Item2 ? "c-" + (++claims).ToString(CultureInfo.InvariantCulture) : "q-" + (++quotes).ToString(CultureInfo.InvariantCulture);
                var passage = new Passage(anchor, p.Text, p.Paragraph, key.Item2, p.CitedBy);
                list.Add(passage);
                _byText.Add(key, passage);
            }
            _passages.Add(group.Key, list);
        }
    }

    /// <summary>The cited passages of <paramref name="source"/>: quotes by paragraph, then claims.</summary>
    public IReadOnlyList<Passage> Of(Source source) => _passages.TryGetValue(source, out var list) ? list : Array.Empty<Passage>();

    /// <summary>The passage <paramref name="citation"/> cites.</summary>
    public Passage For(Citation citation) => _byText[Key(citation)];

    private static (string, bool, string) Key(Citation citation) =>
        (ExportScope.Qualified(citation.Source), citation.Kind == CitationKind.Reference, Fold(Text(citation)));

    private static string Text(Citation citation) => citation.Kind == CitationKind.Reference ? citation.Claim ?? "" : citation.Quote;

    /// <summary>
    /// Folds text as quotes are checked against documents: runs of white space become one space (none at either end) and
    /// typographic quotation marks the ASCII ones.
    /// </summary>
    public static string Fold(string text) => Fold(text, map: null);

    /// <summary>Folds <paramref name="text"/> as <see cref="Fold(string)"/> does; <paramref name="map"/>, when given, receives for each folded character the index of the original one.</summary>
    public static string Fold(string text, List<int>? map)
    {
        var folded = new StringBuilder(text.Length);
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                folded.Append(' ');
                map?.Add(i - 1);
                pendingSpace = false;
            }
            folded.Append(FoldQuote(c));
            map?.Add(i);
        }
        return folded.ToString();
    }

    private static char FoldQuote(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        _ => c,
    };
}
