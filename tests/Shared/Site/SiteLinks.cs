using System.Xml;
using System.Xml.Linq;

namespace Almanac.Testing;

/// <summary>Checks the links of a written explorer site against the files it wrote.</summary>
public static class SiteLinks
{
    /// <summary>A page of a site, parsed as XML (the site writes well-formed XHTML-compatible HTML).</summary>
    public static XDocument Load(string directory, string relative)
    {
        using var reader = XmlReader.Create(Path.Combine(directory, relative), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    /// <summary>
    /// Checks every HTML page of the site in <paramref name="directory"/> whose files are <paramref name="files"/>: it is
    /// well-formed, every relative link and source (<c>href</c>, <c>src</c>) names one of the files, every fragment an
    /// element id of the page it links to, and no script, style sheet or image is fetched from the network.
    /// </summary>
    /// <returns>The number of relative links checked.</returns>
    public static int Check(string directory, IReadOnlyCollection<string> files)
    {
        var written = new HashSet<string>(files, StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string relative) => ids.TryGetValue(relative, out var set) ? set
            : ids[relative] = Load(directory, relative).Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        int links = 0;
        foreach (string file in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            XDocument page = Load(directory, file);
            foreach (XElement element in page.Descendants())
            {
                string? target = element.Attribute("href")?.Value ?? element.Attribute("src")?.Value;
                if (target is null || target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal))
                {
                    continue;
                }
                Assert.DoesNotContain("//", target, StringComparison.Ordinal);
                string[] parts = target.Split('#', 2);
                string address = parts[0].Split('?', 2)[0];
                string linked = address.Length == 0 ? file : Path.GetRelativePath(directory,
                    Path.GetFullPath(Path.Combine(directory, Path.GetDirectoryName(file)!, address))).Replace('\\', '/');
                Assert.True(written.Contains(linked), $"{file} links to {target}, which the site does not have");
                if (parts.Length == 2)
                {
                    Assert.True(IdsOf(linked).Contains(parts[1]), $"{file} links to {target}, and {linked} has no id '{parts[1]}'");
                }
                links++;
            }
            // Nothing is fetched from the network: every script and style sheet is a file of the site.
            Assert.DoesNotContain(page.Descendants().Where(e => e.Name.LocalName is "script" or "link" or "img"),
                e => (e.Attribute("src")?.Value ?? e.Attribute("href")?.Value ?? "").Contains("://", StringComparison.Ordinal));
        }
        return links;
    }
}
