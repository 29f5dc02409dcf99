namespace Almanac.Tests;

public class VocabularyTests
{
    /// <summary>ACLED's six event types and their sub-event types (ACLED codebook; /work/shared/reference/event-data-standards.md).</summary>
    private static readonly Dictionary<string, string[]> AcledTypes = new()
    {
        ["Battles"] = new[] { "Armed clash", "Government regains territory", "Non-state actor overtakes territory" },
        ["Explosions/Remote violence"] = new[] { "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade" },
        ["Violence against civilians"] = new[] { "Sexual violence", "Attack", "Abduction/forced disappearance" },
        ["Protests"] = new[] { "Peaceful protest", "Protest with intervention", "Excessive force against protesters" },
        ["Riots"] = new[] { "Violent demonstration", "Mob violence" },
        ["Strategic developments"] = new[] { "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other" },
    };

    public static TheoryData<EventKind> AllEventKinds() => new(Enum.GetValues<EventKind>());

    [Theory]
    [MemberData(nameof(AllEventKinds))]
    public void Every_event_kind_has_valid_standard_codes(EventKind kind)
    {
        EventKindStandards codes = kind.Standards();

        Assert.Matches("^[0-9]{3,4}$", codes.CameoCode);
        int root = int.Parse(codes.CameoRootCode, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(root, 1, 20);                              // CAMEO has 20 root codes, 01-20
        Assert.Equal(codes.CameoCode[..2], codes.CameoRootCode);

        Assert.Contains(codes.AcledEventType, AcledTypes.Keys);
        Assert.Contains(codes.AcledSubEventType, AcledTypes[codes.AcledEventType]);
        Assert.Equal(codes.AcledEventType == "Strategic developments" ? "Strategic developments"
            : codes.AcledEventType is "Protests" or "Riots" ? "Demonstrations" : "Political violence", codes.AcledDisorderType);

        // UCDP codes only organised violence: never a strategic development.
        if (codes.AcledEventType == "Strategic developments")
        {
            Assert.Null(codes.UcdpViolence);
        }
        else
        {
            Assert.NotNull(codes.UcdpViolence);
            Assert.True(Enum.IsDefined(codes.UcdpViolence.Value));
        }
    }

    [Fact]
    public void Standards_are_the_same_instance_on_every_call() =>
        Assert.Same(EventKind.AirStrike.Standards(), EventKind.AirStrike.Standards());

    [Theory]
    [InlineData(-1)]
    [InlineData(10_000)]
    public void Undefined_event_kind_throws(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((EventKind)value).Standards());

    /// <summary>
    /// Every precision, in declaration order, with its codes: UCDP's where_prec and ACLED's geo_precision for a place,
    /// UCDP's date_prec and ACLED's time_precision for a date.
    /// </summary>
    [Fact]
    public void Precision_crosswalk()
    {
        Assert.Equal(
            [(GeoPrecision.Exact, 1, 1), (GeoPrecision.Near, 2, 2), (GeoPrecision.District, 3, 3), (GeoPrecision.Province, 4, 3), (GeoPrecision.Region, 5, 3), (GeoPrecision.Country, 6, 3), (GeoPrecision.International, 7, 3)],
            Enum.GetValues<GeoPrecision>().Select(p => (p, p.ToUcdpWherePrecision(), p.ToAcledGeoPrecision())));
        Assert.Equal(
            [(TimePrecision.Day, 1, 1), (TimePrecision.Days, 2, 2), (TimePrecision.Week, 3, 2), (TimePrecision.Month, 4, 3), (TimePrecision.Year, 5, 3)],
            Enum.GetValues<TimePrecision>().Select(p => (p, p.ToUcdpDatePrecision(), p.ToAcledTimePrecision())));
    }

    [Fact]
    public void Crosswalk_tests_cover_every_precision_value()
    {
        Assert.Equal(7, Enum.GetValues<GeoPrecision>().Length);
        Assert.Equal(5, Enum.GetValues<TimePrecision>().Length);
        Assert.Equal(Enumerable.Range(1, 7), Enum.GetValues<GeoPrecision>().Select(p => p.ToUcdpWherePrecision()));
        Assert.Equal(Enumerable.Range(1, 5), Enum.GetValues<TimePrecision>().Select(p => p.ToUcdpDatePrecision()));
    }

    [Fact]
    public void The_crosswalks_keep_the_class_names_of_release_0_1_0()
    {
        // Code written against 0.1.0 may call the crosswalks as static methods of their classes.
        Assert.Equal(2, GeoPrecisionExtensions.ToAcledGeoPrecision(GeoPrecision.Near));
        Assert.Equal(2, TimePrecisionExtensions.ToAcledTimePrecision(TimePrecision.Week));
        Assert.Throws<ArgumentOutOfRangeException>(() => GeoPrecisionExtensions.ToUcdpWherePrecision((GeoPrecision)99));
    }
}
