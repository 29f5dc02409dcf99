// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using Almanac.Storage;

namespace Almanac.Generator.DataEncoding;

/// <summary>Writes linked entities and values as records of the compiled format: a header (field number and wire type)
/// before each present value, absent values left out, and an end mark.</summary>
internal static class RecordWriter
{
    /// <summary>Writes a source record.</summary>
    public static void WriteSource(RecordBuffer b, LinkedSource value)
    {
        b.String((1 << DataFormat.FieldShift) | DataFormat.WireString, value.Id);
        b.String((2 << DataFormat.FieldShift) | DataFormat.WireString, value.Name);
        b.Small((3 << DataFormat.FieldShift) | DataFormat.WireSmall, value.Kind);
        b.Strings((4 << DataFormat.FieldShift) | DataFormat.WireList, value.Aliases);
        b.String((5 << DataFormat.FieldShift) | DataFormat.WireString, value.Publisher);
        b.Int32((6 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Published);
        b.String((7 << DataFormat.FieldShift) | DataFormat.WireString, value.Language);
        b.String((8 << DataFormat.FieldShift) | DataFormat.WireString, value.Url);
        b.Int32((12 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Accessed);
        b.String((13 << DataFormat.FieldShift) | DataFormat.WireString, value.ArchiveUrl);
        b.String((9 << DataFormat.FieldShift) | DataFormat.WireString, value.Document);
        if (b.List((10 << DataFormat.FieldShift) | DataFormat.WireList, DataFormat.WireNested, value.Excluded.Count))
        {
            foreach (LinkedExcludedPassage item in value.Excluded)
            {
                WriteExcludedPassage(b, item);
            }
        }
        b.Strings((14 << DataFormat.FieldShift) | DataFormat.WireList, value.Uncertain);
        b.String((11 << DataFormat.FieldShift) | DataFormat.WireString, value.Notes);
        b.End();
    }

    /// <summary>Writes an actor record.</summary>
    public static void WriteActor(RecordBuffer b, LinkedActor value)
    {
        b.String((1 << DataFormat.FieldShift) | DataFormat.WireString, value.Id);
        b.String((2 << DataFormat.FieldShift) | DataFormat.WireString, value.Name);
        b.Small((3 << DataFormat.FieldShift) | DataFormat.WireSmall, value.Kind);
        b.Strings((4 << DataFormat.FieldShift) | DataFormat.WireList, value.Aliases);
        if (b.List((14 << DataFormat.FieldShift) | DataFormat.WireList, DataFormat.WireNested, value.ScopedAliases.Count))
        {
            foreach (LinkedScopedAlias item in value.ScopedAliases)
            {
                WriteScopedAlias(b, item);
            }
        }
        b.String((5 << DataFormat.FieldShift) | DataFormat.WireString, value.Country);
        b.Reference((6 << DataFormat.FieldShift) | DataFormat.WireInt32, value.PartOf);
        if (b.List((7 << DataFormat.FieldShift) | DataFormat.WireList, DataFormat.WireNested, value.AlignedWith.Count))
        {
            foreach (LinkedAlignment item in value.AlignedWith)
            {
                WriteAlignment(b, item);
            }
        }
        b.Int32((8 << DataFormat.FieldShift) | DataFormat.WireInt32, value.ActiveFrom);
        b.Int32((9 << DataFormat.FieldShift) | DataFormat.WireInt32, value.ActiveUntil);
        if (value.ExternalIds is { } externalIds)
        {
            b.Header((10 << DataFormat.FieldShift) | DataFormat.WireNested);
            WriteExternalIds(b, externalIds);
        }
        if (b.List((11 << DataFormat.FieldShift) | DataFormat.WireList, DataFormat.WireNested, value.Citations.Count))
        {
            foreach (LinkedCitation item in value.Citations)
            {
                WriteCitation(b, item);
            }
        }
        b.Strings((13 << DataFormat.FieldShift) | DataFormat.WireList, value.Uncertain);
        b.String((12 << DataFormat.FieldShift) | DataFormat.WireString, value.Notes);
        b.End();
    }

    /// <summary>Writes a place record.</summary>
    public static void WritePlace(RecordBuffer b, LinkedPlace value)
    {
        b.String((1 << DataFormat.FieldShift) | DataFormat.WireString, value.Id);
        b.String((2 << DataFormat.FieldShift) | DataFormat.WireString, value.Name);
        b.Small((3 << DataFormat.FieldShift) | DataFormat.WireSmall, value.Kind);
        b.Strings((4 << DataFormat.FieldShift) | DataFormat.WireList, value.Aliases);
        if (b.List((13 << DataFormat.FieldShift) | DataFormat.WireList, DataFormat.WireNested, value.ScopedAliases.Count))
        {
            foreach (LinkedScopedAlias item in value.ScopedAliases)
            {
                WriteScopedAlias(b, item);
            }
        }
        if (value.Location is { } location)
        {
            b.Header((5 << DataFormat.FieldShift) | DataFormat.WireNested);
            WriteGeoPoint(b, location);
        }
        b.Small((6 << DataFormat.FieldShift) | DataFormat.WireSmall, value.GeoPrecision);
        b.Reference((7 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Within);
        b.String((8 << DataFormat.FieldShift) | DataFormat.WireString, value.Country);
        if (value.ExternalIds is { } externalIds)
        {
            b.Header((9 << DataFormat.FieldShift) | DataFormat.WireNested);
            WriteExternalIds(b, externalIds);
        }
        if (b.List((10 << DataFormat.FieldShift) | DataFormat.WireList, DataFormat.WireNested, value.Citations.Count))
        {
            foreach (LinkedCitation item in value.Citations)
            {
                WriteCitation(b, item);
            }
        }
        b.Strings((12 << DataFormat.FieldShift) | DataFormat.WireList, value.Uncertain);
        b.String((11 << DataFormat.FieldShift) | DataFormat.WireString, value.Notes);
        b.End();
    }

    /// <summary>Writes an event record: the fields queries read (its details go in a record of their own); the id only when <paramref name="withId"/>.</summary>
    /// <param name="b">Where the record goes.</param>
    /// <param name="value">The linked event.</param>
    /// <param name="withId">Whether the record holds the id (formats 4 to 6); format 7 stores it apart (<see cref="WriteEventId"/>).</param>
    public static void WriteEvent(RecordBuffer b, LinkedEvent value, bool withId)
    {
        if (withId)
        {
            b.String((1 << DataFormat.FieldShift) | DataFormat.WireString, value.Id);
        }
        b.Small((3 << DataFormat.FieldShift) | DataFormat.WireSmall, value.Kind);
        b.Int32((4 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Date);
        b.Int32((5 << DataFormat.FieldShift) | DataFormat.WireInt32, value.EndDate);
        b.Small((6 << DataFormat.FieldShift) | DataFormat.WireSmall, value.TimePrecision);
        b.Small((20 << DataFormat.FieldShift) | DataFormat.WireSmall, value.Clarity);
        b.Reference((7 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Place);
        b.Small((8 << DataFormat.FieldShift) | DataFormat.WireSmall, value.GeoPrecision);
        if (b.List((9 << DataFormat.FieldShift) | DataFormat.WireList, DataFormat.WireNested, value.Participants.Count))
        {
            foreach (LinkedParticipant item in value.Participants)
            {
                WriteParticipant(b, item);
            }
        }
        b.Reference((10 << DataFormat.FieldShift) | DataFormat.WireInt32, value.ClaimedBy);
        b.String((21 << DataFormat.FieldShift) | DataFormat.WireString, value.Group);
        b.End();
    }

    /// <summary>Writes the id of an event as an entry of a block of ids (format 7, which stores it apart from the record): the string alone.</summary>
    public static void WriteEventId(RecordBuffer b, LinkedEvent value) => b.Text(value.Id);

    /// <summary>Writes an event detail record: the fields decoded only when one of them is read.</summary>
    public static void WriteEventDetails(RecordBuffer b, LinkedEvent value)
    {
        b.String((2 << DataFormat.FieldShift) | DataFormat.WireString, value.Name);
        if (value.Fatalities is { } fatalities)
        {
            b.Header((11 << DataFormat.FieldShift) | DataFormat.WireNested);
            WriteCasualties(b, fatalities);
        }
        if (value.Wounded is { } wounded)
        {
            b.Header((12 << DataFormat.FieldShift) | DataFormat.WireNested);
            WriteCasualties(b, wounded);
        }
        if (b.List((13 << DataFormat.FieldShift) | DataFormat.WireList, DataFormat.WireNested, value.Materiel.Count))
        {
            foreach (LinkedMateriel item in value.Materiel)
            {
                WriteMateriel(b, item);
            }
        }
        if (b.List((22 << DataFormat.FieldShift) | DataFormat.WireList, DataFormat.WireNested, value.Counts.Count))
        {
            foreach (LinkedReportedCount item in value.Counts)
            {
                WriteReportedCount(b, item);
            }
        }
        b.String((14 << DataFormat.FieldShift) | DataFormat.WireString, value.Summary);
        b.Strings((15 << DataFormat.FieldShift) | DataFormat.WireList, value.Tags);
        if (b.List((16 << DataFormat.FieldShift) | DataFormat.WireList, DataFormat.WireNested, value.Citations.Count))
        {
            foreach (LinkedCitation item in value.Citations)
            {
                WriteCitation(b, item);
            }
        }
        b.Strings((17 << DataFormat.FieldShift) | DataFormat.WireList, value.Aliases);
        b.Strings((19 << DataFormat.FieldShift) | DataFormat.WireList, value.Uncertain);
        b.String((18 << DataFormat.FieldShift) | DataFormat.WireString, value.Notes);
        b.End();
    }

    /// <summary>Writes a citation record.</summary>
    public static void WriteCitation(RecordBuffer b, LinkedCitation value)
    {
        b.Reference((1 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Source);
        b.String((2 << DataFormat.FieldShift) | DataFormat.WireString, value.Quote);
        b.String((4 << DataFormat.FieldShift) | DataFormat.WireString, value.Claim);
        b.Strings((5 << DataFormat.FieldShift) | DataFormat.WireList, value.Supports);
        b.Int32((3 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Paragraph);
        b.End();
    }

    /// <summary>Writes an excluded passage record.</summary>
    public static void WriteExcludedPassage(RecordBuffer b, LinkedExcludedPassage value)
    {
        b.String((1 << DataFormat.FieldShift) | DataFormat.WireString, value.Quote);
        b.Int32((3 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Paragraph);
        b.String((2 << DataFormat.FieldShift) | DataFormat.WireString, value.Reason);
        b.End();
    }

    /// <summary>Writes an alignment record.</summary>
    public static void WriteAlignment(RecordBuffer b, LinkedAlignment value)
    {
        b.Reference((1 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Actor);
        b.Int32((2 << DataFormat.FieldShift) | DataFormat.WireInt32, value.From);
        b.Int32((3 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Until);
        b.String((4 << DataFormat.FieldShift) | DataFormat.WireString, value.Notes);
        b.End();
    }

    /// <summary>Writes the location record.</summary>
    public static void WriteGeoPoint(RecordBuffer b, LinkedGeoPoint value)
    {
        b.Double((1 << DataFormat.FieldShift) | DataFormat.WireDouble, value.Latitude);
        b.Double((2 << DataFormat.FieldShift) | DataFormat.WireDouble, value.Longitude);
        b.End();
    }

    /// <summary>Writes 'external-ids' record.</summary>
    public static void WriteExternalIds(RecordBuffer b, LinkedExternalIds value)
    {
        b.String((1 << DataFormat.FieldShift) | DataFormat.WireString, value.Wikidata);
        b.String((2 << DataFormat.FieldShift) | DataFormat.WireString, value.GeoNames);
        b.String((3 << DataFormat.FieldShift) | DataFormat.WireString, value.Acled);
        b.String((4 << DataFormat.FieldShift) | DataFormat.WireString, value.Ucdp);
        b.String((5 << DataFormat.FieldShift) | DataFormat.WireString, value.Osm);
        b.String((6 << DataFormat.FieldShift) | DataFormat.WireString, value.Icao);
        b.End();
    }

    /// <summary>Writes a scoped alias record.</summary>
    public static void WriteScopedAlias(RecordBuffer b, LinkedScopedAlias value)
    {
        b.String((1 << DataFormat.FieldShift) | DataFormat.WireString, value.Name);
        b.Reference((2 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Source);
        b.End();
    }

    /// <summary>Writes a participant record.</summary>
    public static void WriteParticipant(RecordBuffer b, LinkedParticipant value)
    {
        b.Reference((1 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Actor);
        b.Small((2 << DataFormat.FieldShift) | DataFormat.WireSmall, value.Role);
        b.End();
    }

    /// <summary>Writes casualties record.</summary>
    public static void WriteCasualties(RecordBuffer b, LinkedCasualties value)
    {
        b.Int32((1 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Low);
        b.Int32((2 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Best);
        b.Int32((3 << DataFormat.FieldShift) | DataFormat.WireInt32, value.High);
        if (b.List((4 << DataFormat.FieldShift) | DataFormat.WireList, DataFormat.WireNested, value.Sides.Count))
        {
            foreach (LinkedSideCasualties item in value.Sides)
            {
                WriteSideCasualties(b, item);
            }
        }
        b.End();
    }

    /// <summary>Writes a side record.</summary>
    public static void WriteSideCasualties(RecordBuffer b, LinkedSideCasualties value)
    {
        b.Reference((1 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Actor);
        b.Int32((2 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Low);
        b.Int32((3 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Best);
        b.Int32((4 << DataFormat.FieldShift) | DataFormat.WireInt32, value.High);
        b.End();
    }

    /// <summary>Writes a count record.</summary>
    public static void WriteReportedCount(RecordBuffer b, LinkedReportedCount value)
    {
        b.String((1 << DataFormat.FieldShift) | DataFormat.WireString, value.What);
        b.Int32((2 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Low);
        b.Int32((3 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Best);
        b.Int32((4 << DataFormat.FieldShift) | DataFormat.WireInt32, value.High);
        b.Small((5 << DataFormat.FieldShift) | DataFormat.WireSmall, value.Scope);
        b.End();
    }

    /// <summary>Writes materiel record.</summary>
    public static void WriteMateriel(RecordBuffer b, LinkedMateriel value)
    {
        b.String((1 << DataFormat.FieldShift) | DataFormat.WireString, value.Item);
        b.Int32((2 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Count);
        b.Small((3 << DataFormat.FieldShift) | DataFormat.WireSmall, value.Outcome);
        b.Reference((4 << DataFormat.FieldShift) | DataFormat.WireInt32, value.Owner);
        b.End();
    }
}
