using System.Text;

namespace Almanac.Export;

/// <summary>
/// The README of a dataset package, rendered from the dataset itself: its title and description, what it covers (the
/// number of events and their dates, of actors, places and sources), its licence, version and content hash, and how to
/// cite it (<see cref="DatasetInfo.Cite"/>). Nothing in it is written by hand, so it cannot disagree with the data.
/// </summary>
public static class DatasetReadme
{
    /// <summary>Renders the README of <paramref name="dataset"/>, packed as <paramref name="packageId"/>, as Markdown.</summary>
    /// <param name="dataset">The dataset as built.</param>
    /// <param name="packageId">The id of the package that carries the dataset, for the line that adds it to a project.</param>
    public static string Render(Dataset dataset, string packageId)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(packageId);
        DatasetInfo info = dataset.Info;
        var b = new StringBuilder();
        b.Append("# ").Append(info.Title).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(info.Description))
        {
            b.Append(info.Description.Trim()).Append("\n\n");
        }

        b.Append("| | |\n|---|---|\n");
        Row(b, "dataset", $"`{info.Id}`, version {info.Version}" + (info.Released is { } released ? $", released {released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : ""));
        Row(b, "coverage", Coverage(dataset));
        Row(b, "licence", info.License);
        if (info.Authors.Count > 0)
        {
            Row(b, "authors", string.Join("; ", info.Authors));
        }
        if (info.Keywords.Count > 0)
        {
            Row(b, "keywords", string.Join(", ", info.Keywords));
        }
        if (!string.IsNullOrWhiteSpace(info.Url))
        {
            Row(b, "address", info.Url);
        }
        if (!string.IsNullOrWhiteSpace(info.ContentHash))
        {
            Row(b, "content hash", $"`{info.ContentHash}` (SHA-256 of the dataset's YAML: it changes exactly when the data changes)");
        }

        b.Append("\n## Using it\n\n```sh\ndotnet add package ").Append(packageId).Append("\n```\n\n");
        b.Append("The package holds the compiled data and typed queries over it (`Actors`, `Places`, `Events`, `Sources`, one member per ")
            .Append("entity); it brings the `Almanac` runtime and nothing else. `Almanac.Export` writes it as CSV, Parquet, GeoJSON and JSON.\n");

        b.Append("\n## How to cite\n\nCite exactly this version, with its content hash:\n\n");
        b.Append("> ").Append(info.Cite(CitationFormat.Apa).Trim()).Append("\n\n");
        b.Append("```bibtex\n").Append(info.Cite(CitationFormat.BibTeX).Trim()).Append("\n```\n");
        if (!string.IsNullOrWhiteSpace(info.Citation))
        {
            b.Append("\nProvenance: ").Append(info.Citation.Trim()).Append('\n');
        }
        return b.ToString();
    }

    /// <summary>What the data covers: its events and their first and last dates, actors, places and sources.</summary>
    private static string Coverage(Dataset dataset)
    {
        var parts = new List<string>();
        if (dataset.Events.Count > 0)
        {
            DateOnly first = dataset.Events.Min(e => e.Date), last = dataset.Events.Max(e => e.LastDate);
            parts.Add($"{Count(dataset.Events.Count, "event")} from {Day(first)} to {Day(last)}");
        }
        else
        {
            parts.Add("no events");
        }
        parts.Add(Count(dataset.Actors.Count, "actor"));
        parts.Add(Count(dataset.Places.Count, "place"));
        parts.Add(Count(dataset.Sources.Count, "source"));
        return string.Join(", ", parts);
    }

    private static void Row(StringBuilder b, string name, string value) =>
        b.Append("| ").Append(name).Append(" | ").Append(value.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ')).Append(" |\n");

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
