using Almanac.Export;

namespace Almanac.Generator.Tests.Robustness;

/// <summary>
/// Found by the hostile-strings test: an actor aligned with itself crashed the runtime with a stack overflow (decoding
/// an actor decoded its aligned actors at once, and so itself again). Two actors aligned with each other did the same. Alignments are now decoded on first use.
/// </summary>
public class ReferenceCycleTests
{
    private const string Dataset = "dataset: { id: t, title: T, version: '1', license: CC0-1.0, citation: C }\n";

    [Fact]
    public void Actors_aligned_with_themselves_and_each_other_load()
    {
        var result = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Data("t.yaml", Dataset + "actors:\n"
                + "  - { id: a, name: A, kind: group, aligned-with: [{ actor: a }, { actor: b }] }\n"
                + "  - { id: b, name: B, kind: group, aligned-with: [{ actor: a, from: 2020-01-01 }] }\n"),
        });
        Assert.Empty(result.Diagnostics);
        var data = result.Dataset("Test.Data.TDataset");
        var a = data.Actors.Get("a");
        var b = data.Actors.Get("b");
        Assert.Same(a, a.AlignedWith[0].Actor);
        Assert.Same(b, a.AlignedWith[1].Actor);
        Assert.Same(a, b.AlignedWith.Single().Actor);
        Assert.Contains("aligned-with", CanonicalText.Render(data));
    }
}
