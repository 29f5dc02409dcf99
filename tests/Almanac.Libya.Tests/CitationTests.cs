namespace Almanac.Libya.Tests;

/// <summary>
/// How the Libya dataset is cited: each rendering of its metadata is an approved snapshot, and the package's
/// <c>CITATION.cff</c> (committed as <c>dataset/CITATION.cff</c>, packed at the root of Almanac.Libya.nupkg) is exactly the
/// CFF rendering, so that a change of the data's version, authors or content hash shows in both.
/// </summary>
public class CitationTests
{
    public static TheoryData<string> Formats => new() { "bibtex", "apa", "csl-json", "cff" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Libya_citation_renders_as_approved(string format)
    {
        CitationFormat parsed = DatasetCitation.Parse(format) ?? throw new ArgumentException(format);
        string extension = parsed switch
        {
            CitationFormat.BibTeX => "bib",
            CitationFormat.CslJson => "json",
            CitationFormat.Cff => "cff",
            _ => "txt",
        };
        Snapshot.Verify(LibyaDataset.Dataset.Info.Cite(parsed), extension, format);
    }

    [Fact]
    public void The_packaged_citation_file_is_the_cff_rendering_of_the_dataset()
    {
        string path = Path.Combine(TempDirectory.RepositoryRoot(), "dataset", "CITATION.cff");
        string expected = LibyaDataset.Dataset.Info.Cite(CitationFormat.Cff);
        string? committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        if (committed != expected && Snapshot.IsAccepting)
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            return;
        }
        Assert.True(committed == expected,
            $"{path} is not the CFF rendering of the dataset's metadata; rewrite it with ALMANAC_ACCEPT=1 dotnet test tests/Almanac.Libya.Tests "
            + "(or: almanac cite --dataset dataset/bin/Debug/net8.0/Almanac.Libya.dll --format cff > dataset/CITATION.cff).");
    }
}
