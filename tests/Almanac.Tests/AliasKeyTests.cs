using Almanac.Text;

namespace Almanac.Tests;

public class AliasKeyTests
{
    [Theory]
    [InlineData("Al-Wefaq", "alwefaq")]
    [InlineData("al wefaq", "alwefaq")]
    [InlineData("ALWEFAQ", "alwefaq")]
    [InlineData("Tarhuna", "tarhuna")]
    [InlineData("GNA", "gna")]
    [InlineData("İzmir", "izmir")]                 // Turkish dotted capital I: the dot is a combining mark after decomposition
    public void Case_is_ignored(string text, string key) => Assert.Equal(key, AliasKey.Normalize(text));

    [Theory]
    [InlineData("Tīǧī", "Tigi")]                 // ǧ is g with a caron: the DMG j is a g once the mark is gone
    [InlineData("Al Aşābi‘ah", "Al Asabiah")]
    [InlineData("Ṭarābulus", "Tarabulus")]
    [InlineData("Salamé", "Salame")]
    [InlineData("Hürriyet", "Hurriyet")]
    [InlineData("Sale\u0301", "Salé")]             // decomposed and precomposed é are one key
    public void Latin_diacritics_are_ignored(string a, string b) => AssertSameKey(a, b);

    [Theory]
    [InlineData("مُحَمَّد قَنُونُو", "محمد قنونو")]                 // fatha, damma, shadda
    [InlineData("خَلِيفَة حَفْتَر", "خليفة حفتر")]                  // kasra, sukun
    [InlineData("بُرْكَانُ الغَضَبِ", "بركان الغضب")]
    [InlineData("ليبيًا", "ليبيا")]                                // tanwin fath
    [InlineData("الرَّحْمٰن", "الرحمن")]                             // superscript (dagger) alef
    public void Arabic_harakat_are_ignored(string a, string b) => AssertSameKey(a, b);

    [Theory]
    [InlineData("الإمارات", "الامارات")]       // alef with hamza below
    [InlineData("الأصابعة", "الاصابعة")]       // alef with hamza above
    [InlineData("آل", "ال")]                   // alef with madda
    [InlineData("مؤتمر", "موتمر")]             // waw with hamza above
    [InlineData("رئيس", "رييس")]               // yeh with hamza above
    [InlineData("الأناضول", "الإناضول")]       // hamza above and below fold to the same alef
    public void Arabic_hamza_seated_on_a_letter_folds_to_the_letter(string a, string b) => AssertSameKey(a, b);

    [Fact]
    public void Arabic_standalone_hamza_is_a_letter_and_kept()
    {
        Assert.Equal("\u0621", AliasKey.Normalize("\u0621"));
        Assert.NotEqual(AliasKey.Normalize("سماء"), AliasKey.Normalize("سما"));
    }

    [Theory]
    [InlineData("محـــمد", "محمد")]
    [InlineData("الوفـاق", "الوفاق")]
    public void Arabic_tatweel_is_ignored(string a, string b) => AssertSameKey(a, b);

    [Theory]
    [InlineData("Al-Wefaq")]
    [InlineData("Al\u2010Wefaq")]     // hyphen
    [InlineData("Al\u2011Wefaq")]     // non-breaking hyphen
    [InlineData("Al\u2013Wefaq")]     // en dash
    [InlineData("Al\u2014Wefaq")]     // em dash
    [InlineData("Al\u00ADWefaq")]     // soft hyphen
    [InlineData("Al_Wefaq")]
    [InlineData("Al.Wefaq")]
    public void Hyphens_dashes_dots_and_underscores_are_ignored(string text) => Assert.Equal("alwefaq", AliasKey.Normalize(text));

    [Theory]
    [InlineData("Asbi'a")]            // ASCII apostrophe
    [InlineData("Asbi\u2019a")]       // ’ right single quotation mark
    [InlineData("Asbi\u2018a")]       // ‘ left single quotation mark
    [InlineData("Asbi\u02BFa")]       // ʿ ayn (modifier letter left half ring)
    [InlineData("Asbi\u02BEa")]       // ʾ hamza (modifier letter right half ring)
    [InlineData("Asbi\u02BCa")]       // ʼ modifier letter apostrophe
    [InlineData("Asbi\u02BBa")]       // ʻ modifier letter turned comma
    [InlineData("Asbi`a")]
    [InlineData("Asbi\u00B4a")]       // acute accent
    [InlineData("Asbi\u2032a")]       // prime
    public void Apostrophes_and_ayn_signs_are_ignored(string text) => Assert.Equal("asbia", AliasKey.Normalize(text));

    [Theory]
    [InlineData("\u201CAnger Volcano\u201D")]
    [InlineData("\"Anger Volcano\"")]
    [InlineData("\u00ABAnger Volcano\u00BB")]
    public void Quotation_marks_are_ignored(string text) => Assert.Equal("angervolcano", AliasKey.Normalize(text));

    [Theory]
    [InlineData("Al Wefaq")]
    [InlineData("  Al   Wefaq  ")]
    [InlineData("Al\tWefaq")]
    [InlineData("Al\nWefaq")]
    [InlineData("Al\r\nWefaq")]
    [InlineData("Al\u00A0Wefaq")]     // no-break space
    [InlineData("Al\u2009Wefaq")]     // thin space
    [InlineData("Al\u200BWefaq")]     // zero-width space
    [InlineData("Al\u2028Wefaq")]     // line separator
    public void White_space_is_ignored(string text) => Assert.Equal("alwefaq", AliasKey.Normalize(text));

    [Theory]
    [InlineData("Al-Wefaq", "Al-Wefak")]
    [InlineData("Tiji", "Tijo")]
    [InlineData("محمد", "احمد")]
    public void Different_spellings_stay_different(string a, string b) => Assert.NotEqual(AliasKey.Normalize(a), AliasKey.Normalize(b));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-'.")]
    [InlineData("\u0640\u064E")]
    public void Nothing_but_ignored_characters_gives_an_empty_key(string text) => Assert.Equal("", AliasKey.Normalize(text));

    [Fact]
    public void Key_is_recomposed_and_idempotent()
    {
        string key = AliasKey.Normalize("Ǧīǧī Ṭarābulus");
        Assert.Equal(key, AliasKey.Normalize(key));
        Assert.True(key.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Null_throws() => Assert.Throws<ArgumentNullException>(() => AliasKey.Normalize(null!));

    // Spellings that real Arabic text uses:
    [Fact]
    public void Arabic_alef_wasla_folds_to_alef() => AssertSameKey("ٱلوفاق", "الوفاق");

    [Fact]
    public void Arabic_presentation_forms_fold_to_letters() => AssertSameKey("\uFE8D\uFEDF\uFEEE\uFED3\uFE8E\uFED5", "الوفاق");

    [Theory]
    [InlineData("Washington, D.C.", "Washington D.C.")]
    [InlineData("Asbi'a", "Asbi’a")]
    [InlineData("Al-Asabʿa", "Al Asaba")]
    [InlineData("مزدة", "مزده")]   // teh marbuta and heh
    public void Punctuation_and_letter_variants_are_ignored(string a, string b) => AssertSameKey(a, b);

    [Fact]
    public void The_fast_path_gives_the_key_of_the_general_path()
    {
        // Every character it covers alone, then random strings of ASCII (punctuation, controls and brackets included) and
        // of Latin letters with diacritics, Greek, Cyrillic, Hebrew and Arabic letters and marks, decomposed or not.
        var random = new Random(20200521);
        Span<char> buffer = stackalloc char[160];
        for (int i = 0; i < 0x700 + 40_000; i++)
        {
            string text = i < 0x700 ? ((char)i).ToString()
                : i % 2 == 0 ? RandomAscii(random, random.Next(0, 40))
                : RandomBelow0700(random, random.Next(0, 40));
            Assert.True(AliasKey.TryNormalizeFast(text, buffer, out int length), text);
            Assert.Equal(AliasKey.NormalizeGeneral(text), buffer.Slice(0, length).ToString());
            Assert.Equal(AliasKey.NormalizeGeneral(text), AliasKey.Normalize(text));
        }
    }

    [Theory]
    [InlineData("東京")]                 // beyond U+0700
    [InlineData("\uFE8D\uFEDF\uFEEE")]   // Arabic presentation forms
    [InlineData("Tarhuna \U0001F600")]   // a surrogate pair
    public void The_fast_path_declines_other_text(string text)
    {
        Span<char> buffer = stackalloc char[64];
        Assert.False(AliasKey.TryNormalizeFast(text, buffer, out _));
        Assert.Equal(AliasKey.NormalizeGeneral(text), AliasKey.Normalize(text));
    }

    [Fact]
    public void The_fast_path_declines_keys_longer_than_its_buffer()
    {
        Span<char> buffer = stackalloc char[4];
        Assert.False(AliasKey.TryNormalizeFast("Tarhuna", buffer, out _));
        Assert.False(AliasKey.TryNormalizeFast("ترهونة", buffer, out _));
        Assert.True(AliasKey.TryNormalizeFast("Tar-h", buffer, out int length));
        Assert.Equal("tarh", buffer.Slice(0, length).ToString());
    }

    private static string RandomBelow0700(Random random, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next(0x0600, 0x0700), // Arabic letters, marks, digits, punctuation
                1 => (char)random.Next(0x00C0, 0x0250), // Latin with diacritics
                2 => (char)random.Next(0x0300, 0x0370), // combining marks
                _ => (char)random.Next(0x0080, 0x0700), // anything the table covers
            };
        }
        return new string(chars);
    }

    private static string RandomAscii(Random random, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            // Mostly letters and the separators names use, sometimes any ASCII character.
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next(0, 128),
                1 => " -'.,_()"[random.Next(8)],
                2 => (char)('A' + random.Next(26)),
                _ => (char)('a' + random.Next(26)),
            };
        }
        return new string(chars);
    }

    private static void AssertSameKey(string a, string b) => Assert.Equal(AliasKey.Normalize(b), AliasKey.Normalize(a));
}
