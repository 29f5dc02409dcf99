namespace Almanac.Libya.Tests;

/// <summary>The curated names and aliases cover the article: every spelling in it resolves to the right entity.</summary>
public class ArticleSpellingTests
{
    private const string SeedFactsActors = "seed-facts.md §1.1";
    private const string SeedFactsPlaces = "seed-facts.md §1.1, §2";

    /// <summary>
    /// Every way the article (seeds/000_b3dc0abcc49582ad.txt) names an actor or a place, as written there, with where
    /// (¶ = paragraph); then the standard forms and other transliterations of seed-facts.md. Each must resolve to the
    /// curated entity.
    /// </summary>
    public static TheoryData<string, string, string, string> ArticleSpellings() => new()
    {
        // the article's names of actors
        { "actor", "Libyan National Accord Government", "gna", "¶1" },
        { "actor", "Libyan National Accord Government forces", "gna-forces", "¶1" },
        { "actor", "Khalifa Hifter", "khalifa-haftar", "¶1" },
        { "actor", "forces of Khalifa Hifter", "lna", "¶1 “the forces of retired Major General Khalifa Hifter”" },
        { "actor", "Washington", "united-states", "¶1" },
        { "actor", "Paris", "france", "¶1" },
        { "actor", "Al-Wefaq forces", "gna-forces", "¶2, ¶7, ¶9, ¶16" },
        { "actor", "al-Wefaq forces", "gna-forces", "¶12" },
        { "actor", "forces of the Libyan National Accord government", "gna-forces", "¶3" },
        { "actor", "Libyan army", "gna-forces", "¶4 “The Libyan army spokesman” = the GNA forces" },
        { "actor", "Mohamed Kanounou", "mohamed-gununu", "¶4" },
        { "actor", "Emirati", "uae", "¶4 “Emirati money”, “Emirati checks”" },
        { "actor", "legitimate government", "gna", "¶4" },
        { "actor", "Egyptian intelligence", "egyptian-intelligence", "¶4" },
        { "actor", "Wagner Russian", "wagner-group", "¶4" },
        { "actor", "Al-Wefaq government", "gna", "¶5, ¶13, ¶15" },
        { "actor", "Haftar militants", "lna", "¶5" },
        { "actor", "Haftar", "khalifa-haftar", "¶6, ¶7, ¶13, ¶22, ¶23" },
        { "actor", "Anatolia", "anadolu-agency", "¶6 photo credit" },
        { "actor", "Tarhuna militants", "kaniyat", "¶7" },
        { "actor", "Haftar\u2019s forces", "lna", "¶7, ¶16 (typographic apostrophe as in the article)" },
        { "actor", "Berkane El-Fathi", "volcano-of-rage", "¶9" },
        { "actor", "\u201CBerkane El-Fathi\u201D", "volcano-of-rage", "¶9 with the article's quotation marks" },
        { "actor", "media center for the \u201CBerkane El-Fathi\u201D operation", "volcano-of-rage-media-center", "¶9" },
        { "actor", "Mustafa Al-Mujei", "mustafa-al-majai", "¶9" },
        { "actor", "internationally recognized Libyan government forces", "gna-forces", "¶11" },
        { "actor", "internationally recognized Libyan government", "gna", "¶11" },
        { "actor", "government of reconciliation", "gna", "¶11" },
        { "actor", "local authority in the city of Mazda", "mizdah-local-authority", "¶13" },
        { "actor", "Haftar forces", "lna", "¶13" },
        { "actor", "Borkan Rage", "volcano-of-rage", "¶15 (the “Borkan Rage” operation)" },
        { "actor", "Anger Volcano", "volcano-of-rage", "¶16" },
        { "actor", "Operation \u201CAnger Volcano\u201D", "volcano-of-rage", "¶16 with the article's quotation marks" },
        { "actor", "White House", "white-house", "¶18" },
        { "actor", "Donald Trump", "donald-trump", "¶18" },
        { "actor", "Emmanuel Macron", "emmanuel-macron", "¶18" },
        { "actor", "Moscow", "russia", "¶19 “Moscow’s support”" },
        { "actor", "Russian Foreign Ministry", "russian-foreign-ministry", "¶19" },
        { "actor", "Ankara", "turkey", "¶20" },
        { "actor", "Hulusi Akar", "hulusi-akar", "¶20" },
        { "actor", "Turkish Defense Ministry", "turkish-defence-ministry", "¶20 “Turkish Defense Minister” names the ministry's head" },
        { "actor", "Turkish armed forces", "turkish-armed-forces", "¶20" },
        { "actor", "European Union", "european-union", "¶21" },
        { "actor", "UN mission in Libya", "unsmil", "¶21" },
        { "actor", "National Front Party", "national-front-party", "¶22" },
        { "actor", "Abdullah Al-Refadi", "abdullah-al-rifadi", "¶22" },
        { "actor", "UAE", "uae", "¶22, ¶23" },
        { "actor", "Al-Refadi", "abdullah-al-rifadi", "¶23" },
        { "actor", "Al-Jazeera", "al-jazeera", "¶23" },
        // the article's names of places
        { "place", "Tarhuna", "tarhuna", "¶1, ¶2, ..." },
        { "place", "Tripoli", "tripoli", "¶2, ¶3, ..." },
        { "place", "Al-Washka", "al-washka", "¶2" },
        { "place", "Al-Washa", "al-washka", "¶5 typo of al-Washka" },
        { "place", "Misurata", "misrata", "¶2" },
        { "place", "Sirte", "sirte", "¶2" },
        { "place", "Souk Al-Ahad", "souq-al-ahad", "¶2" },
        { "place", "Al-Wataya", "al-watiya-air-base", "¶11 “the strategic Al-Wataya base”" },
        { "place", "Al-Wataya military base", "al-watiya-air-base", "¶3" },
        { "place", "Al-Asaba", "al-asabaa", "¶5, ¶11, ¶12" },
        { "place", "Tiji", "tiji", "¶11" },
        { "place", "Badr", "badr", "¶11" },
        { "place", "western mountain", "western-mountain", "¶11, ¶13" },
        { "place", "Gharyan", "gharyan", "¶12" },
        { "place", "Zintan", "zintan", "¶13" },
        { "place", "Mazda", "mizdah", "¶13" },
        { "place", "Libyan West", "tripolitania", "¶13" },
        { "place", "Libya", "libya", "¶1, ..." },
        { "place", "Moscow", "moscow", "¶19" },
        { "place", "Ankara", "ankara", "¶20" },
        { "place", "Washington", "washington-dc", "¶1" },
        { "place", "Paris", "paris", "¶1" },
        { "place", "fighting axes south of Tripoli", "south-tripoli-front", "¶15" },
        { "place", "southern suburbs of Tripoli", "south-tripoli-front", "¶23" },
        // phrases the article uses as names
        { "actor", "Military and civilian components in the city of Zintan", "zintan-military-and-civilian-components", "¶13, a collective name" },
        { "place", "Al-Wataya base", "al-watiya-air-base", "¶11, a collective name" },
        // seed-facts.md §1.1: standard forms and other transliterations of the same actors, including the translation quirks
        { "actor", "Al-Wefaq", "gna", SeedFactsActors },
        { "actor", "National Accord Government", "gna", SeedFactsActors },
        { "actor", "Government of National Accord", "gna", SeedFactsActors },
        { "actor", "GNA", "gna", SeedFactsActors },
        { "actor", "حكومة الوفاق الوطني", "gna", SeedFactsActors },
        { "actor", "الجيش الليبي", "gna-forces", SeedFactsActors },
        { "actor", "قوات الوفاق", "gna-forces", SeedFactsActors },
        { "actor", "Hifter", "khalifa-haftar", SeedFactsActors },
        { "actor", "Hafter", "khalifa-haftar", SeedFactsActors },
        { "actor", "Khalifa Haftar", "khalifa-haftar", SeedFactsActors },
        { "actor", "خليفة حفتر", "khalifa-haftar", SeedFactsActors },
        { "actor", "Volcano of Rage", "volcano-of-rage", SeedFactsActors },
        { "actor", "Burkan al-Ghadab", "volcano-of-rage", SeedFactsActors },
        { "actor", "Volcano of Anger", "volcano-of-rage", SeedFactsActors },
        { "actor", "Volcano of Fury", "volcano-of-rage", SeedFactsActors },
        { "actor", "عملية بركان الغضب", "volcano-of-rage", SeedFactsActors },
        { "actor", "Mohamed Gununu", "mohamed-gununu", SeedFactsActors },
        { "actor", "Mohamed Qanunu", "mohamed-gununu", SeedFactsActors },
        { "actor", "Mohamed Gnounou", "mohamed-gununu", SeedFactsActors },
        { "actor", "Mohamed Kununu", "mohamed-gununu", SeedFactsActors },
        { "actor", "Mohamed Qonuni", "mohamed-gununu", SeedFactsActors },
        { "actor", "محمد قنونو", "mohamed-gununu", SeedFactsActors },
        { "actor", "Mustafa al-Majai", "mustafa-al-majai", SeedFactsActors },
        { "actor", "Mustafa al-Mujie", "mustafa-al-majai", SeedFactsActors },
        { "actor", "Mustafa al-Mujai", "mustafa-al-majai", SeedFactsActors },
        { "actor", "Mustafa Majae", "mustafa-al-majai", SeedFactsActors },
        { "actor", "مصطفى المجعي", "mustafa-al-majai", SeedFactsActors },
        { "actor", "Kaniyat", "kaniyat", SeedFactsActors },
        { "actor", "Kani militia", "kaniyat", SeedFactsActors },
        { "actor", "7th Brigade", "kaniyat", SeedFactsActors },
        { "actor", "الكانيات", "kaniyat", SeedFactsActors },
        { "actor", "Wagner Group", "wagner-group", SeedFactsActors },
        { "actor", "ChVK Wagner", "wagner-group", SeedFactsActors },
        { "actor", "فاغنر", "wagner-group", SeedFactsActors },
        { "actor", "Abdullah al-Rifadi", "abdullah-al-rifadi", SeedFactsActors },
        { "actor", "عبد الله الرفادي", "abdullah-al-rifadi", SeedFactsActors },
        { "actor", "Anadolu Agency", "anadolu-agency", SeedFactsActors },
        { "actor", "وكالة الأناضول", "anadolu-agency", SeedFactsActors },
        { "actor", "UNSMIL", "unsmil", SeedFactsActors },
        { "actor", "بعثة الأمم المتحدة للدعم في ليبيا", "unsmil", SeedFactsActors },
        { "actor", "Ahmed al-Mismari", "ahmed-al-mismari", SeedFactsActors },
        { "actor", "أحمد المسماري", "ahmed-al-mismari", SeedFactsActors },
        { "actor", "LNA", "lna", SeedFactsActors },
        { "actor", "Libyan National Army", "lna", SeedFactsActors },
        // seed-facts.md §1.1 and §2: the same for places
        { "place", "Misrata", "misrata", SeedFactsPlaces },
        { "place", "Misratah", "misrata", SeedFactsPlaces },
        { "place", "Uqba ibn Nafi Air Base", "al-watiya-air-base", SeedFactsPlaces },
        { "place", "قاعدة الوطية", "al-watiya-air-base", SeedFactsPlaces },
        { "place", "al-Wishka", "al-washka", SeedFactsPlaces },
        { "place", "Al Wachkah", "al-washka", SeedFactsPlaces },
        { "place", "Souq al-Ahad", "souq-al-ahad", SeedFactsPlaces },
        { "place", "Suq al-Ahad", "souq-al-ahad", SeedFactsPlaces },
        { "place", "al-Asabaa", "al-asabaa", SeedFactsPlaces },
        { "place", "Asbi'a", "al-asabaa", SeedFactsPlaces },
        { "place", "Assaba", "al-asabaa", SeedFactsPlaces },
        { "place", "Al Aşābi‘ah", "al-asabaa", SeedFactsPlaces },
        { "place", "Esabiya", "al-asabaa", SeedFactsPlaces },
        { "place", "الأصابعة", "al-asabaa", SeedFactsPlaces },
        { "place", "Mizdah", "mizdah", SeedFactsPlaces },
        { "place", "Mizda", "mizdah", SeedFactsPlaces },
        { "place", "Nafusa Mountains", "western-mountain", SeedFactsPlaces },
        { "place", "al-Jabal al-Gharbi", "western-mountain", SeedFactsPlaces },
        { "place", "جبل نفوسة", "western-mountain", SeedFactsPlaces },
        { "place", "Tarhunah", "tarhuna", SeedFactsPlaces },
        { "place", "Tarhouna", "tarhuna", SeedFactsPlaces },
        { "place", "ترهونة", "tarhuna", SeedFactsPlaces },
        { "place", "Tarabulus", "tripoli", SeedFactsPlaces },
        { "place", "طرابلس", "tripoli", SeedFactsPlaces },
    };

    [Theory]
    [MemberData(nameof(ArticleSpellings))]
    public void Find_resolves_every_spelling_of_the_article(string collection, string spelling, string id, string source)
    {
        // Read as the text that spells it does: the article, or the source a name holds in (a scoped alias).
        Source text = s_scopedIn.TryGetValue(spelling, out string? scope) ? Sources.Get(scope) : Sources.Aljazeera2020_05_21;
        Entity? found = collection == "actor" ? Actors.FindIn(spelling, text) : Places.FindIn(spelling, text);
        Assert.True(found is not null, $"'{spelling}' ({source}) resolves to no {collection} (expected {id})");
        Assert.Same(collection == "actor" ? Actors.Get(id) : Places.Get(id), found);
    }

    /// <summary>The spellings above that hold only within a source other than the article.</summary>
    private static readonly Dictionary<string, string> s_scopedIn = new(StringComparer.Ordinal) { ["7th Brigade"] = "libya-observer-7th-brigade" };

    [Fact]
    public void A_name_of_the_reference_notes_that_no_registered_source_supports_is_not_an_alias()
    {
        // seed-facts.md gives al-Kaniyat's "later" name "9th Brigade" without a source; a value nothing supports is left out.
        Assert.Null(Actors.Find("9th Brigade"));
        Assert.Equal(ResolvedBy.None, Actors.Resolve("9th Brigade").By);
        Assert.Contains("9th", Actors.Kaniyat.Notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Libyan army", "gna-forces", "aljazeera-2020-05-21")]
    [InlineData("الجيش الليبي", "gna-forces", "aljazeera-2020-05-21")]
    [InlineData("Washington", "united-states", "aljazeera-2020-05-21")]
    [InlineData("Emirati", "uae", "aljazeera-2020-05-21")]
    [InlineData("7th Brigade", "kaniyat", "libya-observer-7th-brigade")]
    public void A_name_that_holds_only_within_a_source_is_not_guessed_outside_it(string spelling, string id, string source)
    {
        // "The Libyan army" is the GNA's army in this article and the LNA in LNA-side texts; a city stands for its state
        // only in the article's wording; brigade numbers repeat across Libya's armed groups.
        Assert.Null(Actors.Find(spelling));
        Resolution<Actor> resolution = Actors.Resolve(spelling);
        Assert.Equal(ResolvedBy.Ambiguous, resolution.By);
        AliasCandidate<Actor> candidate = Assert.Single(resolution.Candidates);
        Assert.Equal((id, source), (candidate.Entity.Id, candidate.Source!.Id));
        Assert.Same(Actors.Get(id), Actors.FindIn(spelling, Sources.Get(source)));
    }
}
