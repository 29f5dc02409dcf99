using CsvHelper;

namespace Almanac.Export;

/// <summary>
/// The mapping of Almanac events onto ACLED's columns: which participants become <c>actor1</c> and <c>actor2</c>, and
/// ACLED's numeric actor types (<c>inter1</c>, <c>inter2</c>) and <c>interaction</c> code. The mapping is conservative:
/// where Almanac's data cannot tell what ACLED would code, the column is left empty rather than guessed. It is
/// documented, with the reasons, in <c>docs/exports.md</c>.
/// </summary>
public static class AcledMapping
{
    /// <summary>ACLED <c>inter</c> 1: state forces.</summary>
    public const int StateForces = 1;

    /// <summary>ACLED <c>inter</c> 3: political militias.</summary>
    public const int PoliticalMilitias = 3;

    /// <summary>ACLED <c>inter</c> 7: civilians.</summary>
    public const int Civilians = 7;

    /// <summary>ACLED <c>inter</c> 8: external/other forces (foreign state forces, international organisations, private military companies).</summary>
    public const int ExternalOrOtherForces = 8;

    /// <summary>
    /// Whether <paramref name="role"/> puts an actor on the side of <c>actor1</c> (the side that acts: attacker,
    /// speaker, supporter, mediator, participant), as opposed to the side of <c>actor2</c> (target, victim, addressee,
    /// beneficiary). <see cref="ParticipantRole.Subject"/> is on neither side.
    /// </summary>
    public static bool? IsFirstSide(ParticipantRole role) => role switch
    {
        ParticipantRole.Attacker or ParticipantRole.Speaker or ParticipantRole.Supporter or ParticipantRole.Mediator or ParticipantRole.Participant => true,
        ParticipantRole.Target or ParticipantRole.Victim or ParticipantRole.Addressee or ParticipantRole.Beneficiary => false,
        _ => null,
    };

    /// <summary>
    /// Splits the participants of <paramref name="e"/> into ACLED's two sides, each in curated order: the first actor of a
    /// side is <c>actor1</c>/<c>actor2</c>, the others are the associated actors. When no participant is on the first
    /// side, the subjects of the event take its place (an event about actors who do not act in it, such as a reported
    /// split of an alliance).
    /// </summary>
    public static (IReadOnlyList<Participant> Side1, IReadOnlyList<Participant> Side2) Sides(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var side1 = new List<Participant>();
        var side2 = new List<Participant>();
        var subjects = new List<Participant>();
        foreach (Participant p in e.Participants)
        {
            List<Participant> side = IsFirstSide(p.Role) switch { true => side1, false => side2, _ => subjects };
            if (!side.Exists(x => ReferenceEquals(x.Actor, p.Actor)))
            {
                side.Add(p);
            }
        }
        if (side1.Count == 0)
        {
            side1 = subjects;
        }
        side2.RemoveAll(p => side1.Exists(x => ReferenceEquals(x.Actor, p.Actor)));
        return (side1, side2);
    }

    /// <summary>
    /// ACLED's numeric actor type of <paramref name="participant"/> in an event located in the country
    /// <paramref name="eventCountry"/> (ISO 3166-1 alpha-2, or <see langword="null"/> when the event has no place), or
    /// <see langword="null"/> when the data does not say:
    /// <list type="bullet">
    /// <item>states, governments, their offices and ministries, armed forces and military operations: 1 (state forces)
    /// when the actor's country is the event's country, 8 (external/other forces) when it is another; unknown when
    /// either country is missing;</item>
    /// <item>militias: 3 (political militias);</item>
    /// <item>private military companies and international organisations: 8 (external/other forces);</item>
    /// <item>persons and media outlets that are part of another actor (a spokesman, a press office): the type of the
    /// nearest such ancestor that is neither, with the person's own country where it has one;</item>
    /// <item>victims that are persons, groups, civil society or media: 7 (civilians);</item>
    /// <item>anything else (political parties, local authorities, civil society, groups, unaffiliated persons and
    /// media): unknown.</item>
    /// </list>
    /// </summary>
    public static int? Inter(Participant participant, string? eventCountry)
    {
        ArgumentNullException.ThrowIfNull(participant);
        Actor actor = participant.Actor;
        string? country = actor.Country;
        Actor? coded = actor;
        while (coded is not null && coded.Kind is ActorKind.Person or ActorKind.Media)
        {
            coded = coded.PartOf;
            country ??= coded?.Country;
        }
        int? inter = coded is null ? null : InterOfKind(coded.Kind, country ?? coded.Country, eventCountry);
        if (inter is null && participant.Role == ParticipantRole.Victim
            && actor.Kind is ActorKind.Person or ActorKind.Group or ActorKind.CivilSociety or ActorKind.Media)
        {
            return Civilians;
        }
        return inter;
    }

    /// <summary>
    /// ACLED's <c>interaction</c> code of two actor types: the two digits, the smaller first (<c>13</c>); a single
    /// actor's type times ten (<c>10</c>) when there is no second actor; <see langword="null"/> when a type is unknown.
    /// </summary>
    public static int? Interaction(int? inter1, int? inter2, bool hasActor2)
    {
        if (inter1 is not int a)
        {
            return null;
        }
        if (!hasActor2)
        {
            return a * 10;
        }
        if (inter2 is not int b)
        {
            return null;
        }
        return Math.Min(a, b) * 10 + Math.Max(a, b);
    }

    private static int? InterOfKind(ActorKind kind, string? actorCountry, string? eventCountry) => kind switch
    {
        ActorKind.State or ActorKind.Government or ActorKind.GovernmentOffice or ActorKind.Ministry or ActorKind.ArmedForces or ActorKind.MilitaryOperation =>
            actorCountry is null || eventCountry is null ? null
            : string.Equals(actorCountry, eventCountry, StringComparison.OrdinalIgnoreCase) ? StateForces
            : ExternalOrOtherForces,
        ActorKind.Militia => PoliticalMilitias,
        ActorKind.PrivateMilitaryCompany or ActorKind.InternationalOrganization => ExternalOrOtherForces,
        _ => null,
    };
}

/// <summary>
/// Writes a dataset's events as CSV in ACLED's column layout (ACLED's 2023 export with numeric <c>inter</c> codes), one
/// row per event, so that scripts written for ACLED data read an Almanac dataset unchanged. Written with CsvHelper
/// (RFC 4180: comma-separated, quoted where needed, CRLF line ends, UTF-8 without byte-order mark).
/// </summary>
/// <remarks>Every column and how it is derived is documented in <c>docs/exports.md</c>.</remarks>
public static class AcledCsv
{
    /// <summary>
    /// The columns, in ACLED's order, with their types (as <c>datapackage.json</c> declares them) and what each holds; an
    /// empty field is an absent value. <c>iso</c> is ISO 3166-1 numeric as text, with its leading zeros.
    /// </summary>
    public static IReadOnlyList<ExportColumn> TypedColumns { get; } = new ExportColumn[]
    {
        new("event_id_cnty", ColumnType.Text, false, "event id"),
        new("event_date", ColumnType.Date, false, "first day of the event"),
        new("year", ColumnType.Integer, false, "year of event_date"),
        new("time_precision", ColumnType.Integer, false, "ACLED time precision (1 day, 2 week, 3 month)"),
        new("disorder_type", ColumnType.Text, false, "ACLED disorder type of the event's kind"),
        new("event_type", ColumnType.Text, false, "ACLED event type of the event's kind"),
        new("sub_event_type", ColumnType.Text, false, "ACLED sub-event type of the event's kind"),
        new("actor1", ColumnType.Text, true, "first actor of the acting side"),
        new("assoc_actor_1", ColumnType.Text, true, "other actors of the acting side, joined with '; '"),
        new("inter1", ColumnType.Integer, true, "ACLED actor type of actor1"),
        new("actor2", ColumnType.Text, true, "first actor of the other side"),
        new("assoc_actor_2", ColumnType.Text, true, "other actors of the other side, joined with '; '"),
        new("inter2", ColumnType.Integer, true, "ACLED actor type of actor2"),
        new("interaction", ColumnType.Integer, true, "ACLED interaction code of inter1 and inter2"),
        new("civilian_targeting", ColumnType.Text, true, "'Civilian targeting' for attacks on civilians"),
        new("iso", ColumnType.Text, true, "ISO 3166-1 numeric code of the country (leading zeros kept)"),
        new("region", ColumnType.Text, true, "ACLED region (not coded)"),
        new("country", ColumnType.Text, true, "country name"),
        new("admin1", ColumnType.Text, true, "the district containing the place"),
        new("admin2", ColumnType.Text, true, "not coded"),
        new("admin3", ColumnType.Text, true, "not coded"),
        new("location", ColumnType.Text, true, "name of the place"),
        new("latitude", ColumnType.Real, true, "WGS 84 latitude of the place"),
        new("longitude", ColumnType.Real, true, "WGS 84 longitude of the place"),
        new("geo_precision", ColumnType.Integer, true, "ACLED geo precision code of the place"),
        new("source", ColumnType.Text, false, "publishers of the cited sources, joined with '; '"),
        new("source_scale", ColumnType.Text, true, "not coded"),
        new("notes", ColumnType.Text, false, "summary of the event, or its name"),
        new("fatalities", ColumnType.Integer, false, "best fatality estimate, 0 when none"),
        new("tags", ColumnType.Text, true, "tags, joined with '; '"),
        new("timestamp", ColumnType.Integer, true, "not coded"),
        new("acled_in_scope", ColumnType.Boolean, false, "not an ACLED column: whether ACLED codes such events (false for statements and other verbal events, which ACLED does not record); filter on it to keep the rows ACLED would have"),
        new("dataset", ColumnType.Text, false, "not an ACLED column: id of the dataset the event belongs to (Entity.Dataset), which tells apart the rows of datasets that extend one another"),
    };

    /// <summary>The column names, in ACLED's order (those of <see cref="TypedColumns"/>).</summary>
    public static IReadOnlyList<string> Columns { get; } = TypedColumns.Select(c => c.Name).ToArray();

    /// <summary>The rows: one per event in dataset order, one string per column of <see cref="Columns"/> (empty where unknown).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string[]> Rows(Dataset dataset) => Rows(dataset, ExportOptions.Default);

    /// <summary>
    /// The rows of the events <paramref name="options"/> exports from <paramref name="dataset"/>: its own, and with
    /// <see cref="ExportOptions.WithReferenced"/> those of the datasets it extends after them (their ids qualified, <c>libya:e1</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string[]> Rows(Dataset dataset, ExportOptions options) => Rows(ExportScope.Of(dataset, options));

    private static List<string[]> Rows(ExportScope scope)
    {
        var rows = new List<string[]>(scope.Events.Count);
        foreach (Event e in scope.Events)
        {
            rows.Add(Row(scope, e));
        }
        return rows;
    }

    /// <summary>Writes the header and the rows of <paramref name="dataset"/> to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(Dataset dataset, TextWriter writer) => Write(dataset, writer, ExportOptions.Default);

    /// <summary>Writes the header and the rows of the events <paramref name="options"/> exports from <paramref name="dataset"/> (<see cref="Rows(Dataset, ExportOptions)"/>) to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/>, <paramref name="writer"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static void Write(Dataset dataset, TextWriter writer, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Write(ExportScope.Of(dataset, options), writer);
    }

    internal static void Write(ExportScope scope, TextWriter writer) => CsvFiles.Write(writer, Columns, Rows(scope));

    private static string[] Row(ExportScope scope, Event e)
    {
        EventKindStandards codes = e.Kind.Standards();
        Place? place = e.Place;
        string? country = place?.Country;
        CountryCode? countryCode = CountryCodes.Find(country);
        var (side1, side2) = AcledMapping.Sides(e);
        int? inter1 = side1.Count > 0 ? AcledMapping.Inter(side1[0], country) : null;
        int? inter2 = side2.Count > 0 ? AcledMapping.Inter(side2[0], country) : null;
        int? interaction = side1.Count > 0 ? AcledMapping.Interaction(inter1, inter2, side2.Count > 0) : null;
        string sources = string.Join("; ", e.Citations.Select(c => c.Source.Publisher ?? c.Source.Title).Distinct(StringComparer.Ordinal));
        int fatalities = e.Fatalities is { } f ? f.Best ?? f.Low ?? 0 : 0;
        return new[]
        {
            scope.Key(e),
            Date(e.Date),
            e.Date.Year.ToString(CultureInfo.InvariantCulture),
            Number((int?)e.TimePrecision.ToAcledTimePrecision()),
            codes.AcledDisorderType,
            codes.AcledEventType,
            codes.AcledSubEventType,
            side1.Count > 0 ? ActorName(side1[0].Actor) : "",
            string.Join("; ", side1.Skip(1).Select(p => ActorName(p.Actor))),
            Number(inter1),
            side2.Count > 0 ? ActorName(side2[0].Actor) : "",
            string.Join("; ", side2.Skip(1).Select(p => ActorName(p.Actor))),
            Number(inter2),
            Number(interaction),
            e.Kind == EventKind.AttackOnCivilians ? "Civilian targeting" : "",
            countryCode?.Numeric ?? "",
            "",
            countryCode?.Name ?? "",
            Admin1(place) ?? "",
            "",
            "",
            place?.Name ?? "",
            place?.Location is GeoPoint p1 ? Coordinate(p1.Latitude) : "",
            place?.Location is GeoPoint p2 ? Coordinate(p2.Longitude) : "",
            e.GeoPrecision is GeoPrecision g ? Number((int?)g.ToAcledGeoPrecision()) : "",
            sources,
            "",
            e.Summary ?? e.Name,
            Number((int?)fatalities),
            string.Join("; ", e.Tags),
            "",
            StandardScope.Acled(e) ? "true" : "false",
            e.Dataset.Id,
        };
    }

    /// <summary>The actor's ACLED name where curated (<c>external-ids: acled</c>), otherwise its Almanac name.</summary>
    private static string ActorName(Actor actor) => actor.ExternalIds.Acled ?? actor.Name;

    /// <summary>The nearest place of kind district on the within chain (the place itself included).</summary>
    private static string? Admin1(Place? place)
    {
        for (Place? p = place; p is not null; p = p.Within)
        {
            if (p.Kind == PlaceKind.District)
            {
                return p.Name;
            }
        }
        return null;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Coordinate(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>CSV writing shared by the exports: CsvHelper in RFC 4180 mode, invariant culture, no formula escaping (values are data, written as they are).</summary>
internal static class CsvFiles
{
    private static readonly CsvWriterOptions s_options = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.None,
        NewLine = "\r\n",
    };

    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using CsvWriter csv = CsvWriter.Create(writer, s_options, leaveOpen: true);
        foreach (string column in header)
        {
            csv.WriteField(column);
        }
        csv.EndRecord();
        foreach (string?[] row in rows)
        {
            foreach (string? value in row)
            {
                csv.WriteField(value ?? "");
            }
            csv.EndRecord();
        }
        csv.Flush();
    }
}
