namespace Almanac.Libya.Tests;

/// <summary>The curated names and aliases cover the article: every spelling in it resolves to the right entity.</summary>
public class ArticleSpellingTests
{
    /// <summary>
    /// Every way the article (seeds/000_b3dc0abcc49582ad.txt) names an actor, as written there (¶ = paragraph), and the
    /// translation quirks of seed-facts.md §1.1 that name an actor; each must resolve to the curated actor.
    /// </summary>
    public static TheoryData<string, string> ArticleActorSpellings() => new()
    {
        { "Libyan National Accord Government", "gna" },                        // ¶1
        { "Libyan National Accord Government forces", "gna-forces" },          // ¶1
        { "Khalifa Hifter", "khalifa-haftar" },                                // ¶1
        { "forces of Khalifa Hifter", "lna" },                                 // ¶1 "the forces of retired Major General Khalifa Hifter"
        { "Washington", "united-states" },                                     // ¶1
        { "Paris", "france" },                                                 // ¶1
        { "Al-Wefaq forces", "gna-forces" },                                   // ¶2, ¶7, ¶9, ¶16
        { "al-Wefaq forces", "gna-forces" },                                   // ¶12
        { "forces of the Libyan National Accord government", "gna-forces" },   // ¶3
        { "Libyan army", "gna-forces" },                                       // ¶4 "The Libyan army spokesman" = the GNA forces
        { "Mohamed Kanounou", "mohamed-gununu" },                              // ¶4
        { "Emirati", "uae" },                                                  // ¶4 "Emirati money", "Emirati checks"
        { "legitimate government", "gna" },                                    // ¶4
        { "Egyptian intelligence", "egyptian-intelligence" },                  // ¶4
        { "Wagner Russian", "wagner-group" },                                  // ¶4
        { "Al-Wefaq government", "gna" },                                      // ¶5, ¶13, ¶15
        { "Haftar militants", "lna" },                                         // ¶5
        { "Haftar", "khalifa-haftar" },                                        // ¶6, ¶7, ¶13, ¶22, ¶23
        { "Anatolia", "anadolu-agency" },                                      // ¶6 photo credit
        { "Tarhuna militants", "kaniyat" },                                    // ¶7
        { "Haftar\u2019s forces", "lna" },                                     // ¶7, ¶16 (typographic apostrophe as in the article)
        { "Berkane El-Fathi", "volcano-of-rage" },                             // ¶9
        { "\u201CBerkane El-Fathi\u201D", "volcano-of-rage" },                 // ¶9 with the article's quotation marks
        { "media center for the \u201CBerkane El-Fathi\u201D operation", "volcano-of-rage-media-center" }, // ¶9
        { "Mustafa Al-Mujei", "mustafa-al-majai" },                            // ¶9
        { "internationally recognized Libyan government forces", "gna-forces" }, // ¶11
        { "internationally recognized Libyan government", "gna" },             // ¶11
        { "government of reconciliation", "gna" },                             // ¶11
        { "local authority in the city of Mazda", "mizdah-local-authority" },  // ¶13
        { "Haftar forces", "lna" },                                            // ¶13
        { "Borkan Rage", "volcano-of-rage" },                                  // ¶15 "the “Borkan Rage” operation"
        { "Anger Volcano", "volcano-of-rage" },                                // ¶16
        { "Operation \u201CAnger Volcano\u201D", "volcano-of-rage" },          // ¶16 with the article's quotation marks
        { "White House", "white-house" },                                      // ¶18
        { "Donald Trump", "donald-trump" },                                    // ¶18
        { "Emmanuel Macron", "emmanuel-macron" },                              // ¶18
        { "Moscow", "russia" },                                                // ¶19 "Moscow’s support"
        { "Russian Foreign Ministry", "russian-foreign-ministry" },            // ¶19
        { "Ankara", "turkey" },                                                // ¶20
        { "Hulusi Akar", "hulusi-akar" },                                      // ¶20
        { "Turkish Defense Ministry", "turkish-defence-ministry" },             // ¶20 "Turkish Defense Minister" names the ministry's head
        { "Turkish armed forces", "turkish-armed-forces" },                    // ¶20
        { "European Union", "european-union" },                                // ¶21
        { "UN mission in Libya", "unsmil" },                                   // ¶21
        { "National Front Party", "national-front-party" },                    // ¶22
        { "Abdullah Al-Refadi", "abdullah-al-rifadi" },                        // ¶22
        { "UAE", "uae" },                                                      // ¶22, ¶23
        { "Al-Refadi", "abdullah-al-rifadi" },                                 // ¶23
        { "Al-Jazeera", "al-jazeera" },                                        // ¶23
        // seed-facts.md §1.1: standard forms and other transliterations of the same actors
        { "Al-Wefaq", "gna" },
        { "National Accord Government", "gna" },
        { "Government of National Accord", "gna" },
        { "GNA", "gna" },
        { "حكومة الوفاق الوطني", "gna" },
        { "الجيش الليبي", "gna-forces" },
        { "قوات الوفاق", "gna-forces" },
        { "Hifter", "khalifa-haftar" },
        { "Hafter", "khalifa-haftar" },
        { "Khalifa Haftar", "khalifa-haftar" },
        { "خليفة حفتر", "khalifa-haftar" },
        { "Volcano of Rage", "volcano-of-rage" },
        { "Burkan al-Ghadab", "volcano-of-rage" },
        { "Volcano of Anger", "volcano-of-rage" },
        { "Volcano of Fury", "volcano-of-rage" },
        { "عملية بركان الغضب", "volcano-of-rage" },
        { "Mohamed Gununu", "mohamed-gununu" },
        { "Mohamed Qanunu", "mohamed-gununu" },
        { "Mohamed Gnounou", "mohamed-gununu" },
        { "Mohamed Kununu", "mohamed-gununu" },
        { "Mohamed Qonuni", "mohamed-gununu" },
        { "محمد قنونو", "mohamed-gununu" },
        { "Mustafa al-Majai", "mustafa-al-majai" },
        { "Mustafa al-Mujie", "mustafa-al-majai" },
        { "Mustafa al-Mujai", "mustafa-al-majai" },
        { "Mustafa Majae", "mustafa-al-majai" },
        { "مصطفى المجعي", "mustafa-al-majai" },
        { "Kaniyat", "kaniyat" },
        { "Kani militia", "kaniyat" },
        { "7th Brigade", "kaniyat" },
        { "9th Brigade", "kaniyat" },
        { "الكانيات", "kaniyat" },
        { "Wagner Group", "wagner-group" },
        { "ChVK Wagner", "wagner-group" },
        { "فاغنر", "wagner-group" },
        { "Abdullah al-Rifadi", "abdullah-al-rifadi" },
        { "عبد الله الرفادي", "abdullah-al-rifadi" },
        { "Anadolu Agency", "anadolu-agency" },
        { "وكالة الأناضول", "anadolu-agency" },
        { "UNSMIL", "unsmil" },
        { "بعثة الأمم المتحدة للدعم في ليبيا", "unsmil" },
        { "Ahmed al-Mismari", "ahmed-al-mismari" },
        { "أحمد المسماري", "ahmed-al-mismari" },
        { "LNA", "lna" },
        { "Libyan National Army", "lna" },
    };

    [Theory]
    [MemberData(nameof(ArticleActorSpellings))]
    public void Actors_Find_resolves_every_spelling_of_the_article(string spelling, string id)
    {
        Actor? actor = Actors.Find(spelling);
        Assert.True(actor is not null, $"'{spelling}' resolves to no actor (expected {id})");
        Assert.Same(Actors.Get(id), actor);
    }

    public static TheoryData<string, string> ArticlePlaceSpellings() => new()
    {
        { "Tarhuna", "tarhuna" },                          // ¶1, ¶2, ...
        { "Tripoli", "tripoli" },                          // ¶2, ¶3, ...
        { "Al-Washka", "al-washka" },                      // ¶2
        { "Al-Washa", "al-washka" },                       // ¶5 typo of al-Washka
        { "Misurata", "misrata" },                         // ¶2
        { "Sirte", "sirte" },                              // ¶2
        { "Souk Al-Ahad", "souq-al-ahad" },                // ¶2
        { "Al-Wataya", "al-watiya-air-base" },             // ¶11 "the strategic Al-Wataya base"
        { "Al-Wataya military base", "al-watiya-air-base" }, // ¶3
        { "Al-Asaba", "al-asabaa" },                       // ¶5, ¶11, ¶12
        { "Tiji", "tiji" },                                // ¶11
        { "Badr", "badr" },                                // ¶11
        { "western mountain", "western-mountain" },        // ¶11, ¶13
        { "Gharyan", "gharyan" },                          // ¶12
        { "Zintan", "zintan" },                            // ¶13
        { "Mazda", "mizdah" },                             // ¶13
        { "Libyan West", "tripolitania" },                 // ¶13
        { "Libya", "libya" },                              // ¶1, ...
        { "Moscow", "moscow" },                            // ¶19
        { "Ankara", "ankara" },                            // ¶20
        { "Washington", "washington-dc" },                 // ¶1
        { "Paris", "paris" },                              // ¶1
        { "fighting axes south of Tripoli", "south-tripoli-front" }, // ¶15
        { "southern suburbs of Tripoli", "south-tripoli-front" },    // ¶23
        // seed-facts.md §1.1 and §2
        { "Misrata", "misrata" },
        { "Misratah", "misrata" },
        { "Uqba ibn Nafi Air Base", "al-watiya-air-base" },
        { "قاعدة الوطية", "al-watiya-air-base" },
        { "al-Wishka", "al-washka" },
        { "Al Wachkah", "al-washka" },
        { "Souq al-Ahad", "souq-al-ahad" },
        { "Suq al-Ahad", "souq-al-ahad" },
        { "al-Asabaa", "al-asabaa" },
        { "Asbi'a", "al-asabaa" },
        { "Assaba", "al-asabaa" },
        { "Al Aşābi‘ah", "al-asabaa" },
        { "Esabiya", "al-asabaa" },
        { "الأصابعة", "al-asabaa" },
        { "Mizdah", "mizdah" },
        { "Mizda", "mizdah" },
        { "Nafusa Mountains", "western-mountain" },
        { "al-Jabal al-Gharbi", "western-mountain" },
        { "جبل نفوسة", "western-mountain" },
        { "Tarhunah", "tarhuna" },
        { "Tarhouna", "tarhuna" },
        { "ترهونة", "tarhuna" },
        { "Tarabulus", "tripoli" },
        { "طرابلس", "tripoli" },
    };

    [Theory]
    [MemberData(nameof(ArticlePlaceSpellings))]
    public void Places_Find_resolves_every_spelling_of_the_article(string spelling, string id)
    {
        Place? place = Places.Find(spelling);
        Assert.True(place is not null, $"'{spelling}' resolves to no place (expected {id})");
        Assert.Same(Places.Get(id), place);
    }

    /// <summary>Phrases the article uses as names of an actor or place.</summary>
    [Theory]
    [InlineData("actor", "Military and civilian components in the city of Zintan", "zintan-military-and-civilian-components")]
    [InlineData("place", "Al-Wataya base", "al-watiya-air-base")]
    public void Article_spellings_of_collective_names_resolve(string collection, string spelling, string id)
    {
        Entity? found = collection == "actor" ? Actors.Find(spelling) : Places.Find(spelling);
        Assert.Equal(id, found?.Id);
    }
}
