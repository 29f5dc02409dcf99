// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using Almanac.Storage;

namespace Almanac.Generator.Linking;

internal sealed partial class Resolver
{
    /// <summary>Links a source (entity <paramref name="owner"/> of its kind).</summary>
    public LinkedSource LinkSource(SourceSpec s, int owner)
    {
        return new LinkedSource(
            s.Id.Value,
            s.Name,
            s.Kind,
            Values(s.Aliases),
            s.Publisher,
            s.Published,
            s.Language,
            s.Url,
            s.Accessed,
            s.ArchiveUrl,
            s.Document?.Value,
            LinkAll(s.Excluded, x => LinkExcludedPassage(x, owner)),
            Values(s.Uncertain),
            s.Notes);
    }

    /// <summary>Links an actor (entity <paramref name="owner"/> of its kind).</summary>
    public LinkedActor LinkActor(ActorSpec s, int owner)
    {
        int partOf = Resolve(s.PartOf, "actor");
        return new LinkedActor(
            s.Id.Value,
            s.Name,
            s.Kind,
            Values(s.Aliases),
            LinkAll(s.ScopedAliases, x => LinkScopedAlias(x, owner)),
            s.Country,
            partOf,
            LinkAll(s.AlignedWith, x => LinkAlignment(x, owner)),
            s.ActiveFrom,
            s.ActiveUntil,
            s.ExternalIds is null ? null : LinkExternalIds(s.ExternalIds, owner),
            LinkAll(s.Citations, x => LinkCitation(x, owner)),
            Values(s.Uncertain),
            s.Notes);
    }

    /// <summary>Links a place (entity <paramref name="owner"/> of its kind).</summary>
    public LinkedPlace LinkPlace(PlaceSpec s, int owner)
    {
        int within = Resolve(s.Within, "place");
        return new LinkedPlace(
            s.Id.Value,
            s.Name,
            s.Kind,
            Values(s.Aliases),
            LinkAll(s.ScopedAliases, x => LinkScopedAlias(x, owner)),
            s.Location is null ? null : LinkGeoPoint(s.Location, owner),
            s.GeoPrecision,
            within,
            s.Country,
            s.ExternalIds is null ? null : LinkExternalIds(s.ExternalIds, owner),
            LinkAll(s.Citations, x => LinkCitation(x, owner)),
            Values(s.Uncertain),
            s.Notes);
    }

    /// <summary>Links an event (entity <paramref name="owner"/> of its kind).</summary>
    public LinkedEvent LinkEvent(EventSpec s, int owner)
    {
        int place = Resolve(s.Place, "place");
        int claimedBy = Resolve(s.ClaimedBy, "actor");
        return new LinkedEvent(
            s.Id.Value,
            s.Name,
            s.Kind,
            s.Date,
            s.EndDate,
            s.TimePrecision,
            s.Clarity,
            place,
            s.GeoPrecision,
            LinkAll(s.Participants, x => LinkParticipant(x, owner)),
            claimedBy,
            s.Group,
            s.Fatalities is null ? null : LinkCasualties(s.Fatalities, owner),
            s.Wounded is null ? null : LinkCasualties(s.Wounded, owner),
            LinkAll(s.Materiel, x => LinkMateriel(x, owner)),
            LinkAll(s.Counts, x => LinkReportedCount(x, owner)),
            s.Summary,
            s.Tags,
            LinkAll(s.Citations, x => LinkCitation(x, owner)),
            Values(s.Aliases),
            Values(s.Uncertain),
            s.Notes);
    }

    /// <summary>Links a citation of entity <paramref name="owner"/>; null when a required reference does not resolve (reported).</summary>
    private LinkedCitation? LinkCitation(CitationSpec s, int owner)
    {
        int source = Resolve(s.Source, "source");
        if (source == DataFormat.None)
        {
            return null;
        }
        return new LinkedCitation(source, s.Quote?.Value, s.Claim, Values(s.Supports), CitedParagraph(source, s.Quote));
    }

    /// <summary>Links an excluded passage of entity <paramref name="owner"/>; null when a required reference does not resolve (reported).</summary>
    private LinkedExcludedPassage? LinkExcludedPassage(ExcludedPassageSpec s, int owner)
    {
        return new LinkedExcludedPassage(s.Quote.Value, Paragraph(owner, s.Quote), s.Reason);
    }

    /// <summary>Links an alignment of entity <paramref name="owner"/>; null when a required reference does not resolve (reported).</summary>
    private LinkedAlignment? LinkAlignment(AlignmentSpec s, int owner)
    {
        int actor = Resolve(s.Actor, "actor");
        if (actor == DataFormat.None)
        {
            return null;
        }
        return new LinkedAlignment(actor, s.From, s.Until, s.Notes);
    }

    /// <summary>Links the location of entity <paramref name="owner"/>; null when a required reference does not resolve (reported).</summary>
    private LinkedGeoPoint? LinkGeoPoint(GeoPointSpec s, int owner)
    {
        return new LinkedGeoPoint(s.Latitude, s.Longitude);
    }

    /// <summary>Links 'external-ids' of entity <paramref name="owner"/>; null when a required reference does not resolve (reported).</summary>
    private LinkedExternalIds? LinkExternalIds(ExternalIdsSpec s, int owner)
    {
        return new LinkedExternalIds(s.Wikidata, s.GeoNames, s.Acled, s.Ucdp, s.Osm, s.Icao);
    }

    /// <summary>Links a scoped alias of entity <paramref name="owner"/>; null when a required reference does not resolve (reported).</summary>
    private LinkedScopedAlias? LinkScopedAlias(ScopedAliasSpec s, int owner)
    {
        int source = Resolve(s.Source, "source");
        if (source == DataFormat.None)
        {
            return null;
        }
        return new LinkedScopedAlias(s.Name, source);
    }

    /// <summary>Links a participant of entity <paramref name="owner"/>; null when a required reference does not resolve (reported).</summary>
    private LinkedParticipant? LinkParticipant(ParticipantSpec s, int owner)
    {
        int actor = Resolve(s.Actor, "actor");
        if (actor == DataFormat.None)
        {
            return null;
        }
        return new LinkedParticipant(actor, s.Role);
    }

    /// <summary>Links casualties of entity <paramref name="owner"/>; null when a required reference does not resolve (reported).</summary>
    private LinkedCasualties? LinkCasualties(CasualtiesSpec s, int owner)
    {
        return new LinkedCasualties(s.Low, s.Best, s.High, LinkAll(s.Sides, x => LinkSideCasualties(x, owner)));
    }

    /// <summary>Links a side of entity <paramref name="owner"/>; null when a required reference does not resolve (reported).</summary>
    private LinkedSideCasualties? LinkSideCasualties(SideCasualtiesSpec s, int owner)
    {
        int actor = Resolve(s.Actor, "actor");
        if (actor == DataFormat.None)
        {
            return null;
        }
        return new LinkedSideCasualties(actor, s.Low, s.Best, s.High);
    }

    /// <summary>Links a count of entity <paramref name="owner"/>; null when a required reference does not resolve (reported).</summary>
    private LinkedReportedCount? LinkReportedCount(ReportedCountSpec s, int owner)
    {
        return new LinkedReportedCount(s.What, s.Low, s.Best, s.High, s.Scope);
    }

    /// <summary>Links materiel of entity <paramref name="owner"/>; null when a required reference does not resolve (reported).</summary>
    private LinkedMateriel? LinkMateriel(MaterielSpec s, int owner)
    {
        int ownerValue = Resolve(s.Owner, "actor");
        return new LinkedMateriel(s.Item, s.Count, s.Outcome, ownerValue);
    }
}
