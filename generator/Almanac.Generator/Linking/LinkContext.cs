using System.Threading;
using Microsoft.CodeAnalysis;

namespace Almanac.Generator.Linking;

/// <summary>What the link passes share: the diagnostics they report, the cancellation token and the budget of "did you mean" searches.</summary>
internal sealed class LinkContext
{
    /// <summary>"Did you mean" searches compare a wrong id with every id of its kind; past this many comparisons in
    /// one build (a renamed actor cited everywhere in a large dataset) messages leave the suggestions out.</summary>
    internal const int MaxSuggestionComparisons = 1_000_000;

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private int _suggestionBudget = MaxSuggestionComparisons;

    public LinkContext(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    public void ThrowIfCancellationRequested() => CancellationToken.ThrowIfCancellationRequested();

    /// <summary>Takes <paramref name="comparisons"/> from the suggestion budget; false when it does not hold them.</summary>
    public bool Spend(int comparisons)
    {
        if (comparisons > _suggestionBudget)
        {
            return false;
        }
        _suggestionBudget -= comparisons;
        return true;
    }

    /// <summary>A location as a message names it: file name (line,column).</summary>
    public static string Where(LocationInfo location) =>
        $"{System.IO.Path.GetFileName(location.FilePath)}({location.LineSpan.Start.Line + 1},{location.LineSpan.Start.Character + 1})";
}
