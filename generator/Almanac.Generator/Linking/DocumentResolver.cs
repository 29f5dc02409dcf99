using System.Collections.Immutable;
using Almanac.Text;

namespace Almanac.Generator.Linking;

/// <summary>Finds source documents by path suffix (whole segments, either slash).</summary>
internal sealed class DocumentResolver
{
    private readonly List<(string Path, IndexedDocument Document)> _documents;
    private readonly ILookup<string, (string Path, IndexedDocument Document)> _byName;

    public DocumentResolver(ImmutableArray<IndexedDocument> documents)
    {
        _documents = documents.Select(d => (Normalize(d.Path), d)).OrderBy(d => d.Item1, StringComparer.Ordinal).ToList();
        _byName = _documents.ToLookup(d => System.IO.Path.GetFileName(d.Path), StringComparer.Ordinal);
    }

    public int Count => _documents.Count;

    public IndexedDocument? Find(string relative)
    {
        string wanted = Normalize(relative);
        while (wanted.StartsWith("./", StringComparison.Ordinal))
        {
            wanted = wanted.Substring(2);
        }
        foreach (var (path, document) in _byName[System.IO.Path.GetFileName(wanted)])
        {
            if (path == wanted || path.EndsWith("/" + wanted, StringComparison.Ordinal))
            {
                return document;
            }
        }
        return null;
    }

    public string? Closest(string relative)
    {
        string name = System.IO.Path.GetFileName(Normalize(relative));
        return EditDistance.Closest(name, _documents.Select(d => System.IO.Path.GetFileName(d.Path)));
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
