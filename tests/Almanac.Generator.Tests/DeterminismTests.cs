using System.Globalization;
using System.Linq;
using System.Threading;

namespace Almanac.Generator.Tests;

/// <summary>The same YAML gives byte-identical generated code, whatever the order of the files or the culture.</summary>
public class DeterminismTests
{
    private static string Generate(System.Collections.Generic.IEnumerable<InMemoryText> texts) =>
        string.Join("\n//----\n", GeneratorHarness.Run(texts).Sources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.Text));

    [Fact]
    public void File_order_does_not_change_the_output()
    {
        var texts = GeneratorHarness.Fixture("small");
        string expected = Generate(texts);
        Assert.Equal(expected, Generate(Enumerable.Reverse(texts)));
        Assert.Equal(expected, Generate(texts.Skip(1).Concat(texts.Take(1))));
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
