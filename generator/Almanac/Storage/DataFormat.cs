namespace Almanac.Storage;

/// <summary>
/// Constants of the compiled data format shared by the generator (which writes it) and
/// <see cref="DatasetStore"/> (which reads it). The format is documented in <c>docs/data-format.md</c>.
/// </summary>
public static class DataFormat
{
    /// <summary>The first three characters of every data string.</summary>
    public const string Magic = "ALM";

    /// <summary>The version of the format written by this release; readers accept only this version.</summary>
    public const int Version = 1;

    /// <summary>The value stored for an absent reference, number or date.</summary>
    public const int None = -1;

    /// <summary>Sections, in the order their offsets follow the header.</summary>
    public enum Section
    {
        /// <summary>Offsets of the source records.</summary>
        SourceOffsets,
        /// <summary>Offsets of the actor records.</summary>
        ActorOffsets,
        /// <summary>Offsets of the place records.</summary>
        PlaceOffsets,
        /// <summary>Offsets of the event records.</summary>
        EventOffsets,
        /// <summary>Event indexes sorted by event id.</summary>
        EventIdOrder,
        /// <summary>Alias table of sources: entries sorted by key.</summary>
        SourceAliases,
        /// <summary>Alias table of actors.</summary>
        ActorAliases,
        /// <summary>Alias table of places.</summary>
        PlaceAliases,
        /// <summary>Alias table of events.</summary>
        EventAliases,
        /// <summary>Start day of every event, in event order.</summary>
        EventStartDays,
        /// <summary>Per actor: the events involving the actor or any actor part of it.</summary>
        ActorEvents,
        /// <summary>Per place: the events at the place or any place within it.</summary>
        PlaceEvents,
        /// <summary>Per place: the events at exactly that place.</summary>
        PlaceDirectEvents,
        /// <summary>Number of sections.</summary>
        Count,
    }
}
