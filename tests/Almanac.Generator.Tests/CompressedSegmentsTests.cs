using Almanac.Generator.DataEncoding;
using Almanac.Generator.Linking;
using Almanac.Generator.Parsing;
using Almanac.Generator.Project;

namespace Almanac.Generator.Tests;

/// <summary>
/// The encode step takes the compressed form of a segment it has compressed before from a cache: after an edit of one
/// event, only the segments the edit changed are compressed again, and the output is the same as without the cache.
/// </summary>
[Collection(nameof(CompressedSegmentsTests))]
public class CompressedSegmentsTests
{
    private static EncodedData Encode(int renamed)
    {
        var yaml = new System.Text.StringBuilder("dataset: { id: t, title: T, version: '1', license: CC0-1.0, citation: C }\nactors:\n  - { id: a, name: A, kind: group }\nsources:\n  - { id: s, title: S, kind: report }\nevents:\n");
        for (int i = 0; i < 2_000; i++)
        {
            string name = i == renamed ? $"Event {i} (revised)" : $"Event {i}";
            yaml.Append($"  - {{ id: e-{i:0000}, name: '{name}', kind: statement, date: 2020-05-{1 + i / 80:00}, time-precision: day, participants: [{{ actor: a, role: speaker }}], summary: 'What happened on day {i}', sources: [{{ source: s, claim: 'q{i}' }}] }}\n");
        }
        ParsedFile file = FileParser.Parse("/project/data/t.yaml", yaml.ToString(), CancellationToken.None);
        LinkResult linked = Linker.Link(ImmutableArray.Create(file), ImmutableArray<IndexedDocument>.Empty, GeneratorOptions.Default("T.D"), CancellationToken.None);
        return DataEncoder.Encode(linked.Dataset, DataCompression.Always, CancellationToken.None).Data!;
    }

    [Fact]
    public void An_edit_compresses_only_the_segments_it_changed_and_the_output_is_the_same()
    {
        CompressedSegments.Clear();
        long start = CompressedSegments.Compressions;
        EncodedData first = Encode(renamed: -1);
        long all = CompressedSegments.Compressions - start;
        Assert.True(all > 5, $"{all} segments compressed");

        Assert.Equal(first, Encode(renamed: -1));
        Assert.Equal(all, CompressedSegments.Compressions - start); // nothing compressed again

        EncodedData edited = Encode(renamed: 1_500);
        long again = CompressedSegments.Compressions - start - all;
        Assert.InRange(again, 1, 3); // the detail block of the event, the alias-key table of events
        CompressedSegments.Clear();
        Assert.Equal(edited, Encode(renamed: 1_500));
        Assert.NotEqual(first, edited);
    }
}

/// <summary>Runs <see cref="CompressedSegmentsTests"/> alone: it counts the compressions of the whole process.</summary>
[CollectionDefinition(nameof(CompressedSegmentsTests), DisableParallelization = true)]
public sealed class CompressedSegmentsTestsCollection
{
}
