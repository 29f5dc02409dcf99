using Almanac.Libya;

namespace Almanac.Libya.Tests;

/// <summary>
/// Checks the curated coordinates and dates against what the article states. Where the data and the article
/// disagree beyond the tolerance, the dataset must say so in the place's (or event's) notes rather than silently.
/// </summary>
public class PlausibilityTests
{
    // Libya's bounding box (mainland extremes: about 19.5°N at the Sudan/Chad tripoint to 33.2°N on the coast,
    // 9.3°E at Ghadames to 25.2°E at the Egyptian border).
    private const double MinLat = 19.5, MaxLat = 33.2, MinLon = 9.3, MaxLon = 25.2;

    /// <summary>
    /// Tolerance for a distance stated in the article against the straight-line distance between the coordinates:
    /// the article's figures are round numbers ("80 km", "140 km", "approximately 100 kilometers"), i.e. ±5 km from
    /// rounding to tens, and a city's coordinate is one point of a built-up area some 5-10 km across, while the
    /// article does not say from which point of the capital it measures (another ±5 km). 10 km covers both; a larger
    /// gap means the article and the coordinates tell different stories, which a curator must note.
    /// </summary>
    private const double DistanceToleranceKm = 10;

    /// <summary>
    /// Tolerance for a compass word ("southeast", "south"): colloquial directions are read as "roughly that way",
    /// i.e. within the quadrant centred on the word (±45°); only a bearing outside it contradicts the article.
    /// </summary>
    private const double BearingToleranceDegrees = 45;

    /// <summary>The schema's own measure of "near" (geo-precision <c>near</c>: within about 25 km of the point).</summary>
    private const double NearKm = 25;

    private static GeoPoint At(Place place) => place.Location ?? throw new InvalidOperationException($"{place.Id} has no location");

    [Fact]
    public void Libyan_places_with_a_location_lie_inside_Libya()
    {
        var libyan = Places.All.Where(p => p.Country == "LY" || p.IsWithin(Places.Libya)).ToList();
        Assert.True(libyan.Count > 15);
        foreach (Place place in libyan.Where(p => p.Location is not null))
        {
            GeoPoint l = At(place);
            Assert.True(l.Latitude is >= MinLat and <= MaxLat && l.Longitude is >= MinLon and <= MaxLon,
                $"{place.Id} at {l} lies outside Libya's bounding box");
        }
    }

    [Fact]
    public void Country_LY_and_lying_within_Libya_agree()
    {
        foreach (Place place in Places.All.Where(p => p != Places.Libya))
        {
            Assert.True((place.Country == "LY") == place.IsWithin(Places.Libya), $"{place.Id}: country {place.Country}, within {place.Within?.Id}");
        }
    }

    [Fact]
    public void A_place_has_a_geo_precision_exactly_when_it_has_a_location() =>
        Assert.All(Places.All, p => Assert.Equal(p.Location is null, p.GeoPrecision is null));

    public static TheoryData<string, string, double, double, string> StatedDistances() => new()
    {
        // place, from, km stated in the article, bearing of the article's compass word, the article's words
        { "tarhuna", "tripoli", 80, 135, "Tarhuna (80 km southeast of Tripoli)" },                                             // ¶2
        { "al-watiya-air-base", "tripoli", 140, 225, "the strategic Al-Wataya base (140 km southwest of Tripoli)" },            // ¶11
        { "al-asabaa", "tripoli", 100, 225, "Al-Asaba, located to the south of Gharyan (approximately 100 kilometers southwest of the capital)" }, // ¶12
    };

    [Theory]
    [MemberData(nameof(StatedDistances))]
    public void Distances_stated_in_the_article_match_the_coordinates_or_the_notes_record_the_disagreement(
        string placeId, string fromId, double statedKm, double statedBearing, string quote)
    {
        Place place = Places.Get(placeId);
        Place from = Places.Get(fromId);
        Assert.Contains(place.Citations, c => c.Quote.Contains(quote, StringComparison.Ordinal) || quote.Contains(c.Quote, StringComparison.Ordinal));

        double km = At(from).DistanceKm(At(place));
        if (Math.Abs(km - statedKm) > DistanceToleranceKm)
        {
            // The notes must name the disagreement with both figures: the article's and the computed one.
            string notes = place.Notes ?? "";
            string computed = Math.Round(km).ToString(CultureInfo.InvariantCulture) + " km";
            string stated = statedKm.ToString(CultureInfo.InvariantCulture) + " km";
            Assert.True(notes.Contains("disagreement", StringComparison.OrdinalIgnoreCase) && notes.Contains(stated, StringComparison.Ordinal)
                    && notes.Contains(computed, StringComparison.Ordinal),
                $"{placeId} is {km:0.0} km from {fromId}, the article says {stated}: its notes must record the disagreement " +
                $"with both figures (\"{stated}\", \"{computed}\"). Notes: {place.Notes}");
        }

        double bearing = At(from).BearingTo(At(place));
        double off = Math.Abs((bearing - statedBearing + 540) % 360 - 180);
        Assert.True(off <= BearingToleranceDegrees || (place.Notes ?? "").Contains("Direction disagreement", StringComparison.Ordinal),
            $"{placeId} lies at {bearing:0}° from {fromId}, {off:0}° off the article's direction, and its notes do not record it");
    }

    /// <summary>
    /// Figures that the place notes give as computed from the coordinates ("about 67 km", "About 82 km south of
    /// Tripoli"): the distance must be the computed one to within rounding (1 km) and the compass word, where there
    /// is one, must be the 8-point sector the bearing falls in (±22.5°), since these are the curator's own computations.
    /// </summary>
    [Theory]
    [InlineData("tarhuna", "about 67 km", "tripoli", "tarhuna", 67, double.NaN)]
    [InlineData("al-watiya-air-base", "about 129 km", "tripoli", "al-watiya-air-base", 129, double.NaN)]
    [InlineData("souq-al-ahad", "about 46 km southeast of Tripoli", "tripoli", "souq-al-ahad", 46, 135)]
    [InlineData("souq-al-ahad", "22 km northwest of Tarhuna", "tarhuna", "souq-al-ahad", 22, 315)]
    [InlineData("al-washka", "about 120 km from Misrata", "misrata", "al-washka", 120, double.NaN)]
    [InlineData("al-washka", "98 km from Sirte", "sirte", "al-washka", 98, double.NaN)]
    [InlineData("al-washka", "about 282 km", "tripoli", "al-washka", 282, double.NaN)]
    [InlineData("badr", "about 18 km east-north-east of Tiji", "tiji", "badr", 18, 67.5)]
    [InlineData("gharyan", "About 82 km south of Tripoli", "tripoli", "gharyan", 82, 180)]
    [InlineData("zintan", "About 138 km southwest of Tripoli", "tripoli", "zintan", 138, 225)]
    [InlineData("mizdah", "162 km south of Tripoli", "tripoli", "mizdah", 162, 180)]
    [InlineData("al-asabaa", "about 100 km southwest (computed)", "tripoli", "al-asabaa", 100, double.NaN)]  // 197°: SSW; the direction is checked loosely (±45°) above
    [InlineData("al-asabaa", "about 21 km south-west of Gharyan", "gharyan", "al-asabaa", 21, 225)]
    [InlineData("al-asabaa", "about 84 km west-south-west of Tarhuna", "tarhuna", "al-asabaa", 84, 248)]
    public void Computed_figures_in_place_notes_match_the_coordinates(string placeId, string fragment, string fromId, string toId, double km, double bearing)
    {
        string notes = SourceDocument.Fold(Places.Get(placeId).Notes ?? "");
        Assert.Contains(SourceDocument.Fold(fragment), notes);
        GeoPoint from = At(Places.Get(fromId)), to = At(Places.Get(toId));
        Assert.InRange(from.DistanceKm(to), km - 1, km + 1);
        if (!double.IsNaN(bearing))
        {
            double off = Math.Abs((from.BearingTo(to) - bearing + 540) % 360 - 180);
            Assert.True(off <= 22.5, $"{toId} lies at {from.BearingTo(to):0}° from {fromId}; the notes say {fragment}");
        }
    }

    [Fact]
    public void The_curators_disagreement_notes_are_backed_by_the_coordinates()
    {
        // Tarhuna and al-Watiya: the notes claim a distance disagreement; it must exist beyond the tolerance.
        Assert.True(Math.Abs(At(Places.Tripoli).DistanceKm(At(Places.Tarhuna)) - 80) > DistanceToleranceKm);
        Assert.True(Math.Abs(At(Places.Tripoli).DistanceKm(At(Places.AlWatiyaAirBase)) - 140) > DistanceToleranceKm);
        // al-Asabaa: the notes say the 100 km figure matches.
        Assert.InRange(At(Places.Tripoli).DistanceKm(At(Places.AlAsabaa)), 100 - DistanceToleranceKm, 100 + DistanceToleranceKm);
    }

    [Fact]
    public void Al_Asabaa_is_not_near_Tarhuna_and_the_notes_say_so()
    {
        // ¶5: "the town of Al-Asaba, near Tarhuna".
        double km = At(Places.Tarhuna).DistanceKm(At(Places.AlAsabaa));
        Assert.True(km > NearKm);
        Assert.Contains("near Tarhuna", Places.AlAsabaa.Notes);
    }

    [Fact]
    public void Al_Washka_lies_between_Misrata_and_Sirte()
    {
        // ¶2: "the Al-Washka area between the cities of Misurata and Sirte". "Between" read as "on the way": the
        // detour through al-Washka is at most 20 % longer than the direct line (the coast road bends around the gulf).
        double direct = At(Places.Misrata).DistanceKm(At(Places.Sirte));
        double via = At(Places.Misrata).DistanceKm(At(Places.AlWashka)) + At(Places.AlWashka).DistanceKm(At(Places.Sirte));
        Assert.True(via <= 1.2 * direct, $"via al-Washka {via:0} km, direct {direct:0} km");
    }

    [Fact]
    public void Souq_al_Ahad_lies_south_of_the_capital()
    {
        // ¶2: "the Souk Al-Ahad suburb (south of the capital)".
        double bearing = At(Places.Tripoli).BearingTo(At(Places.SouqAlAhad));
        Assert.InRange(bearing, 180 - BearingToleranceDegrees, 180 + BearingToleranceDegrees);
    }

    /// <summary>
    /// Events the article places only around a place must not be located as exactly as the place itself: the schema's
    /// event <c>geo-precision</c> exists for this ("near" for "in the vicinity of", "the outskirts", "sites in").
    /// </summary>
    [Theory]
    [InlineData("2020-05-21-lna-air-strike-near-al-asabaa", "In the vicinity of Al-Asaba")]
    [InlineData("2020-05-20-gna-forces-reinforce-tarhuna-outskirts", "on the outskirts of Tarhuna")]
    [InlineData("2020-05-19-gna-forces-advance-towards-al-asabaa", "progress towards the town of Al-Asaba")]
    [InlineData("2020-05-18-gna-strikes-al-washka", "other strikes targeted sites in Al-Washa")]
    public void Events_around_a_place_are_not_located_exactly(string eventId, string articleWords)
    {
        SourceDocument document = SourceDocument.Load(Sources.Get("aljazeera-2020-05-21").Document!);
        Assert.Contains(document.Paragraphs, p => SourceDocument.Fold(p).Contains(articleWords, StringComparison.Ordinal));
        Event e = Events.Get(eventId);
        Assert.NotNull(e.GeoPrecision);
        Assert.NotEqual(GeoPrecision.Exact, e.GeoPrecision);
    }

    [Fact]
    public void An_event_is_never_located_more_exactly_than_its_place()
    {
        foreach (Event e in Events.All.Where(e => e.Place?.GeoPrecision is not null))
        {
            Assert.True(e.GeoPrecision >= e.Place!.GeoPrecision, $"{e.Id}: {e.GeoPrecision} is more exact than {e.Place.Id}'s {e.Place.GeoPrecision}");
        }
    }

    [Fact]
    public void Time_precision_matches_the_span_or_the_notes_explain_it()
    {
        foreach (Event e in Events.All)
        {
            int days = e.LastDate.DayNumber - e.Date.DayNumber + 1;
            bool fits = e.TimePrecision switch
            {
                TimePrecision.Day => e.EndDate is null,
                TimePrecision.Days => days is >= 2 and <= 6,
                TimePrecision.Week => days <= 7,
                TimePrecision.Month => days <= 31,
                TimePrecision.Year => days <= 366,
                _ => false,
            };
            Assert.True(fits || (e.Notes ?? "").Contains("time-precision", StringComparison.Ordinal),
                $"{e.Id}: {days} days with time-precision {e.TimePrecision}, and the notes do not explain it");
            Assert.True(e.EndDate is null || e.EndDate > e.Date, $"{e.Id}: end-date must be after date");
        }
    }

    [Fact]
    public void No_event_is_later_than_the_article_that_reports_it()
    {
        DateOnly published = Sources.Get("aljazeera-2020-05-21").Published!.Value;
        Assert.All(Events.All, e => Assert.True(e.LastDate <= published, $"{e.Id} ends {e.LastDate:yyyy-MM-dd}"));
    }

    [Fact]
    public void Casualty_figures_are_ordered_and_sides_do_not_exceed_totals()
    {
        foreach (Event e in Events.All)
        {
            foreach (Casualties c in new[] { e.Fatalities, e.Wounded }.OfType<Casualties>())
            {
                Assert.True(Ordered(c.Low, c.Best, c.High), e.Id);
                Assert.All(c.Sides, s => Assert.True(Ordered(s.Low, s.Best, s.High), e.Id));
                if (c.Best is int best && c.Sides.All(s => s.Best is not null))
                {
                    Assert.True(c.Sides.Sum(s => s.Best!.Value) <= best, $"{e.Id}: sides exceed the total");
                }
                Assert.Equal(c.Sides.Count, c.Sides.Select(s => s.Actor).Distinct().Count());
            }
        }

        static bool Ordered(int? low, int? best, int? high) =>
            (low ?? 0) >= 0 && (low is null || best is null || low <= best) && (best is null || high is null || best <= high) && (low is null || high is null || low <= high);
    }

    [Fact]
    public void Parts_share_their_parents_country()
    {
        foreach (Actor actor in Actors.All.Where(a => a.PartOf is not null && a.Country is not null && a.PartOf.Country is not null))
        {
            Assert.True(actor.Country == actor.PartOf!.Country, $"{actor.Id} ({actor.Country}) is part of {actor.PartOf.Id} ({actor.PartOf.Country})");
        }
    }
}
