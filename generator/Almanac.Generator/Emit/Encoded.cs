using Almanac.Generator.Parsing;

namespace Almanac.Generator.Emit;

// Linked entities: the parsed specs with every reference resolved to an index (or DataFormat.None).
// They live only inside the link step.

internal sealed record EncodedCitation(int Source, string Quote, int? Paragraph);

internal sealed record EncodedExcluded(string Quote, int? Paragraph, string Reason);

internal sealed record EncodedSource(SourceSpec Spec, EncodedExcluded[] Excluded);

internal sealed record EncodedAlignment(int Actor, int? From, int? Until, string? Notes);

internal sealed record EncodedActor(ActorSpec Spec, int PartOf, EncodedAlignment[] AlignedWith, EncodedCitation[] Citations);

internal sealed record EncodedPlace(PlaceSpec Spec, int Within, EncodedCitation[] Citations);

internal sealed record EncodedSide(int Actor, int? Low, int? Best, int? High);

internal sealed record EncodedCasualties(int? Low, int? Best, int? High, EncodedSide[] Sides);

internal sealed record EncodedMateriel(string Item, int? Count, int Outcome, int Actor);

internal sealed record EncodedEvent(EventSpec Spec, int Place, (int Actor, int Role)[] Participants, int ClaimedBy,
    EncodedCasualties? Fatalities, EncodedCasualties? Wounded, EncodedMateriel[] Materiel, EncodedCitation[] Citations);

/// <summary>Alias keys (normalised) and the entity each belongs to, sorted ordinally by key.</summary>
internal sealed record EncodedAliasTable((string Key, int Entity)[] Entries);
