namespace Almanac.Testing;

/// <summary>
/// Spellings that exercise every rule of the alias key (case, Latin and Arabic marks, hamza seats, tatweel, letter
/// variants, dashes, apostrophes, quotation marks, white space, compatibility forms), for tests that compare another
/// implementation of the key with the runtime's.
/// </summary>
public static class AliasKeySamples
{
    public static readonly IReadOnlyList<string> All = new[]
    {
        "Al-Wefaq", "al wefaq", "ALWEFAQ", "GNA", "İzmir", "Tīǧī", "Al Aşābi‘ah", "Ṭarābulus", "Salamé", "Sale\u0301", "Hürriyet",
        "مُحَمَّد قَنُونُو", "خَلِيفَة حَفْتَر", "بُرْكَانُ الغَضَبِ", "ليبيًا", "الرَّحْمٰن", "الإمارات", "الأصابعة", "آل", "مؤتمر", "رئيس",
        "\u0621", "سماء", "محـــمد", "\u0671لوفاق", "مستشفى", "ترهونة",
        "Al\u2010Wefaq", "Al\u2011Wefaq", "Al\u2013Wefaq", "Al\u2014Wefaq", "Al\u00ADWefaq", "Al_Wefaq", "Al.Wefaq",
        "Asbi'a", "Asbi\u2019a", "Asbi\u2018a", "Asbi\u02BFa", "Asbi\u02BEa", "Asbi\u02BCa", "Asbi\u02BBa", "Asbi`a", "Asbi\u00B4a", "Asbi\u2032a",
        "\u201CAnger Volcano\u201D", "\"Anger Volcano\"", "\u00ABAnger Volcano\u00BB", "  Al   Wefaq  ", "Al\tWefaq", "Al\r\nWefaq", "Al\u00A0Wefaq",
        "ﬁnal", "Ⅻ", "ﺍﻟﻮﻓﺎﻕ", "²", "−5", "Ω", "ß", "Σίσυφος", "Москва", "2020-05-20-pantsir-strikes-tarhuna", "",
    };
}
