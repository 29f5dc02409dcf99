using System.IO;
using Almanac.Schema;

// dotnet run --project generator/Almanac.Schema            rewrites every file derived from schema.yaml
// dotnet run --project generator/Almanac.Schema -- --check lists the derived files that are out of date (exit code 1)
string root = Generated.FindRoot(Directory.GetCurrentDirectory());
if (args is ["--check"])
{
    var stale = Generated.Stale(root);
    foreach (string path in stale)
    {
        Console.WriteLine($"{path}: out of date with generator/Almanac.Schema/schema.yaml");
    }
    return stale.Count == 0 ? 0 : 1;
}
if (args.Length > 0)
{
    Console.Error.WriteLine("usage: dotnet run --project generator/Almanac.Schema [-- --check]");
    return 2;
}
foreach (var (path, content) in Generated.Files(root))
{
    string full = Generated.Full(root, path);
    bool same = File.Exists(full) && File.ReadAllText(full) == content;
    if (!same)
    {
        File.WriteAllText(full, content);
    }
    Console.WriteLine($"{(same ? "unchanged" : "written  ")} {path}");
}
return 0;
