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

    [Fact]
    public void Bounded_suggestions_are_those_of_every_distance_computed_in_full()
    {
        var random = new System.Random(20200521);
        string Word(int length) => new string(Enumerable.Range(0, length).Select(_ => "abcde"[random.Next(5)]).ToArray());
        for (int round = 0; round < 300; round++)
        {
            string[] candidates = Enumerable.Range(0, 40).Select(_ => Word(random.Next(0, 14))).ToArray();
            string value = Word(random.Next(0, 14));
            var full = candidates.Select(c => (Distance: Naive(value, c), Candidate: c))
                .OrderBy(x => x.Distance).ThenBy(x => x.Candidate, System.StringComparer.Ordinal).ToList();
            Assert.Equal(full.Take(3).Select(x => x.Candidate), EditDistance.Nearest(value, candidates));
            int threshold = System.Math.Max(2, value.Length / 3);
            Assert.Equal(full[0].Distance <= threshold ? full[0].Candidate : null, EditDistance.Closest(value, candidates));
            Assert.Equal(full.Select(x => x.Distance), full.Select(x => EditDistance.Compute(value, x.Candidate)));
        }

        // Levenshtein distance over the whole table, without bounds.
        static int Naive(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (int j = 0; j <= b.Length; j++) d[0, j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                for (int j = 1; j <= b.Length; j++)
                {
                    d[i, j] = System.Math.Min(System.Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }
            }
            return d[a.Length, b.Length];
        }
    }
}
