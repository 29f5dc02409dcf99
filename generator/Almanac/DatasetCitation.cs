using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Almanac;

/// <summary>A format in which <see cref="DatasetCitation"/> renders the citation of a dataset.</summary>
public enum CitationFormat
{
    /// <summary>A biblatex <c>@dataset</c> entry (<c>bibtex</c>), with <c>version</c> and the content hash in <c>note</c>.</summary>
    BibTeX,

    /// <summary>One line of plain text after APA's reference for a data set (<c>apa</c>).</summary>
    Apa,

    /// <summary>CSL-JSON (<c>csl-json</c>): an array of one item of the CSL data schema's type <c>dataset</c>, for Zotero,
    /// pandoc and citeproc.</summary>
    CslJson,

    /// <summary>Citation File Format 1.2.0 (<c>cff</c>): a <c>CITATION.cff</c> of <c>type: dataset</c>, with the content
    /// hash as an identifier.</summary>
    Cff,
}

/// <summary>
/// Renders the citation of one exact version of a dataset from its <see cref="DatasetInfo"/>: BibTeX, APA-like text,
/// CSL-JSON and Citation File Format. Every rendering names the version and, when known, the content hash (which changes
/// exactly when the data changes), escapes its values for its format, and is deterministic: the same metadata gives the
/// same text, with <c>\n</c> line ends, on every machine and culture.
/// </summary>
/// <remarks>
/// Authors are written as the dataset's YAML gives them: <c>Family, Given</c> is a person, anything without a comma an
/// organisation. A dataset that names no authors is cited under its title.
/// </remarks>
public static class DatasetCitation
{
    /// <summary>Every format, in the order the command line lists them.</summary>
    public static IReadOnlyList<CitationFormat> AllFormats { get; } =
        new[] { CitationFormat.BibTeX, CitationFormat.Apa, CitationFormat.CslJson, CitationFormat.Cff };

    /// <summary>The format's name on the command line: <c>bibtex</c>, <c>apa</c>, <c>csl-json</c> or <c>cff</c>.</summary>
    public static string Name(CitationFormat format) => format switch
    {
        CitationFormat.BibTeX => "bibtex",
        CitationFormat.Apa => "apa",
        CitationFormat.CslJson => "csl-json",
        CitationFormat.Cff => "cff",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format named <paramref name="name"/> (see <see cref="Name"/>, any case), or <see langword="null"/>.</summary>
    public static CitationFormat? Parse(string name)
    {
        foreach (CitationFormat format in AllFormats)
        {
            if (string.Equals(Name(format), name, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }
        return null;
    }

    /// <summary>The citation of the dataset described by <paramref name="info"/> in <paramref name="format"/>.</summary>
    public static string Render(DatasetInfo info, CitationFormat format)
    {
        ArgumentNullException.ThrowIfNull(info);
        return format switch
        {
            CitationFormat.BibTeX => BibTeX(info),
            CitationFormat.Apa => Apa(info),
            CitationFormat.CslJson => CslJson(info),
            CitationFormat.Cff => Cff(info),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>An author as the YAML gives it: a person (<c>Family, Given</c>) or an organisation (no comma).</summary>
    private readonly record struct Author(string? Family, string? Given, string? Organisation)
    {
        public static Author Parse(string text)
        {
            int comma = text.IndexOf(',');
            if (comma < 0)
            {
                return new Author(null, null, text.Trim());
            }
            string given = text.Substring(comma + 1).Trim();
            return new Author(text.Substring(0, comma).Trim(), given.Length == 0 ? null : given, null);
        }
    }

    private static IEnumerable<Author> Authors(DatasetInfo info) => info.Authors.Where(a => a.Trim().Length > 0).Select(Author.Parse);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private const string HashName = "SHA-256 content hash";

    // ---- BibTeX (biblatex) ----

    private static string BibTeX(DatasetInfo info)
    {
        var b = new StringBuilder();
        b.Append("@dataset{").Append(BibKey(info)).Append(",\n");
        void Field(string name, string? value)
        {
            if (value is not null)
            {
                b.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
            }
        }
        var authors = Authors(info).Select(a => a.Organisation is { } organisation
            ? "{" + BibText(organisation) + "}"
            : BibText(a.Family!) + (a.Given is null ? "" : ", " + BibText(a.Given))).ToList();
        Field("author", authors.Count == 0 ? null : string.Join(" and ", authors));
        Field("title", "{" + BibText(info.Title) + "}");
        Field("version", BibText(info.Version));
        Field("date", info.Released is { } released ? Date(released) : null);
        Field("year", info.Released is { } year ? Number(year.Year) : null);
        Field("url", info.Url is null ? null : info.Url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal));
        Field("keywords", info.Keywords.Count == 0 ? null : BibText(string.Join(", ", info.Keywords)));
        Field("note", BibText(Note(info)));
        b.Append("}\n");
        return b.ToString();
    }

    /// <summary>The entry's key: the id and the version, with every character a key may not hold replaced by <c>-</c>.</summary>
    private static string BibKey(DatasetInfo info)
    {
        var key = new StringBuilder();
        foreach (char c in info.Id + "-" + info.Version)
        {
            key.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' ? c : '-');
        }
        return key.ToString();
    }

    /// <summary>Text in a braced BibTeX value: the characters TeX treats specially escaped, so that braces stay balanced.</summary>
    private static string BibText(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            b.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return b.ToString();
    }

    /// <summary>The note of BibTeX and CSL-JSON: the licence and the content hash.</summary>
    private static string Note(DatasetInfo info) =>
        $"Licence: {info.License}." + (info.ContentHash is null ? "" : $" {HashName}: {info.ContentHash}.");

    // ---- APA-like text ----

    private static string Apa(DatasetInfo info)
    {
        var names = Authors(info).Select(a => a.Organisation ?? a.Family + (a.Given is null ? "" : ", " + Initials(a.Given))).ToList();
        string authors = names.Count switch
        {
            0 => "",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
        };
        var b = new StringBuilder();
        string year = info.Released is { } released ? Number(released.Year) : "n.d.";
        if (authors.Length > 0)
        {
            b.Append(authors.EndsWith('.') ? authors : authors + ".").Append(" (").Append(year).Append("). ");
            b.Append(info.Title);
        }
        else
        {
            b.Append(info.Title).Append(" (").Append(year).Append(')');
        }
        b.Append(" (Version ").Append(info.Version).Append(") [Data set].");
        if (info.Url is not null)
        {
            b.Append(' ').Append(info.Url);
        }
        b.Append(' ').Append(Note(info)).Append('\n');
        return b.ToString();
    }

    /// <summary>The initials of given names: <c>Anna Maria</c> → <c>A. M.</c>, <c>Jean-Paul</c> → <c>J.-P.</c>.</summary>
    private static string Initials(string given) =>
        string.Join(" ", given.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(name => string.Join("-", name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.IsLetter(part[0]) ? part[0] + "." : part))));

    // ---- CSL-JSON ----

    private static string CslJson(DatasetInfo info)
    {
        var b = new StringBuilder();
        b.Append("[\n  {\n");
        var fields = new List<string>
        {
            $"\"id\": {Json(BibKey(info))}",
            "\"type\": \"dataset\"",
            $"\"title\": {Json(info.Title)}",
            $"\"version\": {Json(info.Version)}",
        };
        var authors = Authors(info).Select(a => a.Organisation is { } organisation
            ? $"{{ \"literal\": {Json(organisation)} }}"
            : $"{{ \"family\": {Json(a.Family!)}" + (a.Given is null ? "" : $", \"given\": {Json(a.Given)}") + " }").ToList();
        if (authors.Count > 0)
        {
            fields.Add("\"author\": [\n      " + string.Join(",\n      ", authors) + "\n    ]");
        }
        if (info.Released is { } released)
        {
            fields.Add($"\"issued\": {{ \"date-parts\": [[{Number(released.Year)}, {Number(released.Month)}, {Number(released.Day)}]] }}");
        }
        if (info.Url is not null)
        {
            fields.Add($"\"URL\": {Json(info.Url)}");
        }
        if (info.Keywords.Count > 0)
        {
            fields.Add($"\"keyword\": {Json(string.Join(", ", info.Keywords))}");
        }
        if (info.Description is not null)
        {
            fields.Add($"\"abstract\": {Json(info.Description)}");
        }
        fields.Add($"\"note\": {Json(Note(info))}");
        b.Append("    ").Append(string.Join(",\n    ", fields)).Append("\n  }\n]\n");
        return b.ToString();
    }

    /// <summary>A JSON string: quotes, backslashes and control characters escaped (RFC 8259), everything else as is.</summary>
    private static string Json(string text) => Quoted(text, yaml: false);

    /// <summary>A double-quoted string of JSON or of YAML (whose double-quoted style takes the same escapes; YAML also
    /// needs the C1 controls, among them the line break U+0085, escaped).</summary>
    private static string Quoted(string text, bool yaml)
    {
        var b = new StringBuilder(text.Length + 2);
        b.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case < ' ' or '\u007f' or '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff':
                    b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                case >= '\u0080' and <= '\u009f' when yaml:
                    b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: b.Append(c); break;
            }
        }
        return b.Append('"').ToString();
    }

    // ---- Citation File Format 1.2.0 ----

    private static string Cff(DatasetInfo info)
    {
        var b = new StringBuilder();
        b.Append("# Citation File Format 1.2.0 (https://citation-file-format.github.io), rendered from the dataset's metadata.\n");
        b.Append("cff-version: 1.2.0\n");
        b.Append("message: ").Append(Yaml($"If you use this dataset, please cite this version ({info.Version}) as below.")).Append('\n');
        b.Append("type: dataset\n");
        b.Append("title: ").Append(Yaml(info.Title)).Append('\n');
        b.Append("version: ").Append(Yaml(info.Version)).Append('\n');
        b.Append("authors:\n");
        var authors = Authors(info).ToList();
        if (authors.Count == 0)
        {
            // The format requires at least one author: the dataset is then its own.
            authors.Add(new Author(null, null, info.Title));
        }
        foreach (Author author in authors)
        {
            if (author.Organisation is { } organisation)
            {
                b.Append("  - name: ").Append(Yaml(organisation)).Append('\n');
            }
            else
            {
                b.Append("  - family-names: ").Append(Yaml(author.Family!)).Append('\n');
                if (author.Given is not null)
                {
                    b.Append("    given-names: ").Append(Yaml(author.Given)).Append('\n');
                }
            }
        }
        if (info.Released is { } released)
        {
            b.Append("date-released: ").Append(Yaml(Date(released))).Append('\n');
        }
        if (IsLicenceId(info.License))
        {
            b.Append("license: ").Append(Yaml(info.License)).Append('\n');
        }
        if (info.Url is not null)
        {
            b.Append("url: ").Append(Yaml(info.Url)).Append('\n');
        }
        if (info.Description is not null)
        {
            b.Append("abstract: ").Append(Yaml(info.Description)).Append('\n');
        }
        if (info.Keywords.Count > 0)
        {
            b.Append("keywords:\n");
            foreach (string keyword in info.Keywords)
            {
                b.Append("  - ").Append(Yaml(keyword)).Append('\n');
            }
        }
        if (info.ContentHash is not null)
        {
            b.Append("identifiers:\n");
            b.Append("  - type: other\n");
            b.Append("    value: ").Append(Yaml("sha256:" + info.ContentHash)).Append('\n');
            b.Append("    description: ").Append(Yaml($"The {HashName} of the data of version {info.Version} (the generated ContentHash)")).Append('\n');
        }
        return b.ToString();
    }

    /// <summary>A YAML double-quoted scalar: safe for any text, including <c>: </c>, <c>#</c>, leading indicators and
    /// words YAML 1.1 would read as booleans or numbers.</summary>
    private static string Yaml(string text) => Quoted(text, yaml: true);

    /// <summary>Whether the licence looks like an SPDX licence id (CFF takes only those); free licence text is left out.</summary>
    private static bool IsLicenceId(string license) =>
        license.Length > 0 && license.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '+');
}
