namespace Almanac.Generator.Tests;

/// <summary>The same YAML gives byte-identical generated code, whatever the order of the files or the culture.</summary>
public class DeterminismTests
{
    private static string Generate(System.Collections.Generic.IEnumerable<AlmanacInput> texts) =>
        string.Join("\n//----\n", GeneratorHarness.Run(texts).Sources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.Text));

    [Fact]
    public void File_order_does_not_change_the_output()
    {
        var texts = GeneratorHarness.Fixture("small");
        string expected = Generate(texts);
        Assert.Equal(expected, Generate(Enumerable.Reverse(texts)));
        Assert.Equal(expected, Generate(texts.Skip(1).Concat(texts.Take(1))));
    }

    [Fact]
    public void Shuffled_files_give_byte_identical_sources_for_the_real_dataset()
    {
        // Ten random orders (CsCheck, fixed seed) of the real dataset's YAML files and documents.
        var texts = Robustness.Corpus.Libya.Texts();
        string expected = Generate(texts);
        var orders = CsCheck.Gen.Shuffle(texts.ToArray());
        for (uint i = 0; i < 10; i++)
        {
            var order = orders.Generate(new CsCheck.PCG(i, 20_250_611), null!, out _);
            Assert.True(expected == Generate(order), "order: " + string.Join(", ", order.Select(t => System.IO.Path.GetFileName(t.Path))));
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fi-FI")]
    public void Culture_does_not_change_the_output_for_the_real_dataset(string culture)
    {
        var texts = Robustness.Corpus.Libya.Texts();
        string expected = Generate(texts);
        CultureInfo saved = CultureInfo.CurrentCulture, savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, Generate(Enumerable.Reverse(texts)));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    public void Culture_does_not_change_the_output(string culture)
    {
        var texts = GeneratorHarness.Fixture("small");
        string expected = Generate(texts);
        CultureInfo saved = CultureInfo.CurrentCulture, savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, Generate(texts));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
