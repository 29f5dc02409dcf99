using System.Text;
using System.Text.Json;
using Almanac.Text;

namespace Almanac.Export.Site;

/// <summary>
/// The site's search index: every id, name and alias of every entity under its <see cref="AliasKey"/> key (the key
/// <c>Find</c> looks names up by), plus the key of each later word of a name, so that "Haftar" finds "Khalifa Haftar".
/// The page computes the same key for what is typed (<c>site.js</c>, tested against <see cref="AliasKey.Normalize"/>)
/// and reads only the shards whose key prefix can match.
/// </summary>
/// <remarks>Shards are script files (<c>assets/search/*.js</c>) rather than JSON, because a page opened from the file
/// system may load scripts but not fetch files. A shard holds the keys with one prefix; a prefix with more than
/// <see cref="ShardLimit"/> entries is split by one more character, so no shard grows with the dataset.</remarks>
internal static class SearchIndex
{
    /// <summary>The most entries a shard holds before it is split by a longer prefix.</summary>
    public const int ShardLimit = 4000;

    /// <summary>The kinds of entity, in the order an entry numbers them (the schema's order of the entity sections, each
    /// section's key without its plural <c>s</c>); an entity's page is <c>&lt;kind&gt;s/&lt;file&gt;.html</c>.</summary>
    public static readonly IReadOnlyList<string> Kinds = ExportSchema.EntityKinds.Select(k => k.Key.Substring(0, k.Key.Length - 1)).ToArray();

    /// <summary>The most later-word keys taken from one name.</summary>
    public const int SuffixesPerName = 4;

    /// <summary>One entry: the key, the text it was made from, the entity's name, kind (index in <see cref="Kinds"/>) and page's file name.</summary>
    internal readonly record struct Entry(string Key, string Label, string Name, int Kind, string File);

    /// <summary>
    /// The entries of <paramref name="entities"/> (a site's: its dataset's own, then those of the datasets it extends that its
    /// pages name), each on the page <paramref name="file"/> names, with the other names <paramref name="aliases"/> gives
    /// it, one per distinct key of each entity, in key order: its id, name and
    /// aliases, and the last <see cref="SuffixesPerName"/> later-word tails of its name and aliases (words of three or more letters).
    /// </summary>
    public static List<Entry> Build(IEnumerable<Entity> entities, Func<Entity, string> file, Func<Entity, string> kind, Func<Entity, IReadOnlyList<string>> aliases)
    {
        var entries = new List<Entry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Entity entity in entities)
        {
            keys.Clear();
            string page = file(entity);
            int kindIndex = ((string[])Kinds).AsSpan().IndexOf(kind(entity));
            string name = entity.Name;
            void Add(string text)
            {
                string key = AliasKey.Normalize(text);
                if (key.Length > 0 && keys.Add(key))
                {
                    entries.Add(new Entry(key, text, name, kindIndex, page));
                }
            }
            IReadOnlyList<string> others = aliases(entity);
            Add(entity.Id);
            Add(entity.Name);
            foreach (string alias in others)
            {
                Add(alias);
            }
            foreach (string alias in others.Prepend(name))
            {
                string[] words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                int taken = 0;
                for (int i = 1; i < words.Length && taken < SuffixesPerName; i++)
                {
                    if (words[i].Length >= 3)
                    {
                        Add(string.Join(' ', words, i, words.Length - i));
                        taken++;
                    }
                }
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is int c && c != 0 ? c
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.File, b.File));
        return entries;
    }

    /// <summary>Splits <paramref name="entries"/> (in key order) into shards by key prefix.</summary>
    public static List<(string Prefix, List<Entry> Entries)> Shard(List<Entry> entries)
    {
        var shards = new List<(string, List<Entry>)>();
        Split(entries, 1, shards);
        return shards;
    }

    private static void Split(List<Entry> entries, int length, List<(string, List<Entry>)> shards)
    {
        foreach (var group in entries.GroupBy(e => e.Key.Length <= length ? e.Key : e.Key.Substring(0, length)))
        {
            var list = group.ToList();
            bool exact = list.All(e => e.Key.Length <= length);
            if (list.Count <= ShardLimit || exact || length >= 16)
            {
                shards.Add((group.Key, list));
                continue;
            }
            // The keys that are the prefix itself stay in a shard of their own; the longer ones split by one more character.
            var shorter = list.Where(e => e.Key.Length <= length).ToList();
            if (shorter.Count > 0)
            {
                shards.Add((group.Key, shorter));
            }
            Split(list.Where(e => e.Key.Length > length).ToList(), length + 1, shards);
        }
    }

    /// <summary>The file name of the shard of <paramref name="prefix"/>: its UTF-16 code units in hexadecimal.</summary>
    public static string FileName(string prefix)
    {
        var b = new StringBuilder(prefix.Length * 4 + 3);
        foreach (char c in prefix)
        {
            b.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return b.Append(".js").ToString();
    }

    /// <summary>The script of one shard: <c>almanacSearch.add("prefix", [[key, label, name, kind, file], …]);</c>, the label 0 when it is the name.</summary>
    public static string Script(string prefix, List<Entry> entries)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }))
        {
            w.WriteStartArray();
            foreach (Entry e in entries)
            {
                w.WriteStartArray();
                w.WriteStringValue(e.Key);
                if (e.Label == e.Name)
                {
                    w.WriteNumberValue(0);
                }
                else
                {
                    w.WriteStringValue(e.Label);
                }
                w.WriteStringValue(e.Name);
                w.WriteNumberValue(e.Kind);
                w.WriteStringValue(e.File);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        return "almanacSearch.add(" + Quote(prefix) + ", " + Encoding.UTF8.GetString(stream.ToArray()) + ");\n";
    }

    /// <summary>The script listing the kinds and the shards: <c>almanacSearch.shards(["source", …], {"prefix": "file", …});</c>.</summary>
    public static string Manifest(IEnumerable<string> prefixes)
    {
        var b = new StringBuilder("almanacSearch.shards([").AppendJoin(", ", Kinds.Select(Quote)).Append("], {");
        bool first = true;
        foreach (string prefix in prefixes)
        {
            b.Append(first ? "" : ",").Append('\n').Append(Quote(prefix)).Append(':').Append(Quote(FileName(prefix)));
            first = false;
        }
        return b.Append("\n});\n").ToString();
    }

    /// <summary>A JavaScript string literal of <paramref name="text"/>, with every character outside printable ASCII escaped.</summary>
    public static string Quote(string text)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }))
        {
            w.WriteStringValue(text);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
