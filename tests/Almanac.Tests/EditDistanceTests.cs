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

    [Fact]
    public void Nearest_orders_by_distance_then_ordinally()
    {
        string[] ids = { "tarhuna", "gna", "lna", "gnaa", "tripoli", "gna-forces" };
        Assert.Equal(new[] { "gnaa", "gna", "lna" }, EditDistance.Nearest("gnaa", ids));
        Assert.Equal(new[] { "gna", "gnaa", "lna", "tarhuna", "gna-forces" }, EditDistance.Nearest("gna", ids, count: 5));
        Assert.Empty(EditDistance.Nearest("gna", System.Array.Empty<string>()));
    }

    [Fact]
    public void Nearest_compares_the_given_form_and_returns_the_candidate()
    {
        string[] ids = { "al-wefaq", "wefaq-forces" };
        Assert.Equal(new[] { "al-wefaq" }, EditDistance.Nearest("alwefaq", ids, count: 1, comparedAs: AliasKey.Normalize));
    }

    [Fact]
    public void Closest_suggests_only_what_looks_like_a_typo()
    {
        string[] words = { "battle", "strike", "statement" };
        Assert.Equal("battle", EditDistance.Closest("batle", words));
        Assert.Equal("statement", EditDistance.Closest("statment", words));
        Assert.Null(EditDistance.Closest("protest", words));
    }
}
