using Almanac.Export;
using DuckDB.NET.Data;

namespace Almanac.Export.Tests;

/// <summary>The Parquet export, read back with DuckDB and queried with SQL; the answers equal the typed queries'.</summary>
public sealed class ParquetDuckDbTests : IClassFixture<ExportFolder>, IDisposable
{
    private readonly ExportFolder _folder;
    private readonly DuckDBConnection _connection;

    public ParquetDuckDbTests(ExportFolder folder)
    {
        _folder = folder;
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        // Each table as a view over its Parquet file, as a researcher would load them.
        foreach (ExportTable table in ExportFolder.Tables())
        {
            Execute($"CREATE VIEW {table.Name} AS SELECT * FROM read_parquet('{Sql(_folder.PathOf($"parquet/{table.Name}.parquet"))}')");
        }
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private List<object?[]> Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    private static string Sql(string path) => path.Replace("'", "''", StringComparison.Ordinal);

    [Fact]
    public void Every_table_has_its_rows_and_DuckDB_types()
    {
        foreach (ExportTable table in ExportFolder.Tables())
        {
            Assert.Equal((long)table.Rows.Count, Query($"SELECT count(*) FROM {table.Name}").Single()[0]);
            var types = Query($"DESCRIBE {table.Name}").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
            foreach (ExportColumn column in table.Columns)
            {
                string expected = column.Type switch
                {
                    ColumnType.Text => "VARCHAR",
                    ColumnType.Integer => "INTEGER",
                    ColumnType.Real => "DOUBLE",
                    ColumnType.Boolean => "BOOLEAN",
                    _ => "DATE",
                };
                Assert.True(types[column.Name] == expected, $"{table.Name}.{column.Name}: {types[column.Name]}, expected {expected}");
            }
        }
    }

    [Fact]
    public void Events_per_actor_in_SQL_equal_Events_Involving_with_the_part_of_chain()
    {
        // Events.Involving(actor) includes the events of every actor part of it: a recursive CTE over actors.part_of.
        var counts = Query("""
            WITH RECURSIVE chain(actor_id, ancestor_id) AS (
                SELECT id, id FROM actors
                UNION ALL
                SELECT chain.actor_id, actors.part_of FROM chain JOIN actors ON actors.id = chain.ancestor_id WHERE actors.part_of IS NOT NULL)
            SELECT chain.ancestor_id, count(DISTINCT participants.event_id)
            FROM participants JOIN chain ON chain.actor_id = participants.actor_id
            GROUP BY ALL
            """).ToDictionary(r => (string)r[0]!, r => (long)r[1]!);
        foreach (Actor actor in Actors.All)
        {
            Assert.True(Events.Involving(actor).Count == counts.GetValueOrDefault(actor.Id), $"{actor.Id}: typed {Events.Involving(actor).Count}, SQL {counts.GetValueOrDefault(actor.Id)}");
        }
        Assert.Equal(Events.Involving(Actors.Gna).Count, (int)counts["gna"]);
    }

    [Fact]
    public void Direct_participation_per_actor_in_SQL_equals_the_typed_count()
    {
        var counts = Query("SELECT actor_id, count(DISTINCT event_id) FROM participants GROUP BY actor_id")
            .ToDictionary(r => (string)r[0]!, r => (long)r[1]!);
        foreach (Actor actor in Actors.All)
        {
            Assert.Equal(Events.All.Count(e => e.Actors.Contains(actor)), (int)counts.GetValueOrDefault(actor.Id));
        }
    }

    [Fact]
    public void Pantsir_systems_destroyed_by_place_in_SQL_equal_the_typed_query()
    {
        var sql = Query("""
            SELECT events.place_id, CAST(sum(materiel.count) AS INTEGER)
            FROM materiel JOIN events ON events.id = materiel.event_id
            WHERE materiel.outcome = 'destroyed' AND materiel.item ILIKE '%pantsir%'
            GROUP BY ALL ORDER BY 1
            """).ToDictionary(r => (string)r[0]!, r => Convert.ToInt32(r[1]));
        var typed = Events.All
            .SelectMany(e => e.Materiel.Where(m => m.Outcome == MaterielOutcome.Destroyed && m.Item.Contains("Pantsir", StringComparison.OrdinalIgnoreCase)).Select(m => (e.Place!.Id, m.Count ?? 0)))
            .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.Sum(x => x.Item2));
        Assert.Equal(typed.OrderBy(kv => kv.Key, StringComparer.Ordinal), sql.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.NotEmpty(sql);
    }

    [Fact]
    public void Counts_in_SQL_carry_their_scope_so_that_a_cumulative_tally_is_never_summed_with_materiel()
    {
        var counts = Query("SELECT event_id, of, best, scope FROM counts ORDER BY event_id, position");
        var typed = Events.All.SelectMany(e => e.Counts.Select(c => (e.Id, c))).OrderBy(x => x.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(typed.Select(x => x.Id), counts.Select(r => (string)r[0]!));
        Assert.Equal(typed.Select(x => x.c.What), counts.Select(r => (string)r[1]!));
        Assert.Equal(typed.Select(x => x.c.Best), counts.Select(r => (int?)r[2]));
        Assert.Equal(typed.Select(x => x.c.Scope.ToYamlWord()), counts.Select(r => (string)r[3]!));
        Assert.Contains(counts, r => (string)r[3]! == "cumulative");

        // The Pantsir systems claimed destroyed: the materiel of the strikes, and the tally of nine kept apart from it.
        long destroyed = Convert.ToInt64(Query("SELECT CAST(sum(count) AS INTEGER) FROM materiel WHERE outcome = 'destroyed' AND item ILIKE '%pantsir%'").Single()[0]);
        long tally = Convert.ToInt64(Query("SELECT max(best) FROM counts WHERE scope = 'cumulative' AND of ILIKE '%pantsir%'").Single()[0]);
        Assert.Equal(6, destroyed);
        Assert.Equal(9, tally);
        Assert.Empty(Query("SELECT * FROM materiel JOIN counts USING (event_id) WHERE counts.scope = 'cumulative'"));
    }

    [Fact]
    public void Clarity_and_report_groups_in_SQL_equal_the_typed_values()
    {
        var rows = Query("SELECT id, clarity, ucdp_event_clarity, group_id FROM events ORDER BY date, id");
        Assert.Equal(Events.All.Select(e => e.Clarity.ToYamlWord()), rows.Select(r => (string)r[1]!));
        Assert.Equal(Events.All.Select(e => (int)e.Clarity), rows.Select(r => Convert.ToInt32(r[2])));
        Assert.Equal(Events.All.Select(e => e.Group), rows.Select(r => (string?)r[3]));
        long reports = Convert.ToInt64(Query("SELECT count(DISTINCT coalesce(group_id, id)) FROM events").Single()[0]);
        Assert.Equal(Events.All.Select(e => e.Group ?? e.Id).Distinct().Count(), reports);
        Assert.True(reports < Events.All.Count);
    }

    [Fact]
    public void Dates_and_coordinates_keep_their_types_and_values()
    {
        var rows = Query("SELECT id, date, end_date, latitude, longitude FROM events ORDER BY date, id");
        Assert.Equal(Events.All.Select(e => e.Id), rows.Select(r => (string)r[0]!));
        foreach (var (row, e) in rows.Zip(Events.All))
        {
            Assert.Equal(e.Date, ToDate(row[1]));
            Assert.Equal(e.EndDate, row[2] is null ? null : ToDate(row[2]));
            Assert.Equal(e.Place?.Location?.Latitude, (double?)row[3]);
            Assert.Equal(e.Place?.Location?.Longitude, (double?)row[4]);
        }
    }

    [Fact]
    public void DuckDB_reads_the_ACLED_csv_by_header_too()
    {
        var rows = Query($"SELECT event_type, count(*) FROM read_csv('{Sql(_folder.PathOf("acled.csv"))}', header = true, all_varchar = true) GROUP BY ALL ORDER BY 1");
        var typed = Events.All.GroupBy(e => e.Kind.Standards().AcledEventType).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count()));
        Assert.Equal(typed, rows.Select(r => ((string)r[0]!, (long)r[1]!)));
    }

    private static DateOnly ToDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new InvalidOperationException($"Unexpected DATE value {value?.GetType().Name}"),
    };
}
