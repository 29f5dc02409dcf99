using System.Reflection;
using Almanac.Benchmarks.Baseline;
using Almanac.Export;
using Almanac.Compiled;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DuckDB.NET.Data;
using Synth.Data;

namespace Almanac.Benchmarks;

/// <summary>
/// What every benchmark needs, loaded once per process (BenchmarkDotNet calls [GlobalSetup] once per benchmark case,
/// and loading the YAML baseline at 100k events takes seconds): the probe, the YAML baseline, the DuckDB tables.
/// </summary>
public sealed class Fixture
{
    private static Fixture? s_instance;

    public static Fixture Instance => s_instance ??= new Fixture();

    public static string SynthFolder { get; set; } = "";

    private Fixture()
    {
        Probe = Probe.Read(Path.Combine(SynthFolder, "probe.txt"));
        Yaml = YamlDataset.Load(Path.Combine(SynthFolder, "data"));
        if (Yaml.Events.Count != Events.All.Count)
        {
            throw new InvalidOperationException($"The YAML has {Yaml.Events.Count} events, the compiled dataset {Events.All.Count}: rebuild the dataset.");
        }
        ParquetFolder = Path.Combine(SynthFolder, "parquet-export");
        if (!File.Exists(Path.Combine(ParquetFolder, "parquet", "events.parquet")))
        {
            DatasetExport.WriteAsync(SynthDataset.Dataset, ParquetFolder, new[] { ExportFormat.Parquet }).GetAwaiter().GetResult();
        }
        Duck = new DuckDBConnection("DataSource=:memory:");
        Duck.Open();
        DuckLoad(Duck, ParquetFolder);
    }

    public Probe Probe { get; }

    public YamlDataset Yaml { get; }

    public string ParquetFolder { get; }

    public DuckDBConnection Duck { get; }

    /// <summary>The tables the queries need, read from the Parquet files into DuckDB's memory (as a researcher querying repeatedly would).</summary>
    public static void DuckLoad(DuckDBConnection connection, string folder)
    {
        foreach (string table in new[] { "events", "actors", "places", "participants" })
        {
            using DuckDBCommand command = connection.CreateCommand();
            command.CommandText = $"CREATE OR REPLACE TABLE {table} AS SELECT * FROM read_parquet('{Path.Combine(folder, "parquet", table + ".parquet").Replace("'", "''", StringComparison.Ordinal)}')";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Runs <paramref name="sql"/> and reads every row (the first column as text, the rest as values).</summary>
    public long DuckQuery(string sql)
    {
        using DuckDBCommand command = Duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        long sum = 0;
        while (reader.Read())
        {
            sum += reader.GetString(0).Length;
            for (int i = 1; i < reader.FieldCount; i++)
            {
                sum += reader.IsDBNull(i) ? 0 : 1;
            }
        }
        return sum;
    }

    /// <summary>The string constants of the compiled dataset (Data, Data1, Data2, … of the generated class's Holder), read once,
    /// to open fresh stores from.</summary>
    public static string[] CompiledData()
    {
        Type holder = typeof(SynthDataset).GetNestedType("Holder", BindingFlags.NonPublic)!;
        var constants = new List<string>();
        for (int k = 0; holder.GetField(k == 0 ? "Data" : $"Data{k}", BindingFlags.NonPublic | BindingFlags.Static) is { } field; k++)
        {
            constants.Add((string)field.GetRawConstantValue()!);
        }
        return constants.ToArray();
    }
}

/// <summary>Queries at one dataset size: Almanac's precomputed indexes against LINQ over List&lt;T&gt; (the baseline of each category) and DuckDB SQL over the Parquet export.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class Queries
{
    private Fixture _f = null!;
    private string _leaf = "", _leafAlias = "", _arabicAlias = "", _event = "", _parent = "", _connected = "", _district = "", _townAlias = "";
    private Actor _parentActor = null!, _connectedActor = null!;
    private Place _districtPlace = null!;
    private DateOnly _from, _to;
    private GeoPoint _point;
    private double _km;

    [GlobalSetup]
    public void Setup()
    {
        _f = Fixture.Instance;
        Probe p = _f.Probe;
        _leaf = p["leaf-actor"];
        _leafAlias = p["leaf-actor-alias"];
        _arabicAlias = p["arabic-actor-alias"];
        _event = p["event"];
        _parent = p["parent-actor"];
        _connected = p["well-connected-actor"];
        _connectedActor = Actors.Get(_connected);
        _district = p["district"];
        _townAlias = p["town-alias"];
        _parentActor = Actors.Get(_parent);
        _districtPlace = Places.Get(_district);
        _from = p.Date("week-from");
        _to = p.Date("week-to");
        _point = new GeoPoint(p.Number("near-lat"), p.Number("near-lon"));
        _km = p.Number("near-km");
    }

    private static long Touch(IEnumerable<Event> events)
    {
        long sum = 0;
        foreach (Event e in events)
        {
            sum += e.Date.DayNumber;
        }
        return sum;
    }

    private static long Touch(EventList events)
    {
        long sum = 0;
        for (int i = 0; i < events.Count; i++)
        {
            sum += events[i].Date.DayNumber;
        }
        return sum;
    }

    private static long Touch(List<PocoEvent> events)
    {
        long sum = 0;
        foreach (PocoEvent e in events)
        {
            sum += e.Date.DayNumber;
        }
        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("01 Get actor by id")]
    public object GetActor_Linq() => _f.Yaml.GetActor(_leaf);

    [Benchmark, BenchmarkCategory("01 Get actor by id")]
    public object GetActor_Almanac() => Actors.Get(_leaf);

    [Benchmark, BenchmarkCategory("01 Get actor by id")]
    public long GetActor_DuckDB() => _f.DuckQuery($"SELECT * FROM actors WHERE id = '{_leaf}'");

    [Benchmark(Baseline = true), BenchmarkCategory("02 Get event by id")]
    public object GetEvent_Linq() => _f.Yaml.GetEvent(_event);

    [Benchmark, BenchmarkCategory("02 Get event by id")]
    public object GetEvent_Almanac() => Events.Get(_event);

    [Benchmark, BenchmarkCategory("02 Get event by id")]
    public long GetEvent_DuckDB() => _f.DuckQuery($"SELECT * FROM events WHERE id = '{_event}'");

    [Benchmark(Baseline = true), BenchmarkCategory("03 Find actor by alias")]
    public object? FindActor_Linq() => _f.Yaml.FindActor(_leafAlias);

    [Benchmark, BenchmarkCategory("03 Find actor by alias")]
    public object? FindActor_Almanac() => Actors.Find(_leafAlias);

    [Benchmark, BenchmarkCategory("03 Find actor by alias")]
    public long FindActor_DuckDB() => _f.DuckQuery(FindSql("actors", _leafAlias));

    [Benchmark(Baseline = true), BenchmarkCategory("04 Find actor by alias in Arabic script")]
    public object? FindArabic_Linq() => _f.Yaml.FindActor(_arabicAlias);

    [Benchmark, BenchmarkCategory("04 Find actor by alias in Arabic script")]
    public object? FindArabic_Almanac() => Actors.Find(_arabicAlias);

    [Benchmark, BenchmarkCategory("04 Find actor by alias in Arabic script")]
    public long FindArabic_DuckDB() => _f.DuckQuery(FindSql("actors", _arabicAlias));

    [Benchmark(Baseline = true), BenchmarkCategory("05 Find place by alias")]
    public object? FindPlace_Linq() => _f.Yaml.FindPlace(_townAlias);

    [Benchmark, BenchmarkCategory("05 Find place by alias")]
    public object? FindPlace_Almanac() => Places.Find(_townAlias);

    [Benchmark, BenchmarkCategory("05 Find place by alias")]
    public long FindPlace_DuckDB() => _f.DuckQuery(FindSql("places", _townAlias));

    /// <summary>The rows of <paramref name="table"/> whose id, name or one of whose aliases is <paramref name="alias"/>, ignoring case.</summary>
    private static string FindSql(string table, string alias) =>
        $"SELECT * FROM {table} WHERE lower(id) = lower('{alias}') OR lower(name) = lower('{alias}') OR list_contains(string_split(lower(aliases), '; '), lower('{alias}'))";

    [Benchmark(Baseline = true), BenchmarkCategory("06 Involving (part-of)")]
    public long Involving_Linq() => Touch(_f.Yaml.Involving(_parent));

    [Benchmark, BenchmarkCategory("06 Involving (part-of)")]
    public long Involving_Almanac() => Touch(Events.Involving(_parentActor));

    [Benchmark, BenchmarkCategory("06 Involving (part-of)")]
    public long Involving_DuckDB() => _f.DuckQuery($"""
        WITH RECURSIVE family(id) AS (SELECT '{_parent}' UNION SELECT a.id FROM actors a JOIN family f ON a.part_of = f.id)
        SELECT id, name, date FROM events WHERE id IN (SELECT event_id FROM participants WHERE actor_id IN (SELECT id FROM family)) ORDER BY date, id
        """);

    [Benchmark(Baseline = true), BenchmarkCategory("07 Involving the well-connected actor, reading every event")]
    public long ReadInvolving_Linq() => _f.Yaml.Read(_f.Yaml.Involving(_connected));

    [Benchmark, BenchmarkCategory("07 Involving the well-connected actor, reading every event")]
    public long ReadInvolving_Almanac() => Materialise.Read(Events.Involving(_connectedActor));

    [Benchmark, BenchmarkCategory("07 Involving the well-connected actor, reading every event")]
    public long ReadInvolving_DuckDB() => _f.DuckQuery($"""
        WITH RECURSIVE family(id) AS (SELECT '{_connected}' UNION SELECT a.id FROM actors a JOIN family f ON a.part_of = f.id),
        hits AS (SELECT DISTINCT event_id FROM participants WHERE actor_id IN (SELECT id FROM family))
        SELECT e.id, e.date, e.kind, e.place_name, p.actor_name, p.role
        FROM events e JOIN hits h ON h.event_id = e.id JOIN participants p ON p.event_id = e.id
        ORDER BY e.date, e.id, p.position
        """);

    [Benchmark(Baseline = true), BenchmarkCategory("08 At (within)")]
    public long At_Linq() => Touch(_f.Yaml.At(_district));

    [Benchmark, BenchmarkCategory("08 At (within)")]
    public long At_Almanac() => Touch(Events.At(_districtPlace));

    [Benchmark, BenchmarkCategory("08 At (within)")]
    public long At_DuckDB() => _f.DuckQuery($"""
        WITH RECURSIVE area(id) AS (SELECT '{_district}' UNION SELECT p.id FROM places p JOIN area a ON p.within = a.id)
        SELECT id, name, date FROM events WHERE place_id IN (SELECT id FROM area) ORDER BY date, id
        """);

    [Benchmark(Baseline = true), BenchmarkCategory("09 Between (one week)")]
    public long Between_Linq() => Touch(_f.Yaml.Between(_from, _to));

    [Benchmark, BenchmarkCategory("09 Between (one week)")]
    public long Between_Almanac() => Touch(Events.Between(_from, _to));

    [Benchmark, BenchmarkCategory("09 Between (one week)")]
    public long Between_DuckDB() => _f.DuckQuery(
        $"SELECT id, name, date FROM events WHERE date <= DATE '{_to:yyyy-MM-dd}' AND last_date >= DATE '{_from:yyyy-MM-dd}' ORDER BY date, id");

    [Benchmark(Baseline = true), BenchmarkCategory("10 Near (50 km)")]
    public long Near_Linq() => Touch(_f.Yaml.Near(_point.Latitude, _point.Longitude, _km));

    [Benchmark, BenchmarkCategory("10 Near (50 km)")]
    public long Near_Almanac() => Touch(Events.Near(_point, _km));

    [Benchmark, BenchmarkCategory("10 Near (50 km)")]
    public long Near_DuckDB() => _f.DuckQuery(FormattableString.Invariant($"""
        SELECT id, name, date FROM events WHERE latitude IS NOT NULL AND 2 * 6371.0088 * asin(least(1, sqrt(
          pow(sin(radians(latitude - {_point.Latitude}) / 2), 2) + cos(radians({_point.Latitude})) * cos(radians(latitude)) * pow(sin(radians(longitude - {_point.Longitude}) / 2), 2)))) <= {_km}
        ORDER BY date, id
        """));
}

/// <summary>
/// Loading everything: Almanac opening a fresh store from the compiled data and decoding every field of every entity,
/// against YamlDotNet reading the YAML (baseline) and DuckDB reading the Parquet files into tables. Seconds per
/// operation, so one invocation per iteration.
/// </summary>
[MemoryDiagnoser]
public class Load
{
    private string[] _data = Array.Empty<string>();
    private string _yamlFolder = "";
    private string _parquetFolder = "";

    [GlobalSetup]
    public void Setup()
    {
        _data = Fixture.CompiledData();
        _yamlFolder = Path.Combine(Fixture.SynthFolder, "data");
        _parquetFolder = Fixture.Instance.ParquetFolder;
    }

    [Benchmark(Baseline = true)]
    public int Yaml_LoadAll() => YamlDataset.Load(_yamlFolder).Events.Count;

    [Benchmark]
    public long Almanac_MaterialiseAll() => Materialise.All(CompiledDataset.Open(SynthDataset.Dataset.Info, _data));

    [Benchmark]
    public int DuckDB_LoadParquet()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Fixture.DuckLoad(connection, _parquetFolder);
        return 4;
    }
}
