using System.Text.Json;
using Almanac.Libya;
using YamlDotNet.RepresentationModel;

namespace Almanac.Tests;

/// <summary>
/// The renderings of <see cref="DatasetCitation"/>, each read back as its format: CSL-JSON as JSON, CFF as YAML, BibTeX
/// by its braces and fields; for the Libya dataset and for metadata full of characters each format must escape.
/// </summary>
public class CitationTests
{
    private const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /// <summary>Metadata that needs escaping in every format: TeX specials, quotes, backslashes, YAML indicators, a line break.</summary>
    private static readonly DatasetInfo Awkward = new("r&d-data", "R&D {draft}: 100% of \"the\" $5 #1 a_b ~ ^ \\ – ترهونة", "2.0.0-rc.1", "CC0-1.0",
        "free text")
    {
        Description = "- yes: no\n# not a comment, 'quoted' and \"double\"\t\u0001\u0085\u2028 end",
        Url = "https://example.org/data?a=1&b=%20{x}",
        ContentHash = Hash,
        Authors = new[] { "Lovelace, Ada", "Hopper, Grace Brewster", "Bureau of Data & Statistics", "Curie-Skłodowska, Marie-Anne" },
        Released = new DateOnly(2021, 3, 4),
        Keywords = new[] { "yes", "null", "a: b", "#tag" },
    };

    /// <summary>The least a dataset has: no authors, date, address, keywords or hash, and a licence in words.</summary>
    private static readonly DatasetInfo Bare = new("bare", "Bare", "1", "All rights reserved", "Bare, version 1.");

    [Fact]
    public void The_metadata_prints_its_lists_item_by_item()
    {
        string printed = Awkward.ToString();
        Assert.Contains("Authors = [Lovelace, Ada, Hopper, Grace Brewster, Bureau of Data & Statistics, Curie-Skłodowska, Marie-Anne]", printed, StringComparison.Ordinal);
        Assert.Contains("Released = 2021-03-04, Keywords = [yes, null, a: b, #tag]", printed, StringComparison.Ordinal);
        Assert.StartsWith("DatasetInfo { Id = r&d-data, Title = ", printed, StringComparison.Ordinal);
        Assert.EndsWith("Keywords = [] }", Bare.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", printed, StringComparison.Ordinal);
    }

    public static TheoryData<string> Infos => new() { "libya", "awkward", "bare" };

    private static DatasetInfo Info(string name) => name switch
    {
        "libya" => LibyaDataset.Dataset.Info,
        "awkward" => Awkward,
        _ => Bare,
    };

    [Theory]
    [MemberData(nameof(Infos))]
    public void Csl_json_is_an_array_of_one_dataset_item_with_version_and_hash(string name)
    {
        DatasetInfo info = Info(name);
        using JsonDocument document = JsonDocument.Parse(info.Cite(CitationFormat.CslJson));
        JsonElement item = Assert.Single(document.RootElement.EnumerateArray().ToList());
        Assert.Equal("dataset", item.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
        Assert.Equal(info.Title, item.GetProperty("title").GetString());
        Assert.Equal(info.Version, item.GetProperty("version").GetString());
        Assert.Contains(info.License, item.GetProperty("note").GetString());
        if (info.ContentHash is not null)
        {
            Assert.Contains(info.ContentHash, item.GetProperty("note").GetString());
        }
        Assert.Equal(info.Url, item.TryGetProperty("URL", out JsonElement url) ? url.GetString() : null);
        Assert.Equal(info.Description, item.TryGetProperty("abstract", out JsonElement description) ? description.GetString() : null);
        var authors = item.TryGetProperty("author", out JsonElement list) ? list.EnumerateArray().ToList() : new List<JsonElement>();
        Assert.Equal(info.Authors.Count, authors.Count);
        for (int i = 0; i < authors.Count; i++)
        {
            string expected = info.Authors[i];
            string actual = authors[i].TryGetProperty("literal", out JsonElement literal)
                ? literal.GetString()!
                : authors[i].GetProperty("family").GetString() + ", " + authors[i].GetProperty("given").GetString();
            Assert.Equal(expected, actual);
        }
        if (info.Released is { } released)
        {
            int[] parts = item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).ToArray();
            Assert.Equal(new[] { released.Year, released.Month, released.Day }, parts);
        }
    }

    [Theory]
    [MemberData(nameof(Infos))]
    public void Cff_is_yaml_of_version_1_2_0_for_a_dataset_with_version_and_hash(string name)
    {
        DatasetInfo info = Info(name);
        var stream = new YamlStream();
        stream.Load(new StringReader(info.Cite(CitationFormat.Cff)));
        var root = (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
        string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)]).Value!;
        bool Has(string key) => root.Children.ContainsKey(new YamlScalarNode(key));

        Assert.Equal("1.2.0", Scalar(root, "cff-version"));
        Assert.Equal("dataset", Scalar(root, "type"));
        Assert.Equal(info.Title, Scalar(root, "title"));
        Assert.Equal(info.Version, Scalar(root, "version"));
        Assert.False(string.IsNullOrEmpty(Scalar(root, "message")));
        var authors = ((YamlSequenceNode)root.Children[new YamlScalarNode("authors")]).Children;
        Assert.NotEmpty(authors);
        if (info.Authors.Count > 0)
        {
            Assert.Equal(info.Authors, authors.Select(a => ((YamlMappingNode)a).Children.ContainsKey(new YamlScalarNode("name"))
                ? Scalar(a, "name")
                : Scalar(a, "family-names") + ", " + Scalar(a, "given-names")));
        }
        Assert.Equal(info.Released?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Has("date-released") ? Scalar(root, "date-released") : null);
        Assert.Equal(info.Description, Has("abstract") ? Scalar(root, "abstract") : null);
        Assert.Equal(info.Url, Has("url") ? Scalar(root, "url") : null);
        Assert.Equal(info.Keywords, Has("keywords") ? ((YamlSequenceNode)root.Children[new YamlScalarNode("keywords")]).Select(k => ((YamlScalarNode)k).Value!) : Array.Empty<string>());
        Assert.Equal(info.License.Contains(' ', StringComparison.Ordinal) ? null : info.License, Has("license") ? Scalar(root, "license") : null);
        if (info.ContentHash is not null)
        {
            YamlNode identifier = Assert.Single(((YamlSequenceNode)root.Children[new YamlScalarNode("identifiers")]).Children);
            Assert.Equal("other", Scalar(identifier, "type"));
            Assert.Equal("sha256:" + info.ContentHash, Scalar(identifier, "value"));
        }
        else
        {
            Assert.False(Has("identifiers"));
        }
    }

    [Theory]
    [MemberData(nameof(Infos))]
    public void BibTeX_is_one_dataset_entry_with_balanced_braces_and_its_fields(string name)
    {
        DatasetInfo info = Info(name);
        string entry = info.Cite(CitationFormat.BibTeX);
        Assert.StartsWith("@dataset{", entry, StringComparison.Ordinal);
        Assert.EndsWith("}\n", entry, StringComparison.Ordinal);
        int depth = 0;
        for (int i = 0; i < entry.Length; i++)
        {
            if (entry[i] == '\\')
            {
                i++; // an escaped character (\{, \}, \&, …) is not a delimiter
                continue;
            }
            depth += entry[i] == '{' ? 1 : entry[i] == '}' ? -1 : 0;
            Assert.True(depth >= 0, $"a closing brace without its opening brace at {i}:\n{entry}");
            if (depth == 0 && entry[i] == '}')
            {
                Assert.True(i == entry.Length - 2, $"the entry closes at {i}, before its end:\n{entry}");
            }
        }
        Assert.Equal(0, depth);
        string key = entry.Substring("@dataset{".Length, entry.IndexOf(',', StringComparison.Ordinal) - "@dataset{".Length);
        Assert.Matches("^[A-Za-z0-9_.:-]+$", key);
        var fields = entry.Split('\n').Skip(1).Where(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(" = ", 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Contains("title", fields.Keys);
        Assert.Equal("{" + info.Version.Replace("_", "\\_", StringComparison.Ordinal) + "},", fields["version"]);
        Assert.Contains("Licence: ", fields["note"], StringComparison.Ordinal);
        Assert.Equal(info.Authors.Count > 0, fields.ContainsKey("author"));
        Assert.Equal(info.Released is not null, fields.ContainsKey("date"));
        if (info.ContentHash is not null)
        {
            Assert.Contains(info.ContentHash, fields["note"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BibTeX_escapes_the_characters_TeX_treats_specially()
    {
        string entry = Awkward.Cite(CitationFormat.BibTeX);
        Assert.Contains(@"title = {{R\&D \{draft\}: 100\% of ""the"" \$5 \#1 a\_b \textasciitilde{} \textasciicircum{} \textbackslash{} – ترهونة}},", entry, StringComparison.Ordinal);
        Assert.Contains(@"author = {Lovelace, Ada and Hopper, Grace Brewster and {Bureau of Data \& Statistics} and Curie-Skłodowska, Marie-Anne},", entry, StringComparison.Ordinal);
        Assert.Contains("url = {https://example.org/data?a=1&b=%20%7Bx%7D},", entry, StringComparison.Ordinal);
        Assert.Contains("date = {2021-03-04},", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void Apa_names_the_authors_year_title_version_and_hash_in_one_line()
    {
        Assert.Equal(
            "Lovelace, A., Hopper, G. B., Bureau of Data & Statistics, & Curie-Skłodowska, M.-A. (2021). " + Awkward.Title
            + " (Version 2.0.0-rc.1) [Data set]. https://example.org/data?a=1&b=%20{x} Licence: CC0-1.0. SHA-256 content hash: " + Hash + ".\n",
            Awkward.Cite(CitationFormat.Apa));
        Assert.Equal("Bare (n.d.) (Version 1) [Data set]. Licence: All rights reserved.\n", Bare.Cite(CitationFormat.Apa));
    }

    [Fact]
    public void Every_format_is_deterministic_and_independent_of_the_culture()
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            foreach (CitationFormat format in DatasetCitation.AllFormats)
            {
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                string invariant = Awkward.Cite(format);
                CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
                Assert.Equal(invariant, Awkward.Cite(format));
                CultureInfo.CurrentCulture = new CultureInfo("de-DE");
                Assert.Equal(invariant, DatasetCitation.Render(Awkward with { }, format));
                Assert.DoesNotContain("\r", invariant, StringComparison.Ordinal);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Format_names_round_trip()
    {
        Assert.Equal(new[] { "bibtex", "apa", "csl-json", "cff" }, DatasetCitation.AllFormats.Select(DatasetCitation.Name));
        foreach (CitationFormat format in DatasetCitation.AllFormats)
        {
            Assert.Equal(format, DatasetCitation.Parse(DatasetCitation.Name(format).ToUpperInvariant()));
        }
        Assert.Null(DatasetCitation.Parse("ris"));
    }
}
