using Almanac.Libya;

namespace Almanac.Tests;

/// <summary>Dataset.Link over the real Libya dataset: spellings, word boundaries, overlaps, Arabic script, ambiguity.</summary>
public class LinkTests
{
    private static Mention Single(string text, Source? source = null)
    {
        IReadOnlyList<Mention> mentions = LibyaDataset.Dataset.Link(text, source);
        return Assert.Single(mentions);
    }

    [Theory]
    [InlineData("forces of retired Major General Khalifa Hifter, at a time", "Khalifa Hifter", "khalifa-haftar")]
    [InlineData("dead Haftar militants were killed", "Haftar militants", "lna")]
    [InlineData("the alliance between Tarhuna militants and others", "Tarhuna militants", "kaniyat")]
    [InlineData("the local authority in the city of Mazda, which", "local authority in the city of Mazda", "mizdah-local-authority")]
    [InlineData("a supply line through Mazda.", "Mazda", "mizdah")]
    [InlineData("AL WEFAQ said", "AL WEFAQ", "gna")]
    [InlineData("al-wefaq's statement", "al-wefaq", "gna")]
    [InlineData("near Tarhūna (80 km)", "Tarhūna", "tarhuna")]
    [InlineData("the towns of Tīǧī and", "Tīǧī", "tiji")]
    [InlineData("قالت حكومة الوفاق الوطني إن", "حكومة الوفاق الوطني", "gna")]
    [InlineData("قصفت مدينة ترهونة أمس", "ترهونة", "tarhuna")]
    [InlineData("قصفت مدينة ترهـونة أمس", "ترهـونة", "tarhuna")]       // a tatweel inside the word
    [InlineData("قائد خليفة حفتر", "خليفة حفتر", "khalifa-haftar")]
    [InlineData("قال مصطفي المجعي", "مصطفي المجعي", "mustafa-al-majai")]   // yeh for alef maqsura
    [InlineData("في ترهونه", "ترهونه", "tarhuna")]                            // heh for teh marbuta
    [InlineData("في تَرْهُونَةً", "تَرْهُونَةً", "tarhuna")]                          // with the short vowels written
    public void Finds_known_spellings_with_their_spans(string text, string span, string id)
    {
        Mention mention = Single(text);
        Assert.Equal(span, mention.Text);
        Assert.Equal(text.IndexOf(span, StringComparison.Ordinal), mention.Start);
        Assert.Equal(span.Length, mention.Length);
        Assert.Equal(id, mention.Entity?.Id);
        Assert.False(mention.IsAmbiguous);
        Assert.Equal(Text.AliasKey.Normalize(span), mention.Key);
    }

    [Theory]
    [InlineData("the signals were jammed")]          // gna inside a word
    [InlineData("Tarhunan and Misratans")]           // a known name followed by letters
    [InlineData("preTripoli")]
    [InlineData("بترهونة")]                          // a letter attached before the name
    [InlineData("")]
    public void Matches_only_on_word_boundaries(string text)
    {
        Assert.Empty(LibyaDataset.Dataset.Link(text));
    }

    [Fact]
    public void Mentions_are_in_text_order_without_overlaps()
    {
        string text = "Al-Wefaq forces shelled Tarhuna; Haftar’s forces left Tarhuna for Gharyan, GNA said.";
        IReadOnlyList<Mention> mentions = LibyaDataset.Dataset.Link(text);
        Assert.Equal(new[] { "gna-forces", "tarhuna", "lna", "tarhuna", "gharyan", "gna" }, mentions.Select(m => m.Entity?.Id));
        Assert.Equal(new[] { "Al-Wefaq forces", "Tarhuna", "Haftar’s forces", "Tarhuna", "Gharyan", "GNA" }, mentions.Select(m => m.Text));
        for (int i = 1; i < mentions.Count; i++)
        {
            Assert.True(mentions[i - 1].End <= mentions[i].Start);
        }
        Assert.All(mentions, m => Assert.Equal(text.Substring(m.Start, m.Length), m.Text));
    }

    [Fact]
    public void A_spelling_of_an_actor_and_a_place_is_ambiguous()
    {
        Mention russia = Single("support from Russia for");
        Assert.True(russia.IsAmbiguous);
        Assert.Null(russia.Entity);
        Assert.Equal(new Entity[] { Actors.Russia, Places.Russia }, russia.Candidates.Select(c => c.Entity));
        Assert.All(russia.Candidates, c => Assert.Null(c.Source));
    }

    [Fact]
    public void A_scoped_alias_is_ambiguous_without_its_source_and_resolved_within_it()
    {
        Source article = Sources.Get("aljazeera-2020-05-21");
        Mention army = Single("The Libyan army spokesman said");
        Assert.True(army.IsAmbiguous);
        AliasCandidate<Entity> candidate = Assert.Single(army.Candidates);
        Assert.Same(Actors.GnaForces, candidate.Entity);
        Assert.Same(article, candidate.Source);
        Assert.Same(Actors.GnaForces, Single("The Libyan army spokesman said", article).Entity);

        // "Moscow" is the place, and within the article also Russia (a scoped alias): ambiguous without the source, Russia within it.
        Mention moscow = Single("support of Moscow for");
        Assert.True(moscow.IsAmbiguous);
        Assert.Equal(new Entity[] { Actors.Russia, Places.Moscow }, moscow.Candidates.Select(c => c.Entity));
        Assert.Same(Actors.Russia, Single("support of Moscow for", article).Entity);
        // Within another source the scoped alias does not hold, and the place's name wins.
        Source other = Sources.All.First(s => s != article);
        Assert.Same(Places.Moscow, Single("support of Moscow for", other).Entity);
        Assert.True(Single("The Libyan army spokesman said", other).IsAmbiguous);
    }

    [Fact]
    public void Link_agrees_with_Find_on_every_name_and_alias()
    {
        // Every id, name and alias of an actor or place, alone as a text, is one mention: of the entity Find finds in one
        // kind when the other finds nothing and neither kind has the spelling as a scoped alias (Resolve: ambiguous).
        foreach (Entity entity in Actors.All.Cast<Entity>().Concat(Places.All))
        {
            foreach (string name in new[] { entity.Id, entity.Name }.Concat(entity.Aliases))
            {
                Mention mention = Single(name);
                Assert.Equal(0, mention.Start);
                Assert.Equal(Text.AliasKey.Normalize(name), mention.Key);
                Assert.Equal(name.TrimEnd('.'), mention.Text); // punctuation after the last letter is not part of the span
                Actor? actor = Actors.Find(name);
                Place? place = Places.Find(name);
                bool scopedElsewhere = Actors.Resolve(name).By == ResolvedBy.Ambiguous || Places.Resolve(name).By == ResolvedBy.Ambiguous;
                if ((actor is null) == (place is null) || scopedElsewhere)
                {
                    Assert.True(mention.IsAmbiguous, name);
                }
                else
                {
                    Assert.Same((Entity?)actor ?? place, mention.Entity);
                }
                Assert.Contains(mention.Candidates, c => ReferenceEquals(c.Entity, entity));
            }
        }
    }

    [Fact]
    public void Link_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => LibyaDataset.Dataset.Link(null!));
    }
}

/// <summary>The automaton stored by the generator and the one a dataset builds when its data has none.</summary>
public class LinkAutomatonTests
{
    private static string SeedArticle() =>
        File.ReadAllText(Path.Combine(TempDirectory.RepositoryRoot(), "seeds", "000_b3dc0abcc49582ad.txt"));

    [Fact]
    public void Data_without_the_section_links_as_data_with_it()
    {
        string[] constants = StoreTests.LibyaConstants();
        string header = constants[0];
        int countAt = Storage.DataFormat.FixedHeaderLength - 2;
        int count = Storage.DataReader.Int32At(header, countAt);
        // The section map of data written before the automaton was stored: the section absent (None).
        int link = Storage.DataFormat.FixedHeaderLength + 2 * (int)Storage.DataFormat.Section.Link;
        Assert.True(link + 1 < Storage.DataFormat.FixedHeaderLength + 2 * count);
        string[] older = (string[])constants.Clone();
        older[0] = header.Substring(0, link) + "\uFFFF\uFFFF" + header.Substring(link + 2);
        Dataset built = Compiled.CompiledDataset.Open(LibyaDataset.Dataset.Info, older);
        Dataset stored = StoreTests.OpenCopyOfLibya();
        Assert.False(built.Linker.IsStored);
        Assert.True(stored.Linker.IsStored);

        string article = SeedArticle();
        Source source = stored.Sources.Get("aljazeera-2020-05-21");
        foreach (Source? within in new[] { null, source })
        {
            string[] fromStored = stored.Link(article, within).Select(Describe).ToArray();
            string[] fromBuilt = built.Link(article, within is null ? null : built.Sources.Get(within.Id)).Select(Describe).ToArray();
            Assert.NotEmpty(fromStored);
            Assert.Equal(fromStored, fromBuilt);
        }
        Assert.Same(built.Linker, built.Linker); // built once per dataset

        static string Describe(Mention m) =>
            $"{m.Start} {m.Length} {m.Key} {m.Entity?.Id} {string.Join(",", m.Candidates.Select(c => c.Entity.Id + "@" + c.Source?.Id))}";
    }

    [Fact]
    public void The_generator_stores_the_automaton_the_runtime_builds_from_the_entities()
    {
        Storage.DatasetStore store = StoreTests.OpenCopyOfLibya().Events.Store;
        string stored = store.Section(Storage.DataFormat.Section.Link);
        Assert.Equal(stored, DatasetLinker.BuildFromEntities(store).ToSection());
        Assert.Equal(stored, Text.LinkAutomaton.Read(stored).ToSection());
    }

    [Fact]
    public void The_stored_automaton_reads_back_as_written()
    {
        var automaton = Text.LinkAutomaton.Build(new[] { ("he", 0, 1), ("she", 0, 2), ("his", 1, 0), ("hers", 1, 3), ("he", 1, 4), ("", 0, 5) });
        Assert.Equal(new[] { "he", "hers", "his", "she" }, automaton.Keys);
        Assert.Equal(new[] { 0, 1, 1, 4 }, automaton.Targets[0]);
        string section = automaton.ToSection();
        var read = Text.LinkAutomaton.Read(section);
        Assert.Equal(section, read.ToSection());
        Assert.Equal(automaton.Fail, read.Fail);
        // The root, h, s, he, hi, sh, her, his, she, hers: the failure link of "she" is "he", of "sh" is "h".
        Assert.Equal(10, automaton.StateCount);
        Assert.Throws<InvalidOperationException>(() => Text.LinkAutomaton.Read(section.Substring(0, section.Length - 1)));
        Assert.Throws<InvalidOperationException>(() => Text.LinkAutomaton.Read("\uffff\u7fff"));

        // Inside "ushers" nothing is on a word boundary; "he" inside "she" and "hers" loses to the longer match.
        var finder = new Text.MentionFinder(automaton);
        Assert.Equal(new[] { "she", "hers" }, finder.Find("ushers she hers").Select(m => automaton.Keys[m.Pattern]));
        Assert.Equal(new[] { 7, 11 }, finder.Find("ushers she hers").Select(m => m.Start));
    }
}

/// <summary>The automaton's matches against a direct search of every span of random texts.</summary>
public class MentionFinderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Finds_what_a_search_of_every_span_finds(int seed)
    {
        var random = new Random(seed);
        // Keys over a few letters, so that they overlap, share prefixes and are suffixes of one another.
        string letters = "abcdzé\u0627\u0644";
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (keys.Count < 40)
        {
            keys.Add(Text.AliasKey.Normalize(new string(Enumerable.Range(0, 1 + random.Next(5)).Select(_ => letters[random.Next(letters.Length)]).ToArray())));
        }
        keys.Remove("");
        var automaton = Text.LinkAutomaton.Build(keys.Select((k, i) => (k, 0, i)));
        var finder = new Text.MentionFinder(automaton);
        // Texts of those letters in either case, with spaces, hyphens, an apostrophe, a combining mark, a ligature that
        // is two key characters (ǆ: "dz"), digits and letters no key holds.
        string pieces = "aAbBcCéÉ\u0627\u0644   --'\u0301ǆxz7.";
        for (int t = 0; t < 300; t++)
        {
            string text = new(Enumerable.Range(0, random.Next(40)).Select(_ => pieces[random.Next(pieces.Length)]).ToArray());
            var expected = Search(text, automaton.Keys).Select(m => (m.Start, m.End, automaton.Keys[m.Pattern])).ToList();
            var actual = finder.Find(text).Select(m => (m.Start, m.End, automaton.Keys[m.Pattern])).ToList();
            Assert.True(expected.SequenceEqual(actual), $"text \"{text}\": expected {string.Join(" ", expected)}, found {string.Join(" ", actual)}");
        }
    }

    /// <summary>Every span whose key is a key and that lies on word boundaries; of overlapping ones the longest, then the earliest.</summary>
    private static List<Text.PatternMatch> Search(string text, string[] keys)
    {
        var found = new List<Text.PatternMatch>();
        static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
        bool Word(int i) => i >= 0 && i < text.Length && (char.IsLetterOrDigit(text[i]) || IsMark(text[i]));
        for (int i = 0; i < text.Length; i++)
        {
            if (Text.AliasKey.KeyOf(text[i]).Length == 0 || Word(i - 1))
            {
                continue;
            }
            string key = "";
            for (int j = i; j < text.Length && key.Length <= 6; j++)
            {
                string part = Text.AliasKey.KeyOf(text[j]);
                key += part;
                if (part.Length == 0)
                {
                    continue;
                }
                int end = j + 1;
                while (end < text.Length && IsMark(text[end]))
                {
                    end++;
                }
                int pattern = Array.IndexOf(keys, key);
                if (pattern >= 0 && !Word(end))
                {
                    found.Add(new Text.PatternMatch(i, end, pattern));
                }
            }
        }
        var kept = new List<Text.PatternMatch>();
        foreach (var m in found.OrderByDescending(m => m.Length).ThenBy(m => m.Start))
        {
            if (!kept.Any(k => m.Start < k.End && k.Start < m.End))
            {
                kept.Add(m);
            }
        }
        return kept.OrderBy(m => m.Start).ToList();
    }
}
