using Almanac.Text;

namespace Almanac.Tests;

public class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("gna", "gna", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("tarhuna", "tarhouna", 1)]     // insertion
    [InlineData("tarhuna", "tarhna", 1)]       // deletion
    [InlineData("tarhuna", "tarhena", 1)]      // substitution
    [InlineData("ab", "ba", 2)]                // a transposition is two edits in Levenshtein distance
    [InlineData("GNA", "gna", 3)]              // case-sensitive
    [InlineData("حفتر", "حفطر", 1)]
    public void Computes_Levenshtein_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b));
        Assert.Equal(expected, EditDistance.Compute(b, a));
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>("a", () => EditDistance.Compute(null!, "x"));
        Assert.Throws<ArgumentNullException>("b", () => EditDistance.Compute("x", null!));
    }
}
