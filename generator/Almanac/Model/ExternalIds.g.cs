// Derived from generator/Almanac.Schema/schema.yaml by `dotnet run --project generator/Almanac.Schema`. Do not edit:
// change the schema and run it again (a test fails while this file and the schema disagree).
#nullable enable

using System;
using System.Collections.Generic;

namespace Almanac;

/// <summary>Identifiers of an entity in other datasets and gazetteers.</summary>
/// <param name="Wikidata">The Wikidata item. <see langword="null"/> when not given.</param>
/// <param name="GeoNames">The GeoNames id. <see langword="null"/> when not given.</param>
/// <param name="Acled">The ACLED actor name. <see langword="null"/> when not given.</param>
/// <param name="Ucdp">The UCDP actor id. <see langword="null"/> when not given.</param>
/// <param name="Osm">The OpenStreetMap element (<c>node/…</c>, <c>way/…</c>, <c>relation/…</c>). <see langword="null"/> when not given.</param>
/// <param name="Icao">The ICAO location indicator. <see langword="null"/> when not given.</param>
public sealed partial record ExternalIds(string? Wikidata, string? GeoNames, string? Acled, string? Ucdp, string? Osm, string? Icao);
